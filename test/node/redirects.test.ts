import type { NodeApiError } from 'n8n-workflow';

import { runInboxKit, testCredential } from '../support/n8n';
import { json, startServer, type TestServer } from '../support/hostile';

/**
 * InboxKit's API never redirects. A redirect from the Base URL (a hijacked DNS name, a proxy,
 * a typo'd host that forwards) must not take the token, nor a purchase, anywhere else.
 */
const token = ['tok', 'redirect', 'never', 'leaves'].join('_');
let elsewhere: TestServer;
let base: TestServer;
let answer: { status: number; location: (path: string) => string | undefined };

beforeAll(async () => {
	// Where the redirects point: it must never hear from the node.
	elsewhere = await startServer((request, res) =>
		json(res, 200, { error: false, message: 'Credits added', credits_remaining: 999 }),
	);
	base = await startServer((request, res) => {
		const location = answer.location(request.url);
		res.writeHead(answer.status, location === undefined ? {} : { Location: location });
		res.end();
	});
});
afterAll(async () => {
	await base.close();
	await elsewhere.close();
});
beforeEach(() => {
	base.requests.length = 0;
	elsewhere.requests.length = 0;
});

const wallet = { resource: 'billing', operation: 'getWallet' };
const addCredits = { resource: 'billing', operation: 'addCredits', credits: 10 };

async function run(parameters: object) {
	return await runInboxKit({
		parameters: parameters as never,
		credentials: { apiToken: token, baseUrl: base.url },
	});
}

describe.each([301, 302, 303, 307, 308])('a %i from the Base URL to another host', (status) => {
	beforeEach(() => {
		answer = { status, location: (path) => `${elsewhere.url}${path}` };
	});

	test('a read is not followed: the error names the status and where it pointed', async () => {
		const { error, items } = await run(wallet);
		expect(items).toHaveLength(0);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			`InboxKit answered HTTP ${status}, a redirect to ${elsewhere.host}, which was not followed`,
		);
		expect((error as NodeApiError).description).toMatch(/InboxKit's API never redirects/);
		expect((error as NodeApiError).description).toMatch(/"Base URL"/);
		expect(elsewhere.requests).toHaveLength(0);
		expect(base.requests).toHaveLength(1);
	});

	test('Add Credits is sent once, to the Base URL only, and the error says it may have gone through', async () => {
		const { error } = await run(addCredits);
		expect(error?.message).toBe(
			`InboxKit answered HTTP ${status}, a redirect to ${elsewhere.host}, which was not followed`,
		);
		// A 303 after a POST is the standard "done, see there": the node cannot know it was not.
		expect((error as NodeApiError).description).toMatch(
			/sent once and not retried, because it changes data\. It may have gone through: check in InboxKit before running it again/,
		);
		expect(base.requests.map((r) => [r.method, r.url])).toEqual([
			['POST', '/v1/api/billing/wallet/add'],
		]);
		expect(elsewhere.requests).toHaveLength(0);
	});
});

test('a redirect loop sends Add Credits once, not 22 times', async () => {
	answer = { status: 307, location: (path) => `${base.url}${path}` };
	const { error } = await run(addCredits);
	expect(error?.message).toBe(
		`InboxKit answered HTTP 307, a redirect to ${base.host}, which was not followed`,
	);
	expect(base.requests).toHaveLength(1);
});

test('a redirect without a Location says so', async () => {
	answer = { status: 302, location: () => undefined };
	const { error } = await run(wallet);
	expect(error?.message).toBe(
		'InboxKit answered HTTP 302, a redirect without a Location, which was not followed',
	);
	expect(base.requests).toHaveLength(1);
});

test('the credential Test button does not follow a redirect either', async () => {
	answer = { status: 302, location: (path) => `${elsewhere.url}${path}` };
	const result = await testCredential({ apiToken: token, baseUrl: base.url });
	expect(result).toEqual({
		status: 'Error',
		message:
			"The Base URL answered with a redirect (HTTP 302), which is not followed: InboxKit's API never redirects. Check the Base URL (normally https://api.inboxkit.com).",
	});
	expect(base.requests.map((r) => r.url)).toEqual(['/v1/api/account']);
	expect(elsewhere.requests).toHaveLength(0);
});
