import type { IDataObject } from 'n8n-workflow';

/**
 * How InboxKit's list records are read: a domain's full name, a mailbox's address, and the
 * simplified records of Get Many (the fields a workflow needs most, in a stable order).
 */

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

/**
 * Copies the given keys of a record that it has, in that order, onto `into`. Built one property
 * at a time rather than by spreading: a list of 50,000 simplified records then takes a third of
 * the memory.
 */
function pick(record: IDataObject, keys: string[], into: IDataObject = {}): IDataObject {
	for (const key of keys) if (record[key] !== undefined) into[key] = record[key];
	return into;
}

/** Domain > Get Many, simplified: the full name, then status and dates. */
export function simplifyDomain(record: IDataObject): IDataObject {
	const simplified = pick(record, ['uid']);
	simplified.name = fullDomainName(record);
	return pick(
		record,
		[
			'status',
			'dns_propagation_status',
			'connection_type',
			'assigned_mailboxes',
			'forwarding_url',
			'renewal_date',
			'created_at',
		],
		simplified,
	);
}

/** Mailbox > Get Many, simplified: the address (which list records lack), names, status, dates. */
export function simplifyMailbox(record: IDataObject): IDataObject {
	const simplified = pick(record, ['uid']);
	const email = mailboxAddress(record);
	if (email !== '') simplified.email = email;
	return pick(
		record,
		[
			'username',
			'domain_name',
			'first_name',
			'last_name',
			'platform',
			'status',
			'forwarding_email',
			'renewal_date',
			'createdAt',
			'created_at',
		],
		simplified,
	);
}

/** Sequencer > Get Many, simplified: which tool, its account and status. */
export function simplifySequencer(record: IDataObject): IDataObject {
	return pick(record, [
		'uid',
		'name',
		'platform',
		'status',
		'sequencer_email',
		'createdAt',
		'created_at',
	]);
}
