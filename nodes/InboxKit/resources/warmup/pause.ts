import type { InboxKitOperation } from '../../operation';
import { MAX_ENTRIES } from '../../shared/parameters';
import { mailboxEntries, mailboxUidsOf, warmupMailboxesFields } from './mailboxes';
import { perMailbox } from './outcomes';

export const pause: InboxKitOperation = {
	value: 'pause',
	name: 'Pause',
	action: 'Pause warmup of mailboxes',
	description: 'Pause the warmup of mailboxes, given their uids',
	// Body {mailbox_uids} (a client); its answer is not seen: per-mailbox results are read as
	// Cancel's, else one summary naming the mailboxes sent.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed:
		"the answer (read as Cancel's per-mailbox results when it has them), and at most 100 mailboxes a request",
	method: 'POST',
	path: '/warmup/pause',
	workspaceScoped: true,
	fields: warmupMailboxesFields('The mailboxes whose warmup to pause'),
	combine: {
		entries: mailboxEntries,
		entriesLabel: 'Mailboxes',
		request: ({ entries }) => ({ body: { mailbox_uids: mailboxUidsOf(entries) } }),
		entryKey: (entry) => String(entry.mailbox_uid),
		results: (answer, sent) => perMailbox(answer, sent, 'paused', 'paused the warmup of'),
		maxEntries: MAX_ENTRIES,
	},
};
