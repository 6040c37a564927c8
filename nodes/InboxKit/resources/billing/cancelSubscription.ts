import type { InboxKitOperation } from '../../operation';

export const cancelSubscription: InboxKitOperation = {
	value: 'cancelSubscription',
	name: 'Cancel Subscription',
	action: 'Cancel subscription',
	description: "Cancel the team's InboxKit subscription (no input needed)",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: 'the path, beside GET /billing/subscription',
	method: 'POST',
	path: '/billing/subscription/cancel',
	workspaceScoped: false,
	destroys: "Cancels the team's InboxKit subscription",
};
