/// <reference types="node" />
// node:crypto is a Node builtin (no runtime dependency); the community linter allows it.
import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

/**
 * Repeat protection: an event key seen within its window is a repeat (InboxKit's retry, or a
 * replay). Two records, checked and written in the same synchronous step:
 * - in memory, per trigger (workflow + node), in this n8n process: JavaScript runs one request's
 *   check-and-record without interruption, so concurrent deliveries to one process cannot both
 *   pass. Lost on restart, not shared between processes;
 * - in the workflow's static data, which n8n loads per request and saves whole afterwards (last
 *   save wins): it carries the newest keys across restarts and to other processes, but requests
 *   handled at the same time in different processes do not see each other's keys.
 */

/** Most keys remembered per trigger in memory; the soonest to expire are forgotten first. */
export const KEYS_IN_MEMORY = 10_000;
/** Most keys saved in static data (n8n writes it to its database after each request). */
export const KEYS_IN_STATIC_DATA = 1_000;

/** Key -> when it may be forgotten (ms since the epoch). */
type SeenKeys = Map<string, number>;

const inMemory = new Map<string, SeenKeys>();

/** Short, fixed-length keys keep static data small and hold no event data. */
export function hashedKey(parts: Array<string | number>): string {
	return createHash('sha256').update(JSON.stringify(parts), 'utf8').digest('hex').slice(0, 20);
}

function storedKeys(staticData: IDataObject, now: number): SeenKeys {
	const stored = staticData.seenEvents;
	const keys: SeenKeys = new Map();
	// An older version kept a list of keys without expiry: it is not read.
	if (stored === null || typeof stored !== 'object' || Array.isArray(stored)) return keys;
	for (const [key, until] of Object.entries(stored as IDataObject)) {
		if (typeof until === 'number' && until > now) keys.set(key, until);
	}
	return keys;
}

function forgetExpired(keys: SeenKeys, now: number): void {
	for (const [key, until] of keys) if (until <= now) keys.delete(key);
}

/** The `limit` keys that stay longest. */
function newest(keys: SeenKeys, limit: number): Array<[string, number]> {
	const entries = [...keys];
	if (entries.length <= limit) return entries;
	return entries.sort((a, b) => b[1] - a[1]).slice(0, limit);
}

/**
 * Whether `key` is new for this trigger; if so, it is recorded until `keepUntil`. Synchronous on
 * purpose: no other request of this process can run between the check and the record.
 */
export function recordFirstSighting(
	trigger: string,
	staticData: IDataObject,
	key: string,
	now: number,
	keepUntil: number,
): boolean {
	let memory = inMemory.get(trigger);
	if (!memory) {
		memory = new Map();
		inMemory.set(trigger, memory);
	}
	forgetExpired(memory, now);
	const stored = storedKeys(staticData, now);
	if (memory.has(key) || stored.has(key)) return false;

	memory.set(key, keepUntil);
	if (memory.size > KEYS_IN_MEMORY) inMemory.set(trigger, new Map(newest(memory, KEYS_IN_MEMORY)));
	// Save what this process knows too: the whole object is saved, so the last request's save
	// should carry the keys of the requests before it.
	for (const [seen, until] of inMemory.get(trigger)!) stored.set(seen, until);
	staticData.seenEvents = Object.fromEntries(newest(stored, KEYS_IN_STATIC_DATA));
	return true;
}
