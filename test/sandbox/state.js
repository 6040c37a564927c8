'use strict';
const fs = require('node:fs');
const { join } = require('node:path');

/**
 * The sandbox's starting data: one team with two workspaces and a funded wallet. Each test
 * starts from a fresh copy (sandbox.reset()). Shapes follow InboxKit's documented answers.
 */

/** Seed data of each resource lives beside its routes, in ./seeds/<resource>.js ({ seed() }). */
function resourceSeeds() {
	const dir = join(__dirname, 'seeds');
	const slices = {};
	for (const file of fs
		.readdirSync(dir)
		.filter((name) => name.endsWith('.js'))
		.sort())
		Object.assign(slices, require(join(dir, file)).seed());
	return slices;
}

function seedState(overrides = {}) {
	const state = {
		// As the docs' example of GET /account.
		account: {
			uid: 'acct_1f2e3d',
			team: 'Acme Outbound',
			admin_email: 'ops@acme.test',
			total_credits: 500,
			credits_used: 120,
			credits_remaining: 380,
			cost_per_google_mailbox: 3,
			cost_per_ms_outlook_mailbox: 0,
			current_plan: {
				name: 'Growth',
				uid: 'growth',
				cycle: 'monthly',
				pricing: 99,
				renews_on: '2026-12-01T00:00:00.000Z',
				purchased_on: '2025-01-15T10:00:00.000Z',
			},
			auto_topup_enabled: false,
			auto_topup_config: { drops_below: 50, add_balance: 200 },
		},
		workspaces: [
			{
				uid: 'ws_main01',
				name: 'Main',
				webhook_url: null,
				admins_only: false,
				created_at: '2025-01-15T10:00:00.000Z',
			},
			{
				uid: 'ws_agency2',
				name: 'Agency Clients',
				webhook_url: 'https://hooks.acme.test/inboxkit',
				admins_only: true,
				created_at: '2025-03-02T08:30:00.000Z',
			},
		],
		wallet: {
			total_credits: 500,
			credits_used: 120,
			credits_remaining: 380,
			auto_topup_enabled: false,
			auto_topup_mode: 'threshold',
			auto_topup_trigger_drops_below: 50,
			auto_topup_add_credits: 200,
		},
		/** Stripe checkouts for wallet credits, by session id. */
		checkoutSessions: {
			cs_test_paid01: {
				payment_status: 'paid',
				amount: 50,
				currency: 'usd',
				credits_applied: true,
			},
		},
		subscription: {
			plan: 'growth',
			status: 'active',
			interval: 'monthly',
			current_period_end: '2026-12-01T00:00:00.000Z',
		},
		...resourceSeeds(),
		...overrides,
	};
	return JSON.parse(JSON.stringify(state));
}

module.exports = { seedState };
