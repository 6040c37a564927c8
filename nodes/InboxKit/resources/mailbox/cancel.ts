import type { InboxKitOperation } from '../../operation';
import { recordsOf, withAsked } from '../../shared/answers';
import { MAX_ENTRIES } from '../../shared/parameters';
import { mailboxesFields, readMailboxUids } from '../../pickers/mailbox';

export const cancel: InboxKitOperation = {
	value: 'cancel',
	name: 'Cancel',
	action: 'Cancel mailboxes',
	description: 'Cancel mailboxes at the end of their billing period, given their uids',
	// The mailboxes move to scheduled_for_cancellation (POST /mailboxes/uncancel undoes it).
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'at most 100 mailboxes a request (a client cancels 20 at a time)',
	method: 'POST',
	path: '/mailboxes/cancel',
	workspaceScoped: true,
	// Never sent twice: a repeated cancellation may cancel what was uncancelled in between.
	sentOnce: true,
	destroys: 'Schedules the mailboxes for cancellation at the end of their billing period',
	undo: 'Until then, InboxKit can take the cancellation back (POST /mailboxes/uncancel)',
	fields: mailboxesFields('The mailboxes to cancel'),
	combine: {
		entries: async (ctx, i) => (await readMailboxUids(ctx, i)).map((uid) => ({ uid })),
		request: ({ entries }) => ({ body: { uids: entries.map((entry) => entry.uid) } }),
		entryKey: (entry) => String(entry.uid),
		// Client (captured live): the answer is a message only ("Mailbox scheduled for
		// cancellation"): one summary item naming the mailboxes sent, paired with every item
		// sent. A list of mailboxes, should InboxKit add one, is paired back by uid.
		results: (answer, sent) =>
			Array.isArray(answer.mailboxes)
				? recordsOf(answer, 'mailboxes', (record) =>
						typeof record.uid === 'string' ? record.uid : undefined,
					)
				: [{ json: withAsked(answer, { uids: sent.body.uids }) }],
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Mailbox IDs',
	},
};
