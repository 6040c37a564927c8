import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { type EntryListSpec, type EntrySource, readEntryList } from '../../shared/entryList';
import { asName, asText, checkId, fieldError, MAX_ENTRIES } from '../../shared/parameters';
import { checkEmail, checkUrl } from '../../shared/validate';
import { checkUsername } from '../mailbox/username';
import { mailboxPersonFields, readMailboxPlatform } from '../mailbox/personFields';

/**
 * The mailboxes of an order, one row each (fields or JSON), as a sheet of them reads: the domain
 * is the part of the address after the @, so a row cannot disagree with its domain. Rows are
 * grouped into the order's domains[] here.
 */

/** Keys a row may carry, named as InboxKit's order body names them. */
const ROW_KEYS = [
	'email',
	'first_name',
	'last_name',
	'platform',
	'sequencer_uid',
	'profile_pic_url',
];

export const ORDER_MAILBOXES: EntryListSpec = {
	inputName: 'orderMailboxesInput',
	collectionName: 'orderMailboxes',
	itemName: 'mailbox',
	jsonName: 'orderMailboxesJson',
	noun: 'mailbox',
	nounPlural: 'mailboxes',
	label: 'Mailboxes',
	max: MAX_ENTRIES,
	example:
		'[{"email": "ada@example.com", "first_name": "Ada", "last_name": "Lovelace", "platform": "GOOGLE"}]',
};

export const ORDER_MAILBOX_VALUES: INodeProperties[] = [
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'ada@example.com',
		default: '',
		description: 'The address to create; its domain (after the @) is bought with it',
	},
	...mailboxPersonFields({
		platformHint: 'Where the mailbox is hosted; all mailboxes of one domain share one',
		pictureKey: 'profile_pic_url',
	}),
	{
		displayName: 'Sequencer ID',
		name: 'sequencer_uid',
		type: 'string',
		default: '',
		placeholder: 'seq_smart01',
		description:
			'The "uid" of a sequencer of the workspace to export the mailbox to once it is ready',
	},
];

type RowField =
	| 'Email'
	| 'First Name'
	| 'Last Name'
	| 'Platform'
	| 'Sequencer ID'
	| 'Profile Picture URL';

function rowLabel(source: EntrySource, n: number, field: RowField): string {
	return source === 'json'
		? `Mailboxes (JSON): ${field} of mailbox ${n}`
		: `${field} (mailbox ${n})`;
}

function rowOf(
	ctx: IExecuteFunctions,
	itemIndex: number,
	source: EntrySource,
	n: number,
	given: IDataObject,
): IDataObject {
	const at = (field: RowField) => rowLabel(source, n, field);
	const email = checkEmail(
		ctx,
		itemIndex,
		at('Email'),
		asText(ctx, itemIndex, at('Email'), given.email, true),
	);
	const [local, domain] = email.split('@');
	const platform = readMailboxPlatform(ctx, itemIndex, at('Platform'), given.platform);
	const row: IDataObject = {
		email: `${checkUsername(ctx, itemIndex, at('Email'), local)}@${domain.toLowerCase()}`,
		first_name: asName(ctx, itemIndex, at('First Name'), given.first_name),
		last_name: asName(ctx, itemIndex, at('Last Name'), given.last_name),
		platform,
	};
	const sequencer = asText(ctx, itemIndex, at('Sequencer ID'), given.sequencer_uid, false);
	if (sequencer) row.sequencer_uid = checkId(ctx, itemIndex, at('Sequencer ID'), sequencer);
	const picture = asText(ctx, itemIndex, at('Profile Picture URL'), given.profile_pic_url, false);
	if (picture) row.profile_pic_url = checkUrl(ctx, itemIndex, at('Profile Picture URL'), picture);
	return row;
}

/** The rows of one input item, checked, grouped by domain: `{ name, mailboxes }` each, in order. */
export function readOrderDomains(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Array<{ name: string; mailboxes: IDataObject[] }> {
	const { source, label, entries } = readEntryList(ctx, itemIndex, ORDER_MAILBOXES);
	const domains = new Map<string, IDataObject[]>();
	entries.forEach((given, index) => {
		const unknown = Object.keys(given).filter((key) => !ROW_KEYS.includes(key));
		if (unknown.length > 0) {
			throw fieldError(
				ctx,
				itemIndex,
				label,
				`has unknown fields in mailbox ${index + 1}: ${unknown.join(', ')}`,
				`Use ${ROW_KEYS.join(', ')}.`,
			);
		}
		const row = rowOf(ctx, itemIndex, source, index + 1, given);
		const email = row.email as string;
		const domain = email.slice(email.indexOf('@') + 1);
		const rows = domains.get(domain) ?? [];
		if (rows.some((other) => other.email === email))
			throw fieldError(ctx, itemIndex, label, `holds ${email} twice`);
		// InboxKit puts all mailboxes of one domain on one platform (client, for Buy).
		if (rows.length > 0 && rows[0].platform !== row.platform) {
			throw fieldError(
				ctx,
				itemIndex,
				label,
				`asks for ${String(rows[0].platform)} and ${String(row.platform)} mailboxes on ${domain}`,
				'InboxKit puts all mailboxes of one domain on one platform.',
			);
		}
		domains.set(domain, [...rows, row]);
	});
	return [...domains].map(([name, mailboxes]) => ({ name, mailboxes }));
}
