import type { InboxKitOperation } from '../../operation';
import { checkInteger } from '../../shared/parameters';

export const addCredits: InboxKitOperation = {
	value: 'addCredits',
	name: 'Add Credits',
	action: 'Add credits to wallet',
	description: 'Buy wallet credits with the card on file, given a whole number of credits',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed:
		'the path and `amount` (1 credit = 1 USD); the payment status lives at /billing/wallet/status, so adding likely sits beside it',
	method: 'POST',
	path: '/billing/wallet/add',
	workspaceScoped: false,
	charges: true,
	fields: [
		{
			displayName: 'Credits',
			name: 'credits',
			type: 'number',
			required: true,
			typeOptions: { minValue: 1 },
			default: 100,
			description: 'How many credits to buy (1 credit = 1 USD)',
			// The docs' "Check payment status" page: the answer is either credits applied at once,
			// or a Stripe checkout (url + session_id) that Get Payment Status follows.
			hint: 'If InboxKit answers with a checkout "url" and "session_id", the credits come once that checkout is paid: Billing → Get Payment Status with the session_id tells when.',
		},
	],
	request: (ctx, i) => ({
		body: {
			amount: checkInteger(ctx, i, 'Credits', ctx.getNodeParameter('credits', i), {
				min: 1,
				max: 1_000_000,
			}),
		},
	}),
};
