import type { InboxKitOperation } from '../../operation';
import { MAX_ENTRIES } from '../../shared/parameters';
import { mailboxEntries, mailboxUidsOf, warmupMailboxesFields } from './mailboxes';
import { perMailbox } from './outcomes';

export const cancel: InboxKitOperation = {
	value: 'cancel',
	name: 'Cancel',
	action: 'Cancel warmup of mailboxes',
	description:
		'End the warmup of mailboxes, given their uids: one output item per mailbox, with outcome',
	// Body {mailbox_uids} (1-100); answer results.success[{mailbox_uid, subscription_uid}] and
	// "Processed N mailbox(es): X cancelled, Y failed", 200 even when none was cancelled (a
	// client, from the docs page). The item fails when no mailbox of its request was cancelled.
	docs: 'https://docs.inboxkit.com/cancel-warmup-for-mailboxes-28170231e0',
	evidence: 'client',
	assumed:
		'the failed mailboxes under `results.failed` with their `error`, as Uncancel Mailboxes answers',
	method: 'POST',
	path: '/warmup/cancel',
	workspaceScoped: true,
	// Adding a mailbox again starts a new subscription, billed again: not an undo.
	destroys: 'Ends the warmup subscriptions of the mailboxes',
	fields: warmupMailboxesFields('The mailboxes whose warmup to cancel'),
	combine: {
		entries: mailboxEntries,
		entriesLabel: 'Mailboxes',
		request: ({ entries }) => ({ body: { mailbox_uids: mailboxUidsOf(entries) } }),
		entryKey: (entry) => String(entry.mailbox_uid),
		results: (answer, sent) => perMailbox(answer, sent, 'cancelled', 'cancelled the warmup of'),
		maxEntries: MAX_ENTRIES,
	},
};
