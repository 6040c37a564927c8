import type { IDataObject } from 'n8n-workflow';

import { withoutEnvelope } from '../transport';
import { normalizeDomain } from './validate';

/** Ways of turning InboxKit's answers into output records, shared by the operations. */

export type PairedRecord = { key?: string; json: IDataObject };

/** One summary record: the answer of a call that acted on all entries together. */
export function summaryOf(answer: IDataObject): PairedRecord[] {
	return [{ json: withoutEnvelope(answer) }];
}

/**
 * The answer, plus what was asked for where the answer does not say it (InboxKit often answers
 * with a message only).
 */
export function withAsked(answer: IDataObject, asked: IDataObject): IDataObject {
	const output = withoutEnvelope(answer);
	for (const [key, value] of Object.entries(asked))
		if (output[key] === undefined) output[key] = value;
	return output;
}

/**
 * One output record per element of `answer[listKey]`, keyed by `keyOf`; when the answer carries
 * no such list, the whole answer as one record (paired with every item that was sent).
 */
export function recordsOf(
	answer: IDataObject,
	listKey: string,
	keyOf: (record: IDataObject) => string | undefined,
): PairedRecord[] {
	const list = answer[listKey];
	if (!Array.isArray(list)) return summaryOf(answer);
	return (list as IDataObject[]).map((record) => ({ key: keyOf(record), json: record }));
}

/** A domain name as a pairing key (answers may differ in case or a trailing dot). */
export function domainKey(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? normalizeDomain(value) : undefined;
}

/**
 * `{error, message, data: {...}}` (consent requests, email insights) as one flat record: the
 * answer's other keys and the data's fields; data that is not an object stays under `data`.
 */
export function unwrapData(answer: IDataObject): IDataObject {
	const rest = withoutEnvelope(answer);
	const data = rest.data;
	delete rest.data;
	if (data !== null && typeof data === 'object' && !Array.isArray(data))
		return { ...rest, ...(data as IDataObject) };
	return data === undefined ? rest : { ...rest, data };
}

/**
 * What a delete or remove outputs, as n8n's guidelines ask: `deleted: true`, what was asked to be
 * deleted, and whatever InboxKit said besides (its message; a count it gives as `deleted` goes to
 * `deleted_count`, a list to `deleted_records`, and its own `deleted: false` is kept).
 */
export function deletedOutput(answer: IDataObject, asked: IDataObject): IDataObject {
	const said = withoutEnvelope(answer);
	const { deleted } = said;
	if (deleted !== undefined && typeof deleted !== 'boolean') {
		delete said.deleted;
		said[typeof deleted === 'number' ? 'deleted_count' : 'deleted_records'] = deleted;
	}
	return { deleted: true, ...asked, ...said };
}

/**
 * What a remove of several targets in one request (domains, their catch-all, mailboxes'
 * forwarding) outputs, as n8n's guidelines ask of deletes: one record per target sent, in the
 * order sent, each paired with the input item that named it (so one per item when each item
 * names one target). `deleted: true` first where InboxKit reports it removed, with what InboxKit
 * says of it; where the answer names the targets it removed but not this one, `deleted: false`
 * and why. An answer that names none (a message only) reports the whole request done.
 */
export function deletedEach(
	answer: IDataObject,
	/** The targets sent, each as the record that names it ({name} or {uid}). */
	asked: IDataObject[],
	keyOf: (target: IDataObject) => string | undefined,
	/** What InboxKit says of each target it names; undefined when the answer names none. */
	reported: IDataObject[] | undefined,
	noun: string,
): PairedRecord[] {
	const message = typeof answer.message === 'string' ? answer.message : undefined;
	const said = new Map<string | undefined, IDataObject>();
	for (const record of reported ?? []) said.set(keyOf(record), record);
	return asked.map((target) => {
		const key = keyOf(target);
		if (reported === undefined)
			return { key, json: { deleted: true, ...target, ...(message ? { message } : {}) } };
		const record = said.get(key);
		if (record !== undefined) return { key, json: deletedOutput(record, target) };
		return {
			key,
			json: {
				deleted: false,
				...target,
				reason: `InboxKit's answer does not name this ${noun}${message ? ` ("${message}")` : ''}`,
			},
		};
	});
}

/** The uids an answer says it acted on (`uids: [...]`), each with InboxKit's message. */
function reportedUids(answer: IDataObject): IDataObject[] | undefined {
	if (!Array.isArray(answer.uids)) return undefined;
	const message = typeof answer.message === 'string' ? { message: answer.message } : {};
	return (answer.uids as unknown[]).map((uid) => ({ uid: String(uid), ...message }));
}

/** A target's uid as a pairing key. */
const uidKey = (target: IDataObject): string | undefined =>
	typeof target.uid === 'string' && target.uid !== '' ? target.uid : undefined;

/** deletedEach for a remove that sends `uids`, whose answer may list the `uids` it acted on. */
export function deletedUids(
	answer: IDataObject,
	sent: { body: IDataObject },
	noun: string,
): PairedRecord[] {
	const asked = ((sent.body.uids as string[] | undefined) ?? []).map((uid) => ({ uid }));
	return deletedEach(answer, asked, uidKey, reportedUids(answer), noun);
}
