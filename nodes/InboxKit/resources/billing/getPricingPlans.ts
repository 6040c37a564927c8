import type { InboxKitOperation } from '../../operation';

export const getPricingPlans: InboxKitOperation = {
	value: 'getPricingPlans',
	name: 'Get Pricing Plans',
	action: 'Get pricing plans',
	description: 'List the plans InboxKit offers, each with its uid and price',
	docs: 'https://docs.inboxkit.com/get-pricing-plans-18118391e0',
	evidence: 'client',
	method: 'GET',
	path: '/billing/pricing-plans',
	workspaceScoped: false,
};
