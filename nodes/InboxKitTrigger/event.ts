import type { IDataObject } from 'n8n-workflow';

import { withoutSecrets } from './secrets';

/** The request headers an item keeps: what the node decided on, never the signature. */
const KEPT_HEADERS = ['user-agent', 'x-inboxkit-event', 'x-inboxkit-timestamp'];

export type Headers = Record<string, string | string[] | undefined>;

export function headerValue(headers: Headers, name: string): string | undefined {
	const value = headers[name];
	const first = Array.isArray(value) ? value[0] : value;
	return typeof first === 'string' && first.trim() !== '' ? first.trim() : undefined;
}

function isObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `{event, timestamp, team_id, ..., data: {<entity key>: {...}, metadata}}`, read tolerantly. */
export interface InboxKitEvent {
	event: string;
	body: IDataObject;
	data: IDataObject;
	/** `domain`, `mailbox`, ...: the part of `event` before the dot. */
	entityKey: string;
	entity: IDataObject | undefined;
}

export function readEvent(body: unknown, headers: Headers): InboxKitEvent | undefined {
	if (!isObject(body)) return undefined;
	const event =
		typeof body.event === 'string' && body.event !== ''
			? body.event
			: headerValue(headers, 'x-inboxkit-event');
	if (!event) return undefined;
	const data = isObject(body.data) ? body.data : {};
	const entityKey = event.split('.')[0];
	const entity = isObject(data[entityKey]) ? data[entityKey] : undefined;
	return { event, body, data, entityKey, entity };
}

/** Numbers below this are epoch seconds (10 digits until the year 5138), others milliseconds. */
const SECONDS_BELOW = 1e11;
/** An ISO 8601 date and time without a zone (no Z, no offset). */
const WITHOUT_ZONE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

/**
 * A timestamp as InboxKit might send it: ISO 8601 (a time without a zone is UTC, not the n8n
 * server's zone), or epoch seconds or milliseconds, as a number or digits.
 */
export function parseTime(raw: unknown): number | undefined {
	let time: number;
	if (typeof raw === 'number' || (typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw.trim()))) {
		const value = Number(raw);
		time = value < SECONDS_BELOW ? value * 1000 : value;
	} else if (typeof raw === 'string') {
		const text = raw.trim();
		time = Date.parse(WITHOUT_ZONE.test(text) ? `${text.replace(' ', 'T')}Z` : text);
	} else {
		return undefined;
	}
	return Number.isFinite(time) ? time : undefined;
}

/** When the event happened, by the body's `timestamp`: the same on every retry of one event. */
export function occurredAt(event: InboxKitEvent): number | undefined {
	return parseTime(event.body.timestamp);
}

/** The time the age check reads: X-InboxKit-Timestamp, else the body's `timestamp`. */
export function eventTime(event: InboxKitEvent, headers: Headers): number | undefined {
	return parseTime(headerValue(headers, 'x-inboxkit-timestamp')) ?? occurredAt(event);
}

/** The statuses an event is filtered on: the new status, and for domains the DNS propagation status. */
export function statusesOf(event: InboxKitEvent): string[] {
	const entity = event.entity ?? {};
	return [entity.status, entity.dns_propagation_status]
		.filter((s): s is string => typeof s === 'string' && s !== '')
		.map((s) => s.toLowerCase());
}

/** "active, Failed" -> ['active', 'failed']. */
export function statusList(text: string): string[] {
	return text
		.split(/[,\n]/)
		.map((s) => s.trim().toLowerCase())
		.filter((s) => s !== '');
}

/**
 * Same event, entity, status and time: a repeat (a retry or a replay). The time is the body's
 * event time when it has one, so a retry whose delivery header was refreshed is still a repeat.
 */
export function eventKey(event: InboxKitEvent, deliveryTime: number | undefined): string {
	const entity = event.entity ?? {};
	return [
		event.event,
		// Entities without a uid: their id, so two of them do not share one key.
		entity.uid ?? entity.id ?? '',
		entity.status ?? '',
		occurredAt(event) ?? deliveryTime ?? '',
	].join('|');
}

/**
 * One output item: the body with `data` lifted one level (`mailbox`, `metadata` next to `event`),
 * secret-looking keys removed anywhere unless asked for, and the headers the node used.
 */
export function eventItem(
	event: InboxKitEvent,
	headers: Headers,
	includeSecrets: boolean,
): IDataObject {
	const lifted: IDataObject = { ...event.body, event: event.event };
	delete lifted.data;
	Object.assign(lifted, event.data);
	const item = includeSecrets ? lifted : withoutSecrets(lifted);
	const kept: IDataObject = {};
	for (const name of KEPT_HEADERS) {
		const value = headerValue(headers, name);
		if (value !== undefined) kept[name] = value;
	}
	item.headers = kept;
	return item;
}
