import type { InboxKitOperation } from '../../operation';
import { fieldError, readText } from '../../shared/parameters';

export const getPaymentStatus: InboxKitOperation = {
	value: 'getPaymentStatus',
	name: 'Get Payment Status',
	action: 'Get credits payment status',
	description: 'See whether a checkout for wallet credits was paid and its credits applied',
	docs: 'https://docs.inboxkit.com/check-payment-status-33522646e0',
	evidence: 'docs',
	method: 'GET',
	path: '/billing/wallet/status',
	workspaceScoped: false,
	fields: [
		{
			displayName: 'Session ID',
			name: 'sessionId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'cs_live_a1b2c3d4e5f6',
			description:
				'The "session_id" that Add Credits answers with when it gives a checkout link to pay',
		},
	],
	request: (ctx, i) => {
		const sessionId = readText(ctx, 'sessionId', i, 'Session ID');
		// A Stripe checkout session id: letters, digits and "_" (it also goes into the query).
		if (!/^[A-Za-z0-9_-]{1,255}$/.test(sessionId)) {
			throw fieldError(
				ctx,
				i,
				'Session ID',
				`holds "${sessionId.slice(0, 80)}", which is not a checkout session ID`,
				'Use the "session_id" of the Add Credits output, such as cs_live_a1b2c3.',
			);
		}
		return { qs: { session_id: sessionId } };
	},
};
