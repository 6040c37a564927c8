/* eslint-disable @typescript-eslint/no-require-imports -- test files load modules lazily inside tests */
import { expectRejectedBeforeSending, type BadInput } from '../support/badInput';
import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * Every Account, Workspace and Billing operation, run through n8n: the sandbox must see exactly
 * the method, path, query, body and bearer token of InboxKit's API, and the node must output
 * what InboxKit answered.
 */
const env = useSandbox();

type Case = OperationCase;

const ws = (value: string) => ({ __rl: true as const, mode: 'id', value });

const cases: Case[] = [
	{
		title: 'Account > Get',
		parameters: { resource: 'account', operation: 'get' },
		request: { method: 'GET', path: '/account', query: {} },
		output: ([json]) =>
			expect(json).toMatchObject({
				uid: 'acct_1f2e3d',
				team: 'Acme Outbound',
				credits_remaining: 380,
				current_plan: { name: 'Growth' },
			}),
	},
	{
		title: 'Workspace > Get Many (one item per workspace)',
		parameters: { resource: 'workspace', operation: 'getMany', returnAll: true },
		request: { method: 'GET', path: '/workspaces/list', query: {} },
		output: (items) => expect(items.map((i) => i.uid)).toEqual(['ws_main01', 'ws_agency2']),
	},
	{
		title: 'Workspace > Get',
		parameters: { resource: 'workspace', operation: 'get', workspaceUid: ws('ws_agency2') },
		request: { method: 'GET', path: '/workspaces/details', query: { uid: 'ws_agency2' } },
		output: ([json]) => expect(json).toMatchObject({ uid: 'ws_agency2', name: 'Agency Clients' }),
	},
	{
		title: 'Workspace > Create',
		parameters: {
			resource: 'workspace',
			operation: 'create',
			name: '  Client Seven ',
			additionalFields: { admins_only: true, webhook_url: 'https://hooks.example.com/ik' },
		},
		request: {
			method: 'POST',
			path: '/workspaces/create',
			body: {
				name: 'Client Seven',
				admins_only: true,
				webhook_url: 'https://hooks.example.com/ik',
			},
		},
		output: ([json], state) => {
			expect(json.uid).toEqual(expect.any(String));
			expect((state.workspaces as { uid: string }[]).map((w) => w.uid)).toContain(json.uid);
		},
	},
	{
		title: 'Workspace > Update',
		parameters: {
			resource: 'workspace',
			operation: 'update',
			workspaceUid: ws('ws_main01'),
			updateFields: { name: 'Renamed' },
		},
		request: {
			method: 'PUT',
			path: '/workspaces/update',
			body: { uid: 'ws_main01', name: 'Renamed' },
		},
		output: ([json]) => expect(json.workspace).toMatchObject({ uid: 'ws_main01', name: 'Renamed' }),
	},
	{
		title: 'Workspace > Delete',
		parameters: { resource: 'workspace', operation: 'delete', workspaceUid: ws('ws_agency2') },
		request: { method: 'DELETE', path: '/workspaces/delete', query: { uid: 'ws_agency2' } },
		output: (_items, state) =>
			expect((state.workspaces as { uid: string }[]).map((w) => w.uid)).toEqual(['ws_main01']),
	},
	{
		title: 'Workspace > Update Webhook',
		parameters: {
			resource: 'workspace',
			operation: 'updateWebhook',
			workspaceUid: ws('ws_main01'),
			webhookUrl: 'https://n8n.example.com/webhook/ik',
		},
		request: {
			method: 'POST',
			path: '/workspaces/webhook',
			body: { uid: 'ws_main01', webhook_url: 'https://n8n.example.com/webhook/ik' },
		},
		output: ([json]) => expect(json.webhook_url).toBe('https://n8n.example.com/webhook/ik'),
	},
	{
		title: 'Billing > Get Pricing Plans',
		parameters: { resource: 'billing', operation: 'getPricingPlans' },
		request: { method: 'GET', path: '/billing/pricing-plans', query: {} },
		output: ([json]) => expect((json.plans as object[]).length).toBe(3),
	},
	{
		title: 'Billing > Get Subscription',
		parameters: { resource: 'billing', operation: 'getSubscription' },
		request: { method: 'GET', path: '/billing/subscription', query: {} },
		output: ([json]) =>
			expect(json.subscription).toMatchObject({ plan: 'growth', status: 'active' }),
	},
	{
		title: 'Billing > Change Plan',
		parameters: { resource: 'billing', operation: 'changePlan', planId: 'scale' },
		request: { method: 'POST', path: '/billing/subscription/change', body: { plan_uid: 'scale' } },
		output: ([json]) => expect(json.subscription).toMatchObject({ plan: 'scale' }),
	},
	{
		title: 'Billing > Cancel Subscription',
		parameters: { resource: 'billing', operation: 'cancelSubscription' },
		request: { method: 'POST', path: '/billing/subscription/cancel' },
		output: ([json]) => expect(json.subscription).toMatchObject({ status: 'cancelled' }),
	},
	{
		title: 'Billing > Get Wallet',
		parameters: { resource: 'billing', operation: 'getWallet' },
		request: { method: 'GET', path: '/billing/wallet', query: {} },
		output: ([json]) =>
			expect(json).toEqual({
				message: 'Wallet Details',
				total_credits: 500,
				credits_used: 120,
				credits_remaining: 380,
				auto_topup_enabled: false,
				auto_topup_mode: 'threshold',
				auto_topup_trigger_drops_below: 50,
				auto_topup_add_credits: 200,
			}),
	},
	{
		title: 'Billing > Add Credits',
		parameters: { resource: 'billing', operation: 'addCredits', credits: 250 },
		request: { method: 'POST', path: '/billing/wallet/add', body: { amount: 250 } },
		output: ([json]) =>
			expect(json).toMatchObject({ amount: 250, credits_applied: true, credits_remaining: 630 }),
	},
	{
		title: 'Billing > Get Payment Status',
		parameters: {
			resource: 'billing',
			operation: 'getPaymentStatus',
			sessionId: ' cs_test_paid01 ',
		},
		request: {
			method: 'GET',
			path: '/billing/wallet/status',
			query: { session_id: 'cs_test_paid01' },
		},
		output: ([json]) =>
			expect(json).toEqual({
				session_id: 'cs_test_paid01',
				payment_status: 'paid',
				amount: 50,
				currency: 'usd',
				credits_applied: true,
			}),
	},
	{
		title: 'Billing > Update Auto Top-Up',
		parameters: {
			resource: 'billing',
			operation: 'updateAutoTopup',
			enabled: true,
			dropsBelow: 25,
			addCredits: 300,
		},
		request: {
			method: 'POST',
			path: '/billing/auto-topup',
			body: {
				auto_topup_enabled: true,
				auto_topup_trigger_drops_below: 25,
				auto_topup_add_credits: 300,
			},
		},
		output: ([json]) =>
			expect(json).toMatchObject({
				auto_topup_enabled: true,
				auto_topup_trigger_drops_below: 25,
				auto_topup_add_credits: 300,
			}),
	},
	{
		title: 'Billing > Get Billing Portal Link',
		parameters: { resource: 'billing', operation: 'getPortalLink' },
		request: { method: 'GET', path: '/billing/manage', query: {} },
		output: ([json]) =>
			expect(json).toEqual({
				message: 'Billing portal link',
				url: 'https://billing.stripe.com/session/test_portal_123',
			}),
	},
];

