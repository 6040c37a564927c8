import type { InboxKitResource } from '../operation';

export const billing: InboxKitResource = {
	value: 'billing',
	name: 'Billing',
	description: 'Plans, subscription, wallet credits and the billing portal',
	operations: [
		{
			value: 'getWallet',
			name: 'Get Wallet',
			action: 'Get wallet details',
			description: 'Get the wallet\'s credits and auto top-up settings',
			docs: 'https://docs.inboxkit.com/get-wallet-details',
			method: 'GET',
			path: '/billing/wallet',
			workspaceScoped: false,
		},
	],
};
