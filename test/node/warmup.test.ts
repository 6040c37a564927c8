import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { expectRejectedBeforeSending } from '../support/badInput';
import { runAsTool, toolSession } from '../support/n8n';
import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * Every Warmup operation through n8n against the sandbox: exact requests, real output, Add sent
 * once and never for a mailbox already warming, Cancel's 200 that cancelled nothing made a failure.
 */
const env = useSandbox();

const ADD = 'POST /warmup/add';
const LIST = 'POST /warmup/list';
const subscriptions = (state: Record<string, unknown>) =>
	state.warmupSubscriptions as IDataObject[];
const wallet = (state: Record<string, unknown>) => state.wallet as IDataObject;
const credentials = () => ({
	apiToken: env.sandbox.token,
	baseUrl: env.sandbox.url,
	workspaceId: DEFAULT_WORKSPACE,
});
const addWarmup = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'warmup',
	operation: 'add',
	mailboxIds: 'mbx_jane01',
	...extra,
});

const cases: OperationCase[] = [
	{
		title: 'Get Many (status filter, cancelled included; Simplify off)',
		parameters: {
			resource: 'warmup',
			operation: 'getMany',
			returnAll: true,
			simplify: false,
			filters: { status: 'active', include_cancelled: true },
		},
		request: {
			method: 'POST',
			path: '/warmup/list',
			body: { status: 'active', include_cancelled: true, page: 1, limit: 100 },
		},
		output: (items) => {
			expect(items.map((s) => [s.uid, s.status, s.mailbox_email])).toEqual([
				['wus_john01', 'active', 'john.roe@acme-mail.com'],
			]);
			expect(items[0]).toMatchObject({
				mailbox: { uid: 'mbx_john02' },
				cached_stats: { health_score: 92 },
			});
		},
	},
	{
		title: 'Get Pricing',
		parameters: { resource: 'warmup', operation: 'getPricing' },
		request: { method: 'GET', path: '/warmup/pricing' },
		output: ([json]) => expect(json).toMatchObject({ price_per_mailbox_per_month: 3 }),
	},
	{
		title: 'Get Stats',
		parameters: { resource: 'warmup', operation: 'getStats' },
		request: { method: 'GET', path: '/warmup/stats' },
		output: ([json]) =>
			expect(json.stats).toMatchObject({ activeCount: 1, pausedCount: 0, monthlyTotal: 3 }),
	},
	{
		title: 'Pause (picked mailbox)',
		parameters: {
			resource: 'warmup',
			operation: 'pause',
			pickedMailboxes: { entries: [{ mailbox: { mode: 'id', value: 'mbx_john02' } }] },
		},
		request: { method: 'POST', path: '/warmup/pause', body: { mailbox_uids: ['mbx_john02'] } },
		output: (items, state) => {
			expect(items).toEqual([
				{ mailbox_uid: 'mbx_john02', subscription_uid: 'wus_john01', outcome: 'paused' },
			]);
			expect(subscriptions(state)[0].status).toBe('paused');
		},
	},
	{
		title: 'Cancel (one item per mailbox, failures with their reason)',
		parameters: { resource: 'warmup', operation: 'cancel', mailboxIds: 'mbx_john02, mbx_jane01' },
		request: {
			method: 'POST',
			path: '/warmup/cancel',
			body: { mailbox_uids: ['mbx_john02', 'mbx_jane01'] },
		},
		output: (items, state) => {
			expect(items).toEqual([
				{ mailbox_uid: 'mbx_john02', subscription_uid: 'wus_john01', outcome: 'cancelled' },
				{
					mailbox_uid: 'mbx_jane01',
					outcome: 'failed',
					reason: 'No warmup subscription to cancel',
				},
			]);
			expect(subscriptions(state)[0].status).toBe('cancelled');
		},
	},
];

describeOperationCases(
	env,
	['warmup'],
	[
		...cases,
		{
			title: 'Add (reads the warmup list first, then sends once)',
			parameters: addWarmup({ mailboxIds: 'mbx_jane01, mbx_lee04', activateImmediately: false }),
			readsFirst: [
				{
					method: 'POST',
					path: '/warmup/list',
					body: { include_cancelled: false, page: 1, limit: 100 },
				},
			],
			request: {
				method: 'POST',
				path: '/warmup/add',
				body: { mailbox_uids: ['mbx_jane01', 'mbx_lee04'], activate_immediately: false },
			},
			output: (items, state) => {
				expect(items.map((s) => [s.mailbox_uid, s.status, s.outcome])).toEqual([
					['mbx_jane01', 'pending', 'added'],
					['mbx_lee04', 'pending', 'added'],
				]);
				expect(wallet(state).credits_remaining).toBe(380 - 6);
			},
		},
	],
);

