import type { IDataObject } from 'n8n-workflow';

import { withAsked, type PairedRecord } from '../../shared/answers';
import { listIn, mailboxUidOf, reasonOf } from './mailboxes';

/**
 * Pause and Cancel answer 200 with `results.success[{mailbox_uid, subscription_uid}]` and
 * (assumed, as Uncancel Mailboxes does) `results.failed[{mailbox_uid, error}]`, and a message
 * "Processed N mailbox(es): X cancelled, Y failed", also when none was cancelled. Each mailbox
 * sent gets one record with its outcome; a mailbox the answer does not name is "not confirmed".
 * When none succeeded, the request failed: that is an error, not a quiet 200.
 */
export function perMailbox(
	answer: IDataObject,
	sent: { body: IDataObject },
	done: string,
	verb: string,
): PairedRecord[] {
	const results = (answer.results ?? {}) as IDataObject;
	const asked = (sent.body.mailbox_uids as string[] | undefined) ?? [];
	const records: PairedRecord[] = [];
	const named = new Set<string>();
	for (const row of listIn(results, 'success')) {
		const uid = mailboxUidOf(row);
		if (uid) named.add(uid);
		records.push({ key: uid, json: { ...row, outcome: done } });
	}
	for (const row of listIn(results, 'failed')) {
		const uid = mailboxUidOf(row);
		if (uid) named.add(uid);
		// `reason`, not `error`: n8n reads an item's `error` as the node's own failure.
		const rest = { ...row };
		delete rest.error;
		records.push({ key: uid, json: { ...rest, outcome: 'failed', reason: reasonOf(row) } });
	}
	// No per-mailbox results at all (not seen for Pause): one summary naming the mailboxes sent.
	if (records.length === 0 && answer.results === undefined)
		return [{ json: withAsked(answer, { mailbox_uids: asked }) }];
	for (const uid of asked.filter((uid) => !named.has(uid))) {
		records.push({
			key: uid,
			json: {
				mailbox_uid: uid,
				outcome: 'not confirmed',
				reason: `InboxKit's answer does not name this mailbox${typeof answer.message === 'string' ? ` ("${answer.message}")` : ''}`,
			},
		});
	}
	if (!records.some(({ json }) => json.outcome === done)) {
		throw new Error(
			`InboxKit ${verb} none of the ${asked.length} mailboxes: ${records
				.map(({ key, json }) => `${key ?? 'a mailbox'} (${String(json.reason)})`)
				.join(', ')}`,
		);
	}
	return records;
}
