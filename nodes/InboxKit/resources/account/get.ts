import type { InboxKitOperation } from '../../operation';

export const get: InboxKitOperation = {
	value: 'get',
	name: 'Get',
	action: 'Get account details',
	description: 'Get the account the API token belongs to: team, plan and credits',
	docs: 'https://docs.inboxkit.com/get-account-details-18118380e0',
	evidence: 'docs',
	method: 'GET',
	path: '/account',
	workspaceScoped: false,
	// The docs' answer is the account itself, without the error/message envelope.
};
