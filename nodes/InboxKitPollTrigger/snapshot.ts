import type { IDataObject } from 'n8n-workflow';

import { REMOVED, type PolledKind } from './description';

/**
 * What one poll keeps for the next, per record kind: uid -> its status, nothing else, so that
 * thousands of mailboxes stay a small static data object (about 40 bytes each). A domain's
 * status is followed by `|` and its DNS propagation status when it has one.
 */
export type Snapshot = Record<string, string>;

/** One record whose status differs from the snapshot's (or that is new, or gone). */
export interface Change {
	kind: PolledKind;
	uid: string;
	/** The status on the poll before; null when the record is new (or on the first poll). */
	previous: string | null;
	/** The status now; REMOVED when it is no longer listed. */
	current: string;
	/** The record as listed; `{uid}` only when it was removed. */
	record: IDataObject;
}

const SEPARATOR = '|';

/** What identifies a record between polls: uid, else _id or id. */
export function keyOf(record: IDataObject): string | undefined {
	const key = record.uid ?? record._id ?? record.id;
	return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

const text = (value: unknown): string =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';

/** The short status kept for a record: `active`, or for a domain `active|propagated`. */
export function statusOf(kind: PolledKind, record: IDataObject): string {
	const status = text(record.status);
	const dns = kind === 'domain' ? text(record.dns_propagation_status) : '';
	return dns === '' ? status : `${status}${SEPARATOR}${dns}`;
}

/** A kept status read back: [status, DNS propagation status (domains, when known)]. */
export function splitStatus(kept: string): [string, string | undefined] {
	const at = kept.indexOf(SEPARATOR);
	return at === -1 ? [kept, undefined] : [kept.slice(0, at), kept.slice(at + 1)];
}

/**
 * The records now against the snapshot of the poll before: the new snapshot, and every record
 * whose kept status differs, is new, or is gone. Without a snapshot (the first poll), every
 * record is a change with no previous status. Records without any id cannot be followed and are
 * left out.
 */
export function compare(
	kind: PolledKind,
	records: IDataObject[],
	before: Snapshot | undefined,
): { snapshot: Snapshot; changes: Change[] } {
	// Maps, not objects: a uid such as "__proto__" or "constructor" is just a key.
	const earlier = before === undefined ? undefined : new Map(Object.entries(before));
	const now = new Map<string, string>();
	const changes: Change[] = [];
	for (const record of records) {
		const uid = keyOf(record);
		if (uid === undefined || now.has(uid)) continue;
		const current = statusOf(kind, record);
		now.set(uid, current);
		const previous = earlier?.get(uid) ?? null;
		if (previous !== current) changes.push({ kind, uid, previous, current, record });
	}
	for (const [uid, previous] of earlier ?? []) {
		if (!now.has(uid)) changes.push({ kind, uid, previous, current: REMOVED, record: { uid } });
	}
	return { snapshot: Object.fromEntries(now), changes };
}
