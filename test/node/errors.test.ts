import type { NodeApiError } from 'n8n-workflow';
import { request } from 'undici';

import { testCredential } from '../support/n8n';
import { useSandbox } from '../support/sandbox';

/** What a user sees when the token, an ID or InboxKit itself is wrong. */
const env = useSandbox();

const wallet = { resource: 'billing', operation: 'getWallet' };

describe('the credential "Test" button', () => {
	test('succeeds with the right token, calling GET /account with it', async () => {
		const result = await testCredential({
			apiToken: env.sandbox.token,
			baseUrl: `${env.sandbox.url}/`,
		});
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(env.sandbox.requests.map((r) => [r.method, r.path, r.headers.authorization])).toEqual([
			['GET', '/account', `Bearer ${env.sandbox.token}`],
		]);
	});

	test('fails with a wrong token, saying InboxKit rejected it', async () => {
		const result = await testCredential({ apiToken: 'expired-token', baseUrl: env.sandbox.url });
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/InboxKit rejected the API token \(401 Unauthorized\)/);
		expect(result.message).not.toContain('expired-token');
	});
});

describe("API errors become NodeApiError with the status and InboxKit's message", () => {
	test('401: a bad token, said in words; InboxKit\'s own text ("jwt malformed") in the description', async () => {
		const { error } = await env.run({
			parameters: wallet,
			credentials: { apiToken: 'wrong-token-456' },
		});
		expect(error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '401',
			message: 'InboxKit did not accept the API token',
		});
		expect((error as NodeApiError).description).toMatch(
			/^InboxKit said: "jwt malformed"\. GET \/billing\/wallet answered 401\. Check the API token/,
		);
		expect(JSON.stringify(error)).not.toContain('wrong-token-456');
	});

	test('404: an unknown workspace uid', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'workspace',
				operation: 'get',
				workspaceUid: { __rl: true, mode: 'id', value: 'ws_missing' },
			},
		});
		expect(error).toMatchObject({ httpCode: '404', message: 'InboxKit: Workspace not found' });
	});

	test("400/422: InboxKit's validation message", async () => {
		env.sandbox.fault('POST /workspaces/create', {
			status: 422,
			body: { error: true, message: 'name must be unique' },
		});
		const { error } = await env.run({
			parameters: { resource: 'workspace', operation: 'create', name: 'Main' },
		});
		expect(error).toMatchObject({ httpCode: '422', message: 'InboxKit: name must be unique' });
	});

	test('500: a server failure on a write says it was sent once and may have arrived', async () => {
		env.sandbox.fault('POST /workspaces/create', {
			status: 500,
			body: { error: true, message: 'Internal server error' },
		});
		const { error } = await env.run({
			parameters: { resource: 'workspace', operation: 'create', name: 'X' },
		});
		expect(error).toMatchObject({ httpCode: '500', message: 'InboxKit: Internal server error' });
		expect((error as NodeApiError).description).toMatch(
			/sent once and not retried.*may have gone through/,
		);
		expect(env.sandbox.calls('POST /workspaces/create')).toHaveLength(1);
	});

	test('HTTP 200 with "error": true is a failure too', async () => {
		env.sandbox.fault('GET /billing/wallet', {
			status: 200,
			body: { error: true, message: 'Wallet is locked' },
		});
		const { error, items } = await env.run({ parameters: wallet });
		expect(items).toHaveLength(0);
		expect(error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '200',
			message: 'InboxKit: Wallet is locked',
		});
	});

	test("an unknown route answers InboxKit's gateway 404 shape", async () => {
		// A Base URL with a path the API does not have: the call lands on a route that does not exist.
		const { error, items } = await env.run({
			parameters: wallet,
			credentials: { baseUrl: `${env.sandbox.url}/gateway` },
		});
		expect(env.sandbox.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', '/gateway/v1/api/billing/wallet'],
		]);
		expect(items).toHaveLength(0);
		expect(error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '404',
			message: 'InboxKit: Not found',
		});
		expect((error as NodeApiError).description).toBe(
			'GET /billing/wallet answered 404. InboxKit does not know this ID or route. Check the ID or the workspace it belongs to.',
		);

		// What that route answers: the gateway's shape, which has no `error` field (unlike a
		// known route's refusal), for a path under /v1/api as well.
		for (const path of ['/gateway/v1/api/billing/wallet', '/v1/api/billing/wallets']) {
			const answer = await request(`${env.sandbox.url}${path}`, {
				headers: { authorization: `Bearer ${env.sandbox.token}` },
			});
			expect(answer.statusCode).toBe(404);
			expect(await answer.body.json()).toStrictEqual({ code: 404, message: 'Not found' });
		}
	});
});

