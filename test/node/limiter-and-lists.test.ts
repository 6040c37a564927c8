/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the test presses Stop a moment after an answer, and counts timer ticks meanwhile */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runInboxKit, searchList } from '../support/n8n';
import { json, startServer, type Handler, type TestServer } from '../support/hostile';

/**
 * The limiter and the pickers against a server that says odd things: rate headers in other
 * units or not numbers, 429s without end, Stop pressed while calls wait their turn, and lists
 * holding nulls, records without uid or the same record twice. All through n8n-core's engine.
 */
let server: TestServer;
let answer: Handler = (_request, res) => json(res, 200, { error: false });
beforeAll(async () => {
	server = await startServer((request, res, count) => answer(request, res, count));
});
beforeEach(() => {
	server.requests.length = 0;
});
afterAll(async () => await server.close());

const credentials = () => ({
	apiToken: 'tok_limiter_lists',
	baseUrl: server.url,
	workspaceId: 'ws_main01',
});

const wallet = (extra: IDataObject = {}): INodeParameters => ({
	resource: 'billing',
	operation: 'getWallet',
	requestOptions: { parallelRequests: 1 },
	...extra,
});
const WALLET = { error: false, credits_remaining: 380 };

async function run(
	parameters: INodeParameters,
	items: IDataObject[],
	extra: { continueOnFail?: boolean; whileRunning?: (e: { cancel: () => void }) => void } = {},
) {
	const started = Date.now();
	const result = await runInboxKit({ parameters, items, credentials: credentials(), ...extra });
	return { ...result, tookMs: Date.now() - started };
}

describe('X-RateLimit-Remaining and -Reset', () => {
	// These tests bound how long a run takes only to tell "no pause" or "a short pause" from the
	// minute-long pauses of the faults (and the jest timeout of 30 s): not speed targets.
	test('a reset given in epoch milliseconds is read as such: a pause of about a second, not a minute', async () => {
		answer = (_request, res, count) =>
			json(
				res,
				200,
				WALLET,
				count === 1
					? { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(Date.now() + 1000) }
					: {},
			);
		const { items, error, tookMs } = await run(wallet(), [{}, {}, {}]);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(tookMs).toBeGreaterThanOrEqual(800);
		expect(tookMs).toBeLessThan(15_000);
	});

	test('"X-RateLimit-Remaining: unknown" is not a number of requests left: no pause', async () => {
		answer = (_request, res) =>
			json(res, 200, WALLET, { 'X-RateLimit-Remaining': 'unknown', 'X-RateLimit-Reset': '30' });
		const { items, error, tookMs } = await run(wallet(), [{}, {}, {}]);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(3);
		expect(tookMs).toBeLessThan(15_000);
	});

	test('Stop while calls wait for the reset ends the run at once, and nothing more is sent', async () => {
		let cancel = () => {};
		answer = (_request, res) => {
			json(res, 200, WALLET, { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': '50' });
			setTimeout(() => cancel(), 200);
		};
		// While the run is stopping, n8n must stay responsive: a timer set for 50 ms fires on time.
		let ticks = 0;
		const ticker = setInterval(() => ticks++, 50);
		const { tookMs } = await run(wallet(), [{}, {}, {}], {
			whileRunning: (execution) => (cancel = execution.cancel),
		});
		clearInterval(ticker);
		expect(server.requests).toHaveLength(1);
		// A busy wait would hold the thread until the reset, 50 s on, with no timer firing.
		expect(tookMs).toBeLessThan(15_000);
		expect(ticks).toBeGreaterThan(0);
	});
});

describe('a 429 storm', () => {
	test('100 items, every answer 429 (Retry-After: 0), Continue On Fail: the node stops asking', async () => {
		answer = (_request, res) =>
			json(res, 429, { error: true, message: 'Too many requests' }, { 'Retry-After': '0' });
		const items = Array.from({ length: 100 }, () => ({}));
		const { items: output, error } = await run(
			wallet({ requestOptions: { parallelRequests: 5 } }),
			items,
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		// Before: 21 requests per item, 2,100 in all.
		expect(server.requests.length).toBeLessThanOrEqual(55);
		expect(output.map((item) => item.pairedItem)).toEqual(items.map((_, item) => ({ item })));
		expect(output.every((item) => typeof item.json.error === 'string')).toBe(true);
		expect(output[99].json).toEqual({
			error:
				'InboxKit answered the last 50 requests with 429 (rate limit), so the node stopped asking',
			description:
				'GET /billing/wallet was not sent. Run the workflow again in a few minutes, or lower how often it runs or how many items it handles at once.',
			httpCode: '429',
		});
	});
});

describe('pickers and lookups on lists holding nulls, uid-less or repeated records', () => {
	const mailbox = {
		uid: 'mbx_sam03',
		username: 'sam.poe',
		domain_name: 'acmeoutreach.net',
		status: 'active',
	};

	test.each([
		[
			'Mailbox picker passes over a null in the list',
			'searchMailboxes',
			{ mailboxes: [null, mailbox, 'x'], pages: 1 },
			{ name: 'sam.poe@acmeoutreach.net', value: 'mbx_sam03' },
		],
		[
			'Plan picker passes over a null in the list',
			'searchPlans',
			{ plans: [null, { uid: 'plan_pro', name: 'Pro', pricing: 49, cycle: 'month' }] },
			{ name: 'Pro (49 / month)', value: 'plan_pro' },
		],
		[
			'Workspace picker offers no workspace without a uid (no "undefined" value)',
			'searchWorkspaces',
			{ workspaces: [{ name: 'No uid' }, null, { uid: 'ws_main01', name: 'Main' }] },
			{ name: 'Main', value: 'ws_main01' },
		],
	])('the %s', async (_title, method, list, offered) => {
		answer = (_request, res) => json(res, 200, { error: false, ...list });
		const { results } = await searchList(method, credentials());
		expect(results).toEqual([offered]);
	});

	const byEmail: INodeParameters = {
		resource: 'mailbox',
		operation: 'get',
		mailboxId: { __rl: true, mode: 'email', value: 'sam.poe@acmeoutreach.net' },
	};

	test('a By Email lookup whose page holds a null finds the mailbox', async () => {
		answer = (request, res) =>
			request.url.startsWith('/v1/api/mailboxes/list')
				? json(res, 200, { error: false, mailboxes: [null, mailbox], pages: 1 })
				: json(res, 200, { error: false, mailbox });
		const { error } = await run(byEmail, [{}]);
		expect(error).toBeUndefined();
		expect(server.requests.map((r) => r.url)).toEqual([
			expect.stringMatching(/^\/v1\/api\/mailboxes\/list/),
			'/v1/api/mailboxes/details?uid=mbx_sam03',
		]);
	});

	test('the same mailbox on two pages of a lookup is one match, not two', async () => {
		answer = (request, res) =>
			request.url.startsWith('/v1/api/mailboxes/list')
				? json(res, 200, { error: false, mailboxes: [mailbox], pages: 2 })
				: json(res, 200, { error: false, mailbox });
		const { error } = await run(byEmail, [{}]);
		expect(error).toBeUndefined();
		expect(server.requests.at(-1)?.url).toBe('/v1/api/mailboxes/details?uid=mbx_sam03');
	});
});
