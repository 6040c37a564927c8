'use strict';
const { ok, fail, requireFields } = require('../answers');

const PLANS = [
	{ id: 'starter', name: 'Starter', price: 39, interval: 'monthly', mailboxes_included: 10 },
	{ id: 'growth', name: 'Growth', price: 99, interval: 'monthly', mailboxes_included: 50 },
	{ id: 'scale', name: 'Scale', price: 299, interval: 'monthly', mailboxes_included: 200 },
];

function positiveInteger(value, field) {
	if (!Number.isInteger(value) || value < 1) throw fail(400, `${field} must be a positive integer`);
}

/** Team-wide billing: no X-Workspace-Id. */
exports.routes = [
	{ method: 'GET', path: '/billing/pricing-plans', scope: 'team', handle: () => ok('Pricing plans', { plans: PLANS }) },
	{
		method: 'GET',
		path: '/billing/subscription',
		scope: 'team',
		handle: ({ state }) => ok('Subscription details', { subscription: state.subscription }),
	},
	{
		method: 'POST',
		path: '/billing/subscription/change-plan',
		scope: 'team',
		handle: ({ state, body }) => {
			requireFields(body, ['plan_id']);
			if (!PLANS.some((p) => p.id === body.plan_id)) throw fail(400, `Unknown plan: ${body.plan_id}`);
			state.subscription.plan = body.plan_id;
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
	{ method: 'GET', path: '/billing/wallet', scope: 'team', handle: ({ state }) => ok('Wallet details', { wallet: state.wallet }) },
	{
		method: 'POST',
		path: '/billing/wallet/add-credits',
		scope: 'team',
		handle: ({ state, body }) => {
			requireFields(body, ['credits']);
			positiveInteger(body.credits, 'credits');
			state.wallet.total_credits += body.credits;
			state.wallet.credits_remaining += body.credits;
			return ok('Credits added', { credits_added: body.credits, wallet: state.wallet });
		},
	},
	{
		method: 'POST',
		path: '/billing/auto-topup',
		scope: 'team',
		handle: ({ state, body }) => {
			if (typeof body.auto_topup_enabled !== 'boolean') throw fail(400, 'auto_topup_enabled must be a boolean');
			for (const key of ['auto_topup_trigger_drops_below', 'auto_topup_add_credits']) {
				if (body[key] !== undefined) state.wallet[key] = body[key];
			}
			state.wallet.auto_topup_enabled = body.auto_topup_enabled;
			return ok('Auto top-up settings updated', { wallet: state.wallet });
		},
	},
	{
		method: 'GET',
		path: '/billing/manage',
		scope: 'team',
		handle: () => ok('Billing portal link', { url: 'https://billing.stripe.com/session/test_portal_123' }),
	},
];
