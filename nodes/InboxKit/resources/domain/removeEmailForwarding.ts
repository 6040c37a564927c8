import type { InboxKitOperation } from '../../operation';
import { deletedUids } from '../../shared/answers';
import { MAX_ENTRIES } from '../../shared/parameters';
import { mailboxesFields, readMailboxUids } from '../../pickers/mailbox';

export const removeEmailForwarding: InboxKitOperation = {
	value: 'removeEmailForwarding',
	name: 'Remove Email Forwarding',
	action: 'Remove email forwarding for domain mailboxes',
	description: "Stop forwarding the mail of mailboxes, given the mailboxes' uids",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	// The v1 docs sidebar says DELETE; the one client that calls this path sends POST.
	method: 'POST',
	path: '/mailboxes/forwarding/remove',
	workspaceScoped: true,
	fields: mailboxesFields('The mailboxes whose forwarding to remove'),
	combine: {
		entries: async (ctx, i) => (await readMailboxUids(ctx, i)).map((uid) => ({ uid })),
		request: ({ entries }) => ({ body: { uids: entries.map((entry) => entry.uid) } }),
		entryKey: (entry) => String(entry.uid),
		// One record per mailbox sent, deleted: true first where InboxKit reports it (its `uids`).
		results: (answer, sent) => deletedUids(answer, sent, 'mailbox'),
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Mailbox IDs',
	},
};
