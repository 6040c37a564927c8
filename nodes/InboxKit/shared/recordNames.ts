import type { IDataObject } from 'n8n-workflow';

/** How InboxKit's records name themselves: a domain's full name, a mailbox's address. */

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

/**
 * A domain record's full name, lower-cased. A record's `name` may be the label without its TLD,
 * with `tld` beside it ("acme" + "com"): the two are joined.
 */
export function fullDomainName(record: IDataObject): string {
	const name = text(record.name).toLowerCase().replace(/\.$/, '');
	const tld = text(record.tld).toLowerCase().replace(/^\./, '');
	if (name === '' || tld === '' || name.endsWith(`.${tld}`)) return name;
	return `${name}.${tld}`;
}

/** A mailbox record's address: its `email`, or `username` @ `domain_name` (lists carry no email). */
export function mailboxAddress(record: IDataObject): string {
	const email = text(record.email);
	if (email !== '') return email.toLowerCase();
	const username = text(record.username);
	const domain = text(record.domain_name);
	return username !== '' && domain !== '' ? `${username}@${domain}`.toLowerCase() : '';
}
