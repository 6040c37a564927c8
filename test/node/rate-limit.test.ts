import type { INodeParameters, NodeApiError } from 'n8n-workflow';

import { isRetryable } from '../../nodes/InboxKit/operation';
import { RESOURCES } from '../../nodes/InboxKit/resources';
import { runInboxKit } from '../support/n8n';
import { json, startServer, type TestServer } from '../support/hostile';
import { useSandbox } from '../support/sandbox';

/**
 * A 429 is InboxKit saying when to come back. Reads wait for it (honouring Retry-After, in
 * seconds or as a date) within a budget per request, instead of counting 429s against "Max
 * Tries for Reads"; a wait longer than the budget fails at once, saying when to retry. Writes
 * are still sent once.
 */
const env = useSandbox();
const WALLET = 'GET /billing/wallet';
const wallet = { resource: 'billing', operation: 'getWallet' };
const busy = (retryAfter: string) => ({
	status: 429,
	headers: { 'Retry-After': retryAfter },
	body: { error: true, message: 'Too many requests' },
});

/** A small seeded generator: the same 429 pattern on every run. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('1,000 reads while InboxKit answers 20% of requests with 429, Retry-After: 0', () => {
	let server: TestServer;
	let limited = 0;
	let longestRun = 0;
	beforeAll(async () => {
		const random = seeded(20);
		let run = 0;
		server = await startServer((_request, res) => {
			if (random() < 0.2) {
				limited++;
				longestRun = Math.max(longestRun, ++run);
				return json(
					res,
					429,
					{ error: true, message: 'Too many requests' },
					{ 'Retry-After': '0' },
				);
			}
			run = 0;
			json(res, 200, { error: false, message: 'Wallet Details', credits_remaining: 380 });
		});
	});
	afterAll(async () => await server.close());

	test('all succeed with the default settings', async () => {
		const { items, error } = await runInboxKit({
			parameters: wallet,
			items: Array.from({ length: 1000 }, (_, n) => ({ n })),
			credentials: { apiToken: 'tok_rate_limit', baseUrl: server.url },
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1000);
		expect(items.every((item) => item.json.credits_remaining === 380)).toBe(true);
		expect(server.requests).toHaveLength(1000 + limited);
		// Some item met more 429s in a row than the default 3 tries: counting them would fail it.
		expect(longestRun).toBeGreaterThanOrEqual(3);
	});
});

describe('a read waits out 429s without spending "Max Tries for Reads"', () => {
	test('three 429s, then success, with Max Tries 1', async () => {
		env.sandbox.fault(WALLET, busy('0'), busy('0'), busy('0'));
		const { error, items } = await env.run({
			parameters: { ...wallet, requestOptions: { maxTries: 1 } },
		});
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ credits_remaining: 380 });
		expect(env.sandbox.calls(WALLET)).toHaveLength(4);
	});

	test('but not without end: after 20 429s it gives up, saying so', async () => {
		env.sandbox.fault(WALLET, ...Array.from({ length: 30 }, () => busy('0')));
		const { error } = await env.run({ parameters: wallet });
		expect(error).toMatchObject({ httpCode: '429', message: 'InboxKit: Too many requests' });
		expect((error as NodeApiError).description).toMatch(
			/InboxKit answered 429 \(rate limit\) 21 times/,
		);
		expect(env.sandbox.calls(WALLET)).toHaveLength(21);
	});
});

describe('Retry-After longer than the node waits: it fails at once, saying when to retry', () => {
	test('Retry-After: 3600 (seconds)', async () => {
		env.sandbox.fault(WALLET, busy('3600'));
		const { error } = await env.run({ parameters: wallet });
		expect(error).toMatchObject({ httpCode: '429', message: 'InboxKit: Too many requests' });
		const { description } = error as NodeApiError;
		expect(description).toMatch(/InboxKit asks to wait 3600 seconds/);
		expect(description).toMatch(/longer than the 60 seconds the node waits/);
		expect(description).toMatch(/Run it again after \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/);
		expect(env.sandbox.calls(WALLET)).toHaveLength(1);
	});

	test('a Retry-After too large to be a date still gives that error', async () => {
		env.sandbox.fault(WALLET, busy('1e20'));
		const { error } = await env.run({ parameters: wallet });
		expect(error).toMatchObject({ httpCode: '429', message: 'InboxKit: Too many requests' });
		expect((error as NodeApiError).description).toMatch(/Run it again after a date too far/);
	});

	test('Retry-After as an HTTP date an hour from now', async () => {
		const inAnHour = new Date(Date.now() + 3_600_000);
		env.sandbox.fault(WALLET, busy(inAnHour.toUTCString()));
		const { error } = await env.run({ parameters: wallet });
		expect((error as NodeApiError).description).toMatch(/InboxKit asks to wait 3\d{3} seconds/);
		expect((error as NodeApiError).description).toContain(
			`Run it again after ${inAnHour.toISOString().slice(0, 17)}`,
		);
		expect(env.sandbox.calls(WALLET)).toHaveLength(1);
	});
});

test('Retry-After as an HTTP date is honoured: the retry does not come before it', async () => {
	// HTTP dates have whole seconds: the next whole second after at least one from now.
	const at = new Date(Math.ceil((Date.now() + 1000) / 1000) * 1000);
	env.sandbox.fault(WALLET, busy(at.toUTCString()));
	const { error } = await env.run({ parameters: wallet });
	expect(error).toBeUndefined();
	const [, retry] = env.sandbox.calls(WALLET);
	expect(retry.receivedAt).toBeGreaterThanOrEqual(at.getTime());
});

describe('reads sent as POST are retried on 429 and 503 like GETs', () => {
	const reads: Array<[string, string, INodeParameters]> = [
		[
			'Domain > Get Many',
			'POST /domains/list',
			{ resource: 'domain', operation: 'getMany', returnAll: true },
		],
		[
			'Domain > Search',
			'POST /domains/search',
			{ resource: 'domain', operation: 'search', keyword: 'nova' },
		],
		[
			'Domain > Check Propagation',
			'POST /domains/nameservers/check-propagation',
			{ resource: 'domain', operation: 'checkPropagation', domains: 'getacme.org' },
		],
		[
			'Mailbox > Get Many',
			'POST /mailboxes/list',
			{ resource: 'mailbox', operation: 'getMany', returnAll: true },
		],
		[
			'DNS > Verify',
			'POST /dns/verify',
			{ resource: 'dns', operation: 'verify', domains: 'acme-mail.com' },
		],
		[
			'Domain > Check Workspace Availability',
			'POST /domains/check-workspace-availability',
			{ resource: 'domain', operation: 'checkWorkspaceAvailability', domains: 'getacme.org' },
		],
		[
			'Mailbox > Check Status',
			'POST /mailboxes/status',
			{ resource: 'mailbox', operation: 'checkStatus', returnAll: true, mailboxIds: 'mbx_jane01' },
		],
		[
			'Sequencer > Get Many',
			'POST /sequencers/list',
			{ resource: 'sequencer', operation: 'getMany', returnAll: true },
		],
		[
			'Sequencer > Get Export Status',
			'POST /sequencers/export/status',
			{ resource: 'sequencer', operation: 'getExportStatus', returnAll: true },
		],
		[
			'Warmup > Get Many',
			'POST /warmup/list',
			{ resource: 'warmup', operation: 'getMany', returnAll: true },
		],
	];
	test('the list holds every read the node sends as POST, other routes than the wallet', () => {
		const postReads = RESOURCES.flatMap((resource) =>
			resource.operations
				.filter((operation) => operation.method === 'POST' && isRetryable(operation))
				.map((operation) => `POST ${operation.path}`),
		);
		expect(reads.map(([, key]) => key).sort()).toEqual([...new Set(postReads)].sort());
	});
	test.each(reads)('%s', async (_title, key, parameters) => {
		env.sandbox.fault(key, busy('0'), { status: 503, headers: { 'Retry-After': '0' } });
		const { error, items } = await env.run({ parameters });
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		expect(env.sandbox.calls(key)).toHaveLength(3);
	});
});

test('a write answered 429 is still sent once', async () => {
	env.sandbox.fault('POST /billing/wallet/add', busy('0'));
	const { error } = await env.run({
		parameters: { resource: 'billing', operation: 'addCredits', credits: 10 },
	});
	expect(error).toMatchObject({ httpCode: '429' });
	expect((error as NodeApiError).description).toMatch(/nothing was changed/);
	expect(env.sandbox.calls('POST /billing/wallet/add')).toHaveLength(1);
});
