import type { InboxKitOperation } from '../../operation';
import { unwrapData } from '../../shared/answers';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';

export const getMailboxStats: InboxKitOperation = {
	value: 'getMailboxStats',
	name: 'Get Mailbox Stats',
	action: 'Get mailbox sending stats',
	description: "Get a mailbox's sending statistics, given the mailbox",
	// Two clients call it; neither shows its answer or any query.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'the answer (passed through, its `data` flattened) and that it takes no query',
	method: 'GET',
	path: '/email-insights/mailbox/{uid}/stats',
	workspaceScoped: true,
	fields: [mailboxPicker('The mailbox whose stats to get')],
	// Checked as an ID (letters, digits, "-", "_"), so it cannot change the path around it.
	request: async (ctx, i) => ({
		path: `/email-insights/mailbox/${encodeURIComponent(await readMailboxUid(ctx, i))}/stats`,
	}),
	output: (answer, sent) => ({
		mailbox_uid: decodeURIComponent(sent.path.split('/')[3] ?? ''),
		...unwrapData(answer),
	}),
};
