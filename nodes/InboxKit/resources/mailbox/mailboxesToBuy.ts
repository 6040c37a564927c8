import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { type EntryListSpec, readEntryList } from '../../shared/entryList';
import { MAX_ENTRIES, asName, asText, fieldError } from '../../shared/parameters';
import { mailboxPersonFields, readMailboxPlatform } from './personFields';
import { checkDomain, checkUrl } from '../../shared/validate';
import { checkUsername } from './username';
import { locatorParts } from '../../pickers/locator';
import { domainNamePicker } from '../../pickers/domain';

/** The mailboxes one Buy item asks for: fields or JSON, checked one by one. */

/** Keys a mailbox to buy may carry, in the order Buy shows them: InboxKit rejects unknown fields (client). */
const BUY_KEYS = [
	'first_name',
	'last_name',
	'username',
	'domain_name',
	'platform',
	'profile_picture',
];

type BuyField =
	| 'First Name'
	| 'Last Name'
	| 'Username'
	| 'Domain'
	| 'Platform'
	| 'Profile Picture URL';

/** "Domain (mailbox 2)" for the fields, "Mailboxes (JSON): Domain of mailbox 2" for JSON. */
function buyLabel(source: string, n: number, field: BuyField): string {
	return source === 'json'
		? `Mailboxes (JSON): ${field} of mailbox ${n}`
		: `${field} (mailbox ${n})`;
}

export const MAILBOXES_TO_BUY: EntryListSpec = {
	inputName: 'mailboxesInput',
	collectionName: 'mailboxes',
	itemName: 'mailbox',
	jsonName: 'mailboxesJson',
	noun: 'mailbox',
	nounPlural: 'mailboxes',
	label: 'Mailboxes',
	max: MAX_ENTRIES,
	example:
		'[{"first_name": "Ada", "last_name": "Lovelace", "username": "ada", "domain_name": "example.com", "platform": "GOOGLE"}]',
};

const BUY_FIELDS: INodeProperties[] = [
	domainNamePicker('The domain of the workspace that the mailbox is put on', 'domain_name'),
	...mailboxPersonFields({
		platformHint: 'Where the mailbox is hosted',
		pictureKey: 'profile_picture',
	}),
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		placeholder: 'ada.lovelace',
		description: 'The part of the address before the @',
	},
];

/**
 * The fields of one mailbox to buy, named as InboxKit's body names them, in BUY_KEYS' order:
 * the person, then the address as it reads (Username, then Domain), then where it is hosted.
 */
export const BUY_VALUES: INodeProperties[] = BUY_KEYS.map(
	(key) => BUY_FIELDS.find((field) => field.name === key)!,
);

/** An address as a pairing key: answers carry username and domain_name, not always email. */
export const addressOf = (username: unknown, domain: unknown) =>
	`${String(username)}@${String(domain)}`.toLowerCase();

export function readMailboxesToBuy(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const { source, label, entries } = readEntryList(ctx, itemIndex, MAILBOXES_TO_BUY);
	return entries.map((given, index) => {
		const n = index + 1;
		const unknown = Object.keys(given).filter((key) => !BUY_KEYS.includes(key));
		if (unknown.length > 0) {
			throw fieldError(
				ctx,
				itemIndex,
				label,
				`has unknown fields in mailbox ${n}: ${unknown.join(', ')}`,
				`InboxKit rejects unknown fields. Use ${BUY_KEYS.join(', ')}.`,
			);
		}
		const at = (field: BuyField) => buyLabel(source, n, field);
		const platform = readMailboxPlatform(ctx, itemIndex, at('Platform'), given.platform);
		const mailbox: IDataObject = {
			first_name: asName(ctx, itemIndex, at('First Name'), given.first_name),
			last_name: asName(ctx, itemIndex, at('Last Name'), given.last_name),
			username: checkUsername(
				ctx,
				itemIndex,
				at('Username'),
				asText(ctx, itemIndex, at('Username'), given.username, true),
			),
			domain_name: checkDomain(
				ctx,
				itemIndex,
				at('Domain'),
				// Picked From List or typed By Name: the name either way (JSON gives it as text).
				asText(ctx, itemIndex, at('Domain'), locatorParts(given.domain_name).value, true),
			),
			platform,
		};
		const picture = asText(ctx, itemIndex, at('Profile Picture URL'), given.profile_picture, false);
		if (picture)
			mailbox.profile_picture = checkUrl(ctx, itemIndex, at('Profile Picture URL'), picture);
		return mailbox;
	});
}