describe('Add', () => {
	test('refuses a mailbox that is already warming, before anything is sent', async () => {
		const { error } = await env.run({
			parameters: addWarmup({ mailboxIds: 'mbx_jane01, mbx_john02' }),
		});
		expect(error?.message).toBe(
			'The "Mailboxes" field holds mbx_john02 (warmup active), already warming up',
		);
		expect((error as { description?: string }).description).toMatch(
			/^Nothing was sent: adding warmup again may bill the mailbox twice/,
		);
		expect(env.sandbox.calls(ADD)).toHaveLength(0);
	});

	test('a cancelled subscription does not count as warming', async () => {
		const { error } = await env.run({ parameters: addWarmup({ mailboxIds: 'mbx_sam03' }) });
		expect(error).toBeUndefined();
		expect(env.sandbox.calls(ADD).map((r) => r.body)).toEqual([
			{ mailbox_uids: ['mbx_sam03'], activate_immediately: true },
		]);
	});

	test('a failed read of the warmup list sends nothing: an unfinished search proves nothing', async () => {
		env.sandbox.fault(LIST, ...Array.from({ length: 3 }, () => ({ status: 503 })));
		const { error } = await env.run({ parameters: addWarmup() });
		expect(error?.message).toMatch(/^InboxKit: Scripted 503/);
		expect(env.sandbox.calls(ADD)).toHaveLength(0);
	});

	test('several items: every one is checked before the first is sent, the list read once', async () => {
		const { error } = await env.run({
			parameters: addWarmup({ mailboxIds: '={{ $json.m }}' }),
			items: [{ m: 'mbx_jane01' }, { m: 'mbx_lee04' }, { m: 'mbx_john02' }],
		});
		expect(error?.message).toMatch(/holds mbx_john02 \(warmup active\), already warming up/);
		expect(env.sandbox.calls(LIST)).toHaveLength(1);
		expect(env.sandbox.calls(ADD)).toHaveLength(0);
	});

	test('the same mailbox in two items is refused before anything is sent', async () => {
		const { error } = await env.run({
			parameters: addWarmup({ mailboxIds: '={{ $json.m }}' }),
			items: [{ m: 'mbx_jane01' }, { m: 'mbx_lee04, mbx_jane01' }],
		});
		expect(error?.message).toBe('The "Mailboxes" field holds mbx_jane01, which item 1 holds too');
		expect(env.sandbox.calls(ADD)).toHaveLength(0);
	});

	test('with Combine Input Items: one request for all items, records paired back', async () => {
		const { items, error } = await env.run({
			parameters: addWarmup({ mailboxIds: '={{ $json.m }}', combineItems: true }),
			items: [{ m: 'mbx_jane01' }, { m: 'mbx_lee04' }],
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls(ADD).map((r) => r.body)).toEqual([
			{ mailbox_uids: ['mbx_jane01', 'mbx_lee04'], activate_immediately: true },
		]);
		expect(items.map((i) => [i.json.mailbox_uid, i.pairedItem])).toEqual([
			['mbx_jane01', { item: 0 }],
			['mbx_lee04', { item: 1 }],
		]);
	});

	test('never retried: a 503 after InboxKit got it is one request, said to have maybe gone through', async () => {
		env.sandbox.fault(ADD, { status: 503, applied: true });
		const { error } = await env.run({ parameters: addWarmup() });
		expect(error?.message).toMatch(/^InboxKit: Scripted 503/);
		expect((error as { description?: string }).description).toMatch(/may have gone through/i);
		expect(env.sandbox.calls(ADD)).toHaveLength(1);
	});

	test('refused under Retry On Fail, nothing sent', async () => {
		const { error } = await env.run({ parameters: addWarmup(), retryOnFail: true });
		expect(error?.message).toBe(
			'"Add mailboxes to warmup" spends money, so it must not run with "Retry On Fail"',
		);
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('nothing added (every mailbox failed) is an error naming each reason', async () => {
		env.sandbox.fault(ADD, {
			status: 200,
			body: {
				error: false,
				message: '0 mailbox(es) added to warmup',
				subscriptions: [],
				errors: [{ mailbox_uid: 'mbx_jane01', error: 'Mailbox is not active' }],
			},
		});
		const { error } = await env.run({ parameters: addWarmup() });
		expect(error?.message).toBe(
			'InboxKit added warmup for none of the 1 mailboxes: mbx_jane01 (Mailbox is not active)',
		);
	});

	test("as an AI agent's tool: refused unless allowed; the same add twice in one execution is sent once", async () => {
		const refused = await runAsTool(addWarmup(), credentials());
		expect(refused.error?.message).toMatch(
			/^"Add mailboxes to warmup" charges the InboxKit account, and this node does not allow AI agents to run it/,
		);
		expect(env.sandbox.requests).toHaveLength(0);

		const call = toolSession(addWarmup({ allowForAgents: true }), credentials());
		expect((await call()).error).toBeUndefined();
		// Even were the list not to show it yet, the execution remembers what it sent.
		env.sandbox.fault(LIST, {
			status: 200,
			body: { error: false, message: 'ok', subscriptions: [], total: 0, pages: 0 },
		});
		const again = await call();
		expect(again.error?.message).toMatch(
			/^"Add mailboxes to warmup" for mbx_jane01 was already sent in this execution, so it is not sent again/,
		);
		expect(env.sandbox.calls(ADD)).toHaveLength(1);
	});
});

describe('Cancel and Pause', () => {
	test('Cancel: a 200 that cancelled nothing fails the item, naming each mailbox and why', async () => {
		const { error } = await env.run({
			parameters: { resource: 'warmup', operation: 'cancel', mailboxIds: 'mbx_jane01' },
		});
		expect(error?.message).toBe(
			'InboxKit cancelled the warmup of none of the 1 mailboxes: mbx_jane01 (No warmup subscription to cancel)',
		);
	});

	test('Cancel: with Continue On Fail, each item keeps its own outcome', async () => {
		const { items } = await env.run({
			parameters: { resource: 'warmup', operation: 'cancel', mailboxIds: '={{ $json.m }}' },
			items: [{ m: 'mbx_jane01' }, { m: 'mbx_john02' }],
			continueOnFail: true,
		});
		expect(items.map((i) => [i.json.outcome ?? 'error', i.pairedItem])).toEqual([
			['error', { item: 0 }],
			['cancelled', { item: 1 }],
		]);
	});

	test('Cancel: a mailbox the answer does not name is "not confirmed"', async () => {
		env.sandbox.fault('POST /warmup/cancel', {
			status: 200,
			body: {
				error: false,
				message: 'Processed 2 mailbox(es): 1 cancelled, 0 failed',
				results: { success: [{ mailbox_uid: 'mbx_john02', subscription_uid: 'wus_john01' }] },
			},
		});
		const { items } = await env.run({
			parameters: { resource: 'warmup', operation: 'cancel', mailboxIds: 'mbx_john02, mbx_jane01' },
		});
		expect(items.map((i) => [i.json.mailbox_uid, i.json.outcome])).toEqual([
			['mbx_john02', 'cancelled'],
			['mbx_jane01', 'not confirmed'],
		]);
	});

	test('Pause: an answer without per-mailbox results is one summary naming the mailboxes', async () => {
		env.sandbox.fault('POST /warmup/pause', {
			status: 200,
			body: { error: false, message: 'Warmup paused' },
		});
		const { items } = await env.run({
			parameters: { resource: 'warmup', operation: 'pause', mailboxIds: 'mbx_john02' },
		});
		expect(items.map((i) => i.json)).toEqual([
			{ message: 'Warmup paused', mailbox_uids: ['mbx_john02'] },
		]);
	});
});

describe('bad input is refused before anything is sent', () => {
	expectRejectedBeforeSending(env, [
		{
			title: 'Add: a mailbox ID that is not one',
			parameters: addWarmup({ mailboxIds: 'mbx_jane01, jane doe' }),
			message: 'The "Mailbox IDs" field holds "jane doe", which is not an InboxKit ID',
		},
		{
			title: 'Cancel: no mailbox',
			parameters: { resource: 'warmup', operation: 'cancel', mailboxIds: '' },
			message: 'The "Mailbox IDs" field is empty',
		},
	]);
});
