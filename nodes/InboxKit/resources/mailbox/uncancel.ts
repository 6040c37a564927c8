import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { withAsked, type PairedRecord } from '../../shared/answers';
import { MAX_ENTRIES } from '../../shared/parameters';
import { mailboxesFields, readMailboxUids } from '../../pickers/mailbox';

/** `results.success[{uid}]` and `results.failed[{uid, error}]`: one record per mailbox, with its outcome. */
function outcomes(answer: IDataObject): PairedRecord[] {
	const results = (answer.results ?? {}) as IDataObject;
	const list = (key: string) =>
		Array.isArray(results[key]) ? (results[key] as IDataObject[]) : [];
	return [
		...list('success').map((row) => ({
			key: String(row.uid),
			json: { uid: row.uid, outcome: 'uncancelled' },
		})),
		// `reason`, not `error`: n8n reads an item's `error` as the node's own failure.
		...list('failed').map((row) => ({
			key: String(row.uid),
			json: { uid: row.uid, outcome: 'failed', reason: row.error ?? 'InboxKit gave no reason' },
		})),
	];
}

export const uncancel: InboxKitOperation = {
	value: 'uncancel',
	name: 'Uncancel',
	action: 'Uncancel mailboxes',
	description:
		'Undo a scheduled cancellation: the mailboxes stay, and keep renewing and being billed',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'at most 100 mailboxes a request (the client sends 20 at a time)',
	method: 'POST',
	path: '/mailboxes/uncancel',
	workspaceScoped: true,
	fields: mailboxesFields('The mailboxes whose cancellation to undo'),
	combine: {
		entries: async (ctx, i) => (await readMailboxUids(ctx, i)).map((uid) => ({ uid })),
		request: ({ entries }) => ({ body: { uids: entries.map((entry) => entry.uid) } }),
		entryKey: (entry) => String(entry.uid),
		// One item per mailbox; an answer without results is one summary naming the mailboxes sent.
		results: (answer, sent) => {
			const records = outcomes(answer);
			return records.length > 0 ? records : [{ json: withAsked(answer, { uids: sent.body.uids }) }];
		},
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Mailbox IDs',
	},
};
