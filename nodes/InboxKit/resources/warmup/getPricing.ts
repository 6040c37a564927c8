import type { InboxKitOperation } from '../../operation';

export const getPricing: InboxKitOperation = {
	value: 'getPricing',
	name: 'Get Pricing',
	action: 'Get warmup pricing',
	description: 'Get what warmup costs per mailbox and month (no input needed)',
	// A client that called the live API: 3 credits per mailbox per month.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'live',
	assumed: "the answer's keys: it is passed through as InboxKit sends it",
	method: 'GET',
	path: '/warmup/pricing',
	workspaceScoped: true,
};
