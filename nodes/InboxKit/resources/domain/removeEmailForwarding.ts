import type { InboxKitOperation } from '../../operation';
import { summaryOf } from '../../shared/answers';
import { mailboxIdsField } from '../../shared/fields';
import { idListReader, MAX_ENTRIES } from '../../shared/parameters';

const readMailboxIds = idListReader('mailboxIds', 'Mailbox IDs');

export const removeEmailForwarding: InboxKitOperation = {
	value: 'removeEmailForwarding',
	name: 'Remove Email Forwarding',
	action: 'Remove email forwarding',
	description: 'Stop forwarding the mail of mailboxes',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	// The v1 docs sidebar says DELETE; the one client that calls this path sends POST.
	method: 'POST',
	path: '/mailboxes/forwarding/remove',
	workspaceScoped: true,
	fields: [mailboxIdsField('The mailboxes whose forwarding to remove')],
	combine: {
		entries: (ctx, i) => readMailboxIds(ctx, i).map((uid) => ({ uid })),
		request: ({ entries }) => ({ body: { uids: entries.map((entry) => entry.uid) } }),
		entryKey: (entry) => String(entry.uid),
		results: summaryOf,
		maxEntries: MAX_ENTRIES,
	},
};
