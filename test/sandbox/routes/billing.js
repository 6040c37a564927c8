'use strict';
const { ok, fail, requireFields } = require('../answers');

const PLANS = [
	{ uid: 'starter', name: 'Starter', pricing: 39, cycle: 'monthly' },
	{ uid: 'growth', name: 'Growth', pricing: 99, cycle: 'monthly' },
	{ uid: 'scale', name: 'Scale', pricing: 299, cycle: 'monthly' },
];

function positiveInteger(value, field) {
	if (!Number.isInteger(value) || value < 1) throw fail(400, `${field} must be a positive integer`);
}

/** Team-wide billing: no X-Workspace-Id. */
exports.routes = [
	{
		method: 'GET',
		path: '/billing/pricing-plans',
		scope: 'team',
		handle: () => ok('Pricing plans', { plans: PLANS }),
	},
	{
		method: 'GET',
		path: '/billing/subscription',
		scope: 'team',
		handle: ({ state }) => ok('Subscription details', { subscription: state.subscription }),
	},
	{
		method: 'POST',
		path: '/billing/subscription/change',
		scope: 'team',
		handle: ({ state, body }) => {
			requireFields(body, ['plan_uid']);
			if (!PLANS.some((p) => p.uid === body.plan_uid))
				throw fail(400, `Unknown plan: ${body.plan_uid}`);
			state.subscription.plan = body.plan_uid;
			return ok('Subscription plan changed', { subscription: state.subscription });
		},
	},
	{
		method: 'POST',
		path: '/billing/subscription/cancel',
		scope: 'team',
		handle: ({ state }) => {
			state.subscription.status = 'cancelled';
			return ok('Subscription cancelled', { subscription: state.subscription });
		},
	},
	// Captured live: the wallet's fields sit beside the envelope, not under a key.
	{
		method: 'GET',
		path: '/billing/wallet',
		scope: 'team',
		handle: ({ state }) => ok('Wallet Details', state.wallet),
	},
	{
		method: 'POST',
		path: '/billing/wallet/add',
		scope: 'team',
		handle: ({ state, body }) => {
			requireFields(body, ['amount']);
			positiveInteger(body.amount, 'amount');
			state.wallet.total_credits += body.amount;
			state.wallet.credits_remaining += body.amount;
			return ok('Credits added', { amount: body.amount, credits_applied: true, ...state.wallet });
		},
	},
	{
		// As the docs' "Check payment status" page shows it.
		method: 'GET',
		path: '/billing/wallet/status',
		scope: 'team',
		handle: ({ state, query }) => {
			requireFields(query, ['session_id']);
			const session = state.checkoutSessions[query.session_id];
			if (!session) throw fail(404, 'Checkout session not found');
			return { error: false, session_id: query.session_id, ...session };
		},
	},
	{
		method: 'POST',
		path: '/billing/auto-topup',
		scope: 'team',
		handle: ({ state, body }) => {
			if (typeof body.auto_topup_enabled !== 'boolean')
				throw fail(400, 'auto_topup_enabled must be a boolean');
			requireFields(body, ['auto_topup_trigger_drops_below', 'auto_topup_add_credits']);
			for (const key of [
				'auto_topup_enabled',
				'auto_topup_trigger_drops_below',
				'auto_topup_add_credits',
			])
				state.wallet[key] = body[key];
			return ok('Auto top-up settings updated', state.wallet);
		},
	},
	{
		method: 'GET',
		path: '/billing/manage',
		scope: 'team',
		handle: () =>
			ok('Billing portal link', { url: 'https://billing.stripe.com/session/test_portal_123' }),
	},
];
