import type { InboxKitOperation } from '../../operation';

export const getSubscription: InboxKitOperation = {
	value: 'getSubscription',
	name: 'Get Subscription',
	action: 'Get subscription details',
	description: "Get the team's plan, status and renewal date (no input needed)",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'live',
	method: 'GET',
	path: '/billing/subscription',
	workspaceScoped: false,
};