describeOperationCases(env, ['account', 'workspace', 'billing'], cases);

test('Workspace > Get Many with a Limit returns only that many', async () => {
	const { items } = await env.run({
		parameters: { resource: 'workspace', operation: 'getMany', returnAll: false, limit: 1 },
	});
	expect(items.map((i) => i.json.uid)).toEqual(['ws_main01']);
});

test('the Workspace picker lists workspaces from InboxKit and filters them', async () => {
	const { searchList } = require('../support/n8n') as typeof import('../support/n8n');
	const credentials = { apiToken: env.sandbox.token, baseUrl: env.sandbox.url };
	const all = await searchList('searchWorkspaces', credentials);
	expect(all.results).toEqual([
		{ name: 'Main', value: 'ws_main01' },
		{ name: 'Agency Clients', value: 'ws_agency2' },
	]);
	const filtered = await searchList('searchWorkspaces', credentials, 'agency');
	expect(filtered.results).toEqual([{ name: 'Agency Clients', value: 'ws_agency2' }]);
	expect(env.sandbox.calls('GET /workspaces/list')).toHaveLength(2);
});

test('a workspace picked "From List" sends the same uid as one typed "By ID"', async () => {
	const { items } = await env.run({
		parameters: {
			resource: 'workspace',
			operation: 'get',
			workspaceUid: {
				__rl: true,
				mode: 'list',
				value: 'ws_agency2',
				cachedResultName: 'Agency Clients',
			},
		},
	});
	expect(env.sandbox.requests[0].query).toEqual({ uid: 'ws_agency2' });
	// Not the credential's default workspace: the picked one is what InboxKit describes.
	expect(DEFAULT_WORKSPACE).not.toBe('ws_agency2');
	expect(JSON.stringify(items[0].json)).toContain('Agency Clients');
	expect(JSON.stringify(items[0].json)).not.toContain('"Main"');
});

