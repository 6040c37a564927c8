import type { InboxKitOperation } from '../../operation';

export const getWallet: InboxKitOperation = {
	value: 'getWallet',
	name: 'Get Wallet',
	action: 'Get wallet details',
	description: "Get the wallet's credits and auto top-up settings (no input needed)",
	docs: 'https://docs.inboxkit.com/get-wallet-details-18118395e0',
	evidence: 'live',
	method: 'GET',
	path: '/billing/wallet',
	workspaceScoped: false,
};
