/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the test server drips its answer with timers */
import type { NodeApiError } from 'n8n-workflow';

import { runInboxKit } from '../support/n8n';
import { startServer, type TestServer } from '../support/hostile';

/**
 * "Timeout (Seconds)" is a deadline for the whole answer, body included: a server that sends
 * its headers at once and then drips the body, a byte every 200 ms (so the connection is never
 * idle long enough for a socket timeout), must not hold the node for the minute the drip takes.
 * (The drip outlasts jest's 30 s test timeout: without the deadline the test fails on that.)
 */
const DRIP_SECONDS = 60;
const DRIP_EVERY_MS = 200;
let server: TestServer;
const drips = new Set<NodeJS.Timeout>();

beforeAll(async () => {
	server = await startServer((_request, res) => {
		res.writeHead(200, { 'Content-Type': 'application/json' });
		const body = `{"error": false, "message": "${'.'.repeat((DRIP_SECONDS * 1000) / DRIP_EVERY_MS)}"}`;
		let sent = 0;
		const drip = setInterval(() => {
			if (sent >= body.length || res.destroyed) {
				clearInterval(drip);
				drips.delete(drip);
				res.end();
			} else res.write(body[sent++]);
		}, DRIP_EVERY_MS);
		drips.add(drip);
	});
});
afterAll(async () => {
	for (const drip of drips) clearInterval(drip);
	await server.close();
});
beforeEach(() => {
	server.requests.length = 0;
});

async function run(parameters: object) {
	return await runInboxKit({
		parameters: parameters as never,
		credentials: { apiToken: 'tok_deadline_1', baseUrl: server.url },
	});
}

test('a read whose body trickles in times out at the deadline', async () => {
	const { error } = await run({
		resource: 'billing',
		operation: 'getWallet',
		requestOptions: { timeout: 1, maxTries: 1 },
	});
	expect(error?.message).toBe('InboxKit did not answer within 1 seconds (timed out)');
	expect(server.requests).toHaveLength(1);
});

test('a timed-out read is tried again, up to "Max Tries for Reads"', async () => {
	const { error } = await run({
		resource: 'billing',
		operation: 'getWallet',
		requestOptions: { timeout: 1, maxTries: 2 },
	});
	expect(error?.message).toBe('InboxKit did not answer within 1 seconds (timed out)');
	expect((error as NodeApiError).description).toBe(
		'GET /billing/wallet (ETIMEDOUT). Tried 2 times. Raise "Timeout" under Request Options if InboxKit is slow today.',
	);
	expect(server.requests).toHaveLength(2);
});

test('a write whose answer trickles in times out, sent once, and may have been carried out', async () => {
	const { error } = await run({
		resource: 'billing',
		operation: 'addCredits',
		credits: 10,
		requestOptions: { timeout: 1 },
	});
	expect(error?.message).toBe('InboxKit did not answer within 1 seconds (timed out)');
	expect((error as NodeApiError).description).toMatch(
		/sent once and not retried.*may have gone through/,
	);
	expect(server.requests.map((r) => [r.method, r.url])).toEqual([
		['POST', '/v1/api/billing/wallet/add'],
	]);
});