describe('bad input is refused before any request, naming the field', () => {
	const ws = (value: string) => ({ __rl: true as const, mode: 'id', value });
	const bad: BadInput[] = [
		{
			title: 'a payment session ID that is a checkout URL',
			parameters: {
				resource: 'billing',
				operation: 'getPaymentStatus',
				sessionId: 'https://checkout.stripe.com/c/pay/cs_test_a1',
			},
			message:
				/^The "Session ID" field holds "https:\/\/checkout.stripe.com\/c\/pay\/cs_test_a1", which is not a checkout session ID$/,
		},
		{
			title: 'workspace name empty',
			parameters: { resource: 'workspace', operation: 'create', name: '   ' },
			message: /^The "Name" field is empty$/,
		},
		{
			title: 'workspace name from an expression giving an object',
			parameters: { resource: 'workspace', operation: 'create', name: '={{ $json.meta }}' },
			items: [{ meta: { a: 1 } }],
			message: /^The "Name" field must be text, but got \{"a":1\}$/,
		},
		{
			title: 'workspace webhook not a URL',
			parameters: {
				resource: 'workspace',
				operation: 'create',
				name: 'A',
				additionalFields: { webhook_url: 'hooks dot example' },
			},
			message: /^The "Webhook URL" field holds "hooks dot example", which is not a web URL$/,
		},
		{
			title: 'webhook update over plain http',
			parameters: {
				resource: 'workspace',
				operation: 'updateWebhook',
				workspaceUid: ws('ws_main01'),
				webhookUrl: 'http://example.com/h',
			},
			message:
				/^The "Webhook URL" field holds "http:\/\/example.com\/h", which is not an https URL$/,
		},
		{
			title: 'workspace id with spaces',
			parameters: { resource: 'workspace', operation: 'get', workspaceUid: ws('ws main') },
			message: /^The "Workspace" field holds "ws main", which is not an InboxKit ID$/,
		},
		{
			title: 'workspace id empty',
			parameters: { resource: 'workspace', operation: 'delete', workspaceUid: ws('') },
			errorName: 'WorkflowHasIssuesError',
			message: /Parameter "Workspace" is required/,
		},
		{
			title: 'workspace id from an expression giving nothing',
			parameters: {
				resource: 'workspace',
				operation: 'delete',
				workspaceUid: ws('={{ $json.uid }}'),
			},
			items: [{}],
			message: /^The "Workspace" field is empty$/,
		},
		{
			title: 'workspace id from an expression giving a list',
			parameters: { resource: 'workspace', operation: 'get', workspaceUid: ws('={{ $json.ids }}') },
			items: [{ ids: ['a', 'b'] }],
			message: /^The "Workspace" field must be text, but got \["a","b"\]$/,
		},
		{
			title: 'credits zero',
			parameters: { resource: 'billing', operation: 'addCredits', credits: 0 },
			message: /^The "Credits" field must be between 1 and 1000000, but got 0$/,
		},
		{
			title: 'credits a fraction',
			parameters: { resource: 'billing', operation: 'addCredits', credits: 2.5 },
			message: /^The "Credits" field must be a whole number, but got 2.5$/,
		},
		{
			title: 'credits text from an expression',
			parameters: { resource: 'billing', operation: 'addCredits', credits: '={{ $json.amount }}' },
			items: [{ amount: 'lots' }],
			message: /^The "Credits" field must be a whole number, but got lots$/,
		},
		{
			title: 'plan id empty',
			parameters: { resource: 'billing', operation: 'changePlan', planId: '' },
			errorName: 'WorkflowHasIssuesError',
			message: /Parameter "Plan" is required/,
		},
		{
			title: 'plan id from an expression giving blanks',
			parameters: { resource: 'billing', operation: 'changePlan', planId: '={{ $json.plan }}' },
			items: [{ plan: '  ' }],
			message: /^The "Plan" field is empty$/,
		},
		{
			title: 'auto top-up amount negative',
			parameters: {
				resource: 'billing',
				operation: 'updateAutoTopup',
				enabled: true,
				dropsBelow: 10,
				addCredits: -5,
			},
			message: /^The "Add Credits" field must be between 1 and 1000000, but got -5$/,
		},
	];

	expectRejectedBeforeSending(env, bad);
});

describe('workspace names are checked like every other name before anything is sent', () => {
	expectRejectedBeforeSending(env, [
		{
			title: 'Create with a name of 101 characters',
			parameters: { resource: 'workspace', operation: 'create', name: 'w'.repeat(101) },
			message: 'The "Name" field is 101 characters long, more than the 100 a name takes',
		},
		{
			title: 'Update with a name holding a line break',
			parameters: {
				resource: 'workspace',
				operation: 'update',
				workspaceUid: { __rl: true, mode: 'id', value: DEFAULT_WORKSPACE },
				updateFields: { name: 'Main\nworkspace' },
			},
			message: 'The "Name" field holds control characters',
		},
	]);
});
