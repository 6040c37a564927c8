import type { InboxKitOperation } from '../../operation';
import { unwrapData } from '../../shared/answers';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';

export const getMailboxHealth: InboxKitOperation = {
	value: 'getMailboxHealth',
	name: 'Get Mailbox Health',
	action: 'Get mailbox health',
	description: "Get a mailbox's sending health: its 30-day bounce rate and recent volume",
	// Answer {success: true, data{status, bounce_rate_30d, total_7d, total_30d, last_event_at}};
	// an unknown uid answers 404 {code, message} (a client that called the live API). `status`
	// is sending activity, not the mailbox's lifecycle: "inactive" for an active mailbox that
	// sent nothing this week.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'live',
	method: 'GET',
	path: '/email-insights/mailbox/{uid}/health',
	workspaceScoped: true,
	fields: [
		{
			...mailboxPicker('The mailbox whose health to get'),
			hint: 'The answer\'s "status" is sending activity (e.g. "inactive" after a quiet week), not whether the mailbox is active in InboxKit',
		},
	],
	// Checked as an ID (letters, digits, "-", "_"), so it cannot change the path around it.
	request: async (ctx, i) => ({
		path: `/email-insights/mailbox/${encodeURIComponent(await readMailboxUid(ctx, i))}/health`,
	}),
	output: (answer, sent) => ({
		mailbox_uid: decodeURIComponent(sent.path.split('/')[3] ?? ''),
		...unwrapData(answer),
	}),
};