describe('a route InboxKit does not know', () => {
	const totp = { resource: 'mailbox', operation: 'generateTotp', mailboxId: 'mbx_jane01' };

	test('on an operation whose path is inferred from the docs index, says so and how to go on', async () => {
		env.sandbox.hide('GET /mailboxes/totp');
		const { error } = await env.run({ parameters: totp });
		expect(error).toMatchObject({
			name: 'NodeApiError',
			httpCode: '404',
			message:
				"InboxKit does not know the route GET /mailboxes/totp: this operation's path is inferred from InboxKit's docs index and may be out of date",
		});
		expect((error as NodeApiError).description).toBe(
			'Send the request with n8n\'s HTTP Request node instead: Authentication "Predefined Credential Type", Credential Type "InboxKit API", and the path from InboxKit\'s docs (https://docs.inboxkit.com/).',
		);
		expect(env.sandbox.calls('GET /mailboxes/totp')).toHaveLength(1);
	});

	test("InboxKit's own 404 on the same operation stays a plain not-found: a wrong ID, not a wrong route", async () => {
		const { error } = await env.run({ parameters: { ...totp, mailboxId: 'mbx_gone99' } });
		expect(error).toMatchObject({ httpCode: '404', message: 'InboxKit: Mailbox not found' });
		expect((error as NodeApiError).description).toMatch(/Check the ID/);
	});

	test('on an operation whose path a public client shows, stays the gateway message', async () => {
		env.sandbox.hide('GET /billing/wallet');
		const { error } = await env.run({ parameters: wallet });
		expect(error).toMatchObject({ httpCode: '404', message: 'InboxKit: Not found' });
	});
});

describe('"Custom API Call", which n8n adds to the dropdowns, says to use the HTTP Request node', () => {
	test.each([
		['as the operation', { resource: 'mailbox', operation: '__CUSTOM_API_CALL__' }],
		['as the resource', { resource: '__CUSTOM_API_CALL__' }],
	])('%s', async (_title, parameters) => {
		const { error } = await env.run({ parameters });
		expect(error).toMatchObject({
			name: 'NodeOperationError',
			message:
				'"Custom API Call" is made with n8n\'s HTTP Request node, not with the InboxKit node',
		});
		expect((error as NodeApiError).description).toMatch(
			/HTTP Request node, set Authentication to "Predefined Credential Type" and Credential Type to "InboxKit API"/,
		);
		expect(env.sandbox.requests).toHaveLength(0);
	});
});

describe('Continue On Fail', () => {
	test('gives one error item per failed input, paired to it, and the others go on', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'workspace',
				operation: 'get',
				workspaceUid: { __rl: true, mode: 'id', value: '={{ $json.uid }}' },
			},
			items: [{ uid: 'ws_main01' }, { uid: 'ws_nope' }, { uid: 'ws_agency2' }, { uid: 'bad id!' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(4);
		expect(items.map((i) => i.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
			{ item: 3 },
		]);
		expect(items[0].json).toMatchObject({ uid: 'ws_main01' });
		expect(items[1].json).toMatchObject({
			error: 'InboxKit: Workspace not found',
			httpCode: '404',
		});
		expect(items[2].json).toMatchObject({ uid: 'ws_agency2' });
		expect(items[3].json.error).toBe(
			'The "Workspace" field holds "bad id!", which is not an InboxKit ID',
		);
		// The bad ID was caught before any request: three calls, not four.
		expect(env.sandbox.calls('GET /workspaces/details')).toHaveLength(3);
	});

	test('without it, the first failure stops the node and names the item', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'workspace',
				operation: 'get',
				workspaceUid: { __rl: true, mode: 'id', value: '={{ $json.uid }}' },
				// One at a time, so that the items after the failure are visibly not sent.
				requestOptions: { parallelRequests: 1 },
			},
			items: [{ uid: 'ws_main01' }, { uid: 'ws_nope' }, { uid: 'ws_agency2' }],
		});
		expect(error).toMatchObject({
			message: 'InboxKit: Workspace not found',
			context: { itemIndex: 1 },
		});
		expect(env.sandbox.calls('GET /workspaces/details')).toHaveLength(2);
	});

	test('reads in parallel still name the first failed item in input order', async () => {
		// Item 2 answers last but fails first in input order; item 3 fails too.
		env.sandbox.fault('GET /workspaces/details', { delayMs: 0 }, { delayMs: 150 });
		const { error } = await env.run({
			parameters: {
				resource: 'workspace',
				operation: 'get',
				workspaceUid: { __rl: true, mode: 'id', value: '={{ $json.uid }}' },
			},
			items: [{ uid: 'ws_main01' }, { uid: 'ws_nope' }, { uid: 'ws_gone' }],
		});
		expect(error).toMatchObject({
			message: 'InboxKit: Workspace not found',
			context: { itemIndex: 1 },
		});
	});
});
