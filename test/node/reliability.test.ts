import type { NodeApiError } from 'n8n-workflow';

import { useSandbox } from '../support/sandbox';

/**
 * InboxKit's bad moments, scripted in the sandbox: reads come through transient faults within
 * the retry budget, writes are sent exactly once, timeouts fire, and every error is readable.
 */
const env = useSandbox();

const WALLET = 'GET /billing/wallet';
const wallet = { resource: 'billing', operation: 'getWallet' };

describe('reads are retried on transient faults', () => {
	test.each([
		[
			'429 with Retry-After',
			{
				status: 429,
				headers: { 'Retry-After': '0' },
				body: { error: true, message: 'Too many requests' },
			},
		],
		[
			'502',
			{
				status: 502,
				headers: { 'Retry-After': '0' },
				raw: '<html>Bad gateway</html>',
				contentType: 'text/html',
			},
		],
		['503', { status: 503, headers: { 'Retry-After': '0' } }],
		['504', { status: 504, headers: { 'Retry-After': '0' } }],
		['a reset connection', { reset: true }],
	])('%s, then success', async (_title, fault) => {
		env.sandbox.fault(WALLET, fault, fault);
		const { items, error } = await env.run({ parameters: wallet });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ credits_remaining: 380 });
		expect(env.sandbox.calls(WALLET)).toHaveLength(3);
	});

	test('Retry-After is honoured', async () => {
		env.sandbox.fault(WALLET, { status: 429, headers: { 'Retry-After': '1' } });
		const started = Date.now();
		const { error } = await env.run({ parameters: wallet });
		expect(error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(950);
	});

	test('gives up after "Max Tries for Reads" and says how often it tried', async () => {
		const busy = {
			status: 503,
			headers: { 'Retry-After': '0' },
			body: { error: true, message: 'Service unavailable' },
		};
		env.sandbox.fault(WALLET, busy, busy, busy, busy);
		const { error } = await env.run({ parameters: { ...wallet, requestOptions: { maxTries: 2 } } });
		expect(error).toMatchObject({ httpCode: '503', message: 'InboxKit: Service unavailable' });
		expect((error as NodeApiError).description).toMatch(/Tried 2 times/);
		expect(env.sandbox.calls(WALLET)).toHaveLength(2);
	});

	test('a 500 is not retried, even for a read (it is not a transient answer)', async () => {
		env.sandbox.fault(WALLET, { status: 500 });
		await env.run({ parameters: wallet });
		expect(env.sandbox.calls(WALLET)).toHaveLength(1);
	});
});

describe('writes are sent exactly once, whatever the fault', () => {
	const writes = [
		[
			'Billing > Add Credits',
			'POST /billing/wallet/add',
			{ resource: 'billing', operation: 'addCredits', credits: 10 },
		],
		[
			'Billing > Change Plan',
			'POST /billing/subscription/change',
			{ resource: 'billing', operation: 'changePlan', planId: 'scale' },
		],
		[
			'Workspace > Create',
			'POST /workspaces/create',
			{ resource: 'workspace', operation: 'create', name: 'X' },
		],
	] as const;
	const faults: Array<{ status?: number; headers?: Record<string, string>; reset?: boolean }> = [
		{ status: 429, headers: { 'Retry-After': '0' } },
		{ status: 502 },
		{ status: 503, headers: { 'Retry-After': '0' } },
		{ reset: true },
	];
	test.each(writes)('%s', async (_title, key, parameters) => {
		for (const fault of faults) {
			env.sandbox.reset();
			env.sandbox.fault(key, fault);
			const { error } = await env.run({ parameters });
			expect(error).toBeDefined();
			expect(env.sandbox.calls(key)).toHaveLength(1);
			const { description } = error as NodeApiError;
			expect(description).toMatch(/sent once and not retried/);
			// A 429 was turned away; after a 5xx or a broken connection nobody knows.
			expect(description).toMatch(
				fault.status === 429 ? /nothing was changed/ : /may have gone through/,
			);
		}
	});
});

describe('unreadable answers give a clear NodeApiError with the status', () => {
	test.each([
		[
			'an HTML gateway page',
			{ status: 502, raw: '<html><body>502 Bad Gateway</body></html>', contentType: 'text/html' },
			/HTTP 502 with a body that is not JSON \(text\/html\)/,
		],
		['an empty body', { status: 200, raw: '' }, /HTTP 200 with an empty body/],
		[
			'truncated JSON',
			{ status: 200, raw: '{"error": false, "wallet": {"total_cr' },
			/HTTP 200 with a body that is not JSON/,
		],
	])('%s', async (_title, fault, message) => {
		env.sandbox.fault(WALLET, fault);
		const { error } = await env.run({ parameters: { ...wallet, requestOptions: { maxTries: 1 } } });
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(message);
	});
});

test('a slow answer times out with an error that says so', async () => {
	env.sandbox.fault(WALLET, { delayMs: 2500, status: 200, body: { error: false, wallet: {} } });
	const { error } = await env.run({
		parameters: { ...wallet, requestOptions: { timeout: 1, maxTries: 1 } },
	});
	expect(error?.message).toBe('InboxKit did not answer within 1 seconds (timed out)');
});

test('an unreachable server gives a readable network error', async () => {
	const { error } = await env.run({
		parameters: { ...wallet, requestOptions: { maxTries: 1 } },
		credentials: { baseUrl: 'http://127.0.0.1:9' },
	});
	expect(error?.message).toBe('Could not connect to 127.0.0.1:9: the connection was refused');
});

describe('the token never appears in errors or output', () => {
	// A made-up value, searched for in every error and output.
	const token = ['sk', 'live', 'SECRET', 'token', 'value', '42'].join('_');

	test.each([
		['a 401 answer', { credentials: { apiToken: token } }, undefined],
		['a connection reset', { credentials: { apiToken: token } }, { reset: true }],
		[
			'a refused connection',
			{ credentials: { apiToken: token, baseUrl: 'http://127.0.0.1:9' } },
			undefined,
		],
		[
			'a timeout',
			{ credentials: { apiToken: token }, timeout: true },
			{ delayMs: 1500, status: 200, body: {} },
		],
	])('%s', async (_title, setup, fault) => {
		if (fault) env.sandbox.fault(WALLET, fault);
		const requestOptions = { maxTries: 1, ...('timeout' in setup ? { timeout: 1 } : {}) };
		const { error, items, run } = await env.run({
			parameters: { ...wallet, requestOptions },
			credentials: setup.credentials,
		});
		expect(error).toBeDefined();
		const everything = JSON.stringify({
			error,
			items,
			run,
			message: error?.message,
			description: (error as NodeApiError).description,
			stack: error?.stack,
		});
		expect(everything).not.toContain(token);
	});

	test('with Continue On Fail, error items do not carry it either', async () => {
		const { items } = await env.run({
			parameters: wallet,
			credentials: { apiToken: token },
			continueOnFail: true,
		});
		expect(items[0].json.error).toBe('InboxKit did not accept the API token');
		expect(JSON.stringify(items)).not.toContain(token);
	});
});
