import type { InboxKitOperation } from '../../operation';

export const getPortalLink: InboxKitOperation = {
	value: 'getPortalLink',
	name: 'Get Billing Portal Link',
	action: 'Get billing portal link',
	description: "Get a link to the team's Stripe billing portal (no input needed)",
	docs: 'https://docs.inboxkit.com/get-billing-portal-link-18118398e0',
	evidence: 'docs',
	method: 'GET',
	path: '/billing/manage',
	workspaceScoped: false,
};
