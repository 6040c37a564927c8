import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idListField } from '../shared/fields';
import { idListReader } from '../shared/parameters';
import { mailboxAddress } from '../shared/recordNames';
import { checkEmail } from '../shared/validate';
import { listOf, uidOf, type Listing } from './listing';
import { locator, pickerReader, type Lookup } from './locator';
import { picksFields, readPicked, type PicksSpec } from './picks';
import { findOne } from './search';

/** Mailboxes: picked from the workspace's list, by uid, or by address. */

export const MAILBOXES: Listing = {
	noun: 'mailbox',
	plural: 'mailboxes',
	method: 'POST',
	path: '/mailboxes/list',
	workspaceScoped: true,
	paging: 'page',
	records: listOf('mailboxes'),
	// InboxKit's keyword matches the address or the name; the part before the @ is what both have.
	search: (text: string) => ({ keyword: text.split('@')[0] }),
	item: (record) => {
		const name = mailboxAddress(record);
		const value = uidOf(record);
		return name && value ? { name, value } : undefined;
	},
};

/** One mailbox: picked, by its uid, or by its address. */
export const mailboxPicker = (description: string, name = 'mailboxId'): INodeProperties =>
	locator('Mailbox', name, `${description}. By ID takes its "uid"; By Email its full address.`, {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a mailbox...',
				typeOptions: { searchListMethod: 'searchMailboxes', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. mbx_jane01' },
			{
				displayName: 'By Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. jane@example.com',
			},
		],
	});

/** By Email: the mailbox with this address. */
const mailboxByEmail: Lookup = async (ctx, itemIndex, label, text) => {
	const email = checkEmail(ctx, itemIndex, label, text).toLowerCase();
	const at = email.lastIndexOf('@');
	return await findOne(ctx, itemIndex, label, MAILBOXES, {
		given: email,
		search: { keyword: email.slice(0, at), domain: email.slice(at + 1) },
		key: mailboxAddress,
		by: 'address',
	});
};

export const MAILBOX_LOOKUPS: Record<string, Lookup> = { email: mailboxByEmail };

/** The Mailbox picker's uid. */
export const readMailboxUid = pickerReader(MAILBOX_LOOKUPS, 'mailboxId', 'Mailbox');

export const PICKED_MAILBOXES: PicksSpec = {
	name: 'pickedMailboxes',
	valueName: 'mailbox',
	label: 'Mailboxes',
	textName: 'mailboxIds',
	textLabel: 'Mailbox IDs',
};

/** Mailbox IDs typed or mapped (Cancel, Check Status, Export, email forwarding). */
export const mailboxIdsField = (description: string): INodeProperties =>
	idListField(
		'Mailbox IDs',
		'mailboxIds',
		'mbx_jane01, mbx_john02',
		`${description}: the "uid" of each mailbox`,
	);

/** Mailboxes picked one by one, and Mailbox IDs typed or mapped; read with readMailboxUids. */
export const mailboxesFields = (description: string): INodeProperties[] =>
	picksFields(
		PICKED_MAILBOXES,
		mailboxPicker(description),
		mailboxIdsField(description),
		description,
	);

/** The uids of mailboxesFields: the picked ones, then the typed ones, each once. */
export async function readMailboxUids(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<string[]> {
	return await readPicked(ctx, itemIndex, PICKED_MAILBOXES, MAILBOX_LOOKUPS);
}

/** The Mailbox IDs field alone, where no picker goes with it. */
export const readMailboxIds = idListReader('mailboxIds', 'Mailbox IDs');
