// First: it turns n8n's logging up before the harness builds n8n's logger.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { capturedLogs } = require('../support/verbose-n8n-logs') as {
	capturedLogs: { text: () => string; clear: () => void };
};

import type { NodeApiError } from 'n8n-workflow';

import { runInboxKit, type RunResult } from '../support/n8n';
import { findSecrets, startServer, type TestServer } from '../support/hostile';

/**
 * A server that echoes the request back in its error answers (validation messages quoting the
 * value, a body listing the request headers, an HTML debug page) must not get the token, a
 * mailbox password or a sequencer API key into the error, its causes, Continue On Fail items,
 * n8n's log or the stored execution. Every object is walked to the end, not serialised.
 */
const token = ['tok', 'ECHO', '9f8e7d6c5b4a'].join('_');
// Quotes, slashes, &, <, >, + and a space: the JSON-, URL- and HTML-escaped forms all differ.
const password = ['Pa"ss/w', 'rd&<Echo>+42 x'].join('');
const apiKey = ['sk-echo/key+with', '=chars&1'].join('');
const sequencerPassword = ['Seq', 'Pass"word!77'].join('_');

const htmlEscaped = (s: string) =>
	s
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
/** Each secret as the server may write it: as is or inside JSON, then URL-encoded or HTML-escaped. */
const forms = (s: string) =>
	[s, JSON.stringify(s).slice(1, -1)].flatMap((form) => [
		form,
		encodeURIComponent(form),
		new URLSearchParams({ s: form }).toString().slice(2),
		htmlEscaped(form),
	]);
const secrets = [token, password, apiKey, sequencerPassword].flatMap(forms);

type Echo = (request: { headers: object; body: string; url: string }) => {
	status: number;
	contentType: string;
	text: string;
};

const echoes: Array<[string, Echo]> = [
	[
		'a 422 quoting the values and listing the request',
		({ headers, body, url }) => ({
			status: 422,
			contentType: 'application/json',
			text: JSON.stringify({
				error: true,
				message: `Invalid request ${body} with ${JSON.stringify(headers)}`,
				errors: [
					{ message: `authorization was ${(headers as { authorization?: string }).authorization}` },
				],
				request: { url, headers, body },
			}),
		}),
	],
	[
		'an HTML debug page (500)',
		({ headers, body, url }) => ({
			status: 500,
			contentType: 'text/html',
			text: `<pre>${(headers as { authorization?: string }).authorization} ${body}</pre><pre>${htmlEscaped(body)} ${htmlEscaped(JSON.stringify(headers))}</pre><a href="${url}?b=${encodeURIComponent(body)}">again</a>`,
		}),
	],
	[
		'"error": true in a 200, quoting the URL-encoded body',
		({ headers, body }) => ({
			status: 200,
			contentType: 'application/json',
			text: JSON.stringify({
				error: true,
				message: `Rejected ${encodeURIComponent(body)} ${htmlEscaped(body)} from ${JSON.stringify(headers)}`,
			}),
		}),
	],
];

let server: TestServer;
let echo: Echo;
beforeAll(async () => {
	server = await startServer((request, res) => {
		const answer = echo(request);
		res.writeHead(answer.status, { 'Content-Type': answer.contentType });
		res.end(answer.text);
	});
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.requests.length = 0;
	capturedLogs.clear();
});

const operations: Array<[string, object]> = [
	['Billing > Get Wallet (the token)', { resource: 'billing', operation: 'getWallet' }],
	[
		'Mailbox > Change Password',
		{
			resource: 'mailbox',
			operation: 'changePassword',
			mailboxId: 'mbx_jane01',
			newPassword: password,
		},
	],
	[
		'Sequencer > Add',
		{
			resource: 'sequencer',
			operation: 'add',
			name: 'Smartlead',
			platform: 'smartlead',
			connection: { api_key: apiKey, sequencer_password: sequencerPassword },
		},
	],
	[
		'Cloudflare > Connect Domains',
		{
			resource: 'cloudflare',
			operation: 'connect',
			cloudflareApiToken: apiKey,
			domains: 'acme-cloud.net',
		},
	],
	[
		'Sequencer > Update',
		{
			resource: 'sequencer',
			operation: 'update',
			sequencerId: 'seq_inst02',
			updateFields: { api_key: apiKey },
		},
	],
];

async function run(parameters: object, continueOnFail = false): Promise<RunResult> {
	return await runInboxKit({
		parameters: { ...parameters, requestOptions: { maxTries: 1 } } as never,
		credentials: { apiToken: token, baseUrl: server.url, workspaceId: 'ws_main01' },
		continueOnFail,
	});
}

describe.each(echoes)('%s', (_title, answer) => {
	test.each(operations)(
		'%s: no secret in the error, the execution or the log',
		async (_op, parameters) => {
			echo = answer;
			const { error, run: stored } = await run(parameters);
			expect(error).toBeDefined();
			// The server did receive the secrets, so it had them to echo.
			const sent = JSON.stringify(server.requests);
			expect(sent).toContain(JSON.stringify(token).slice(1, -1));
			expect(findSecrets(error, secrets)).toEqual([]);
			expect(findSecrets(stored.data.resultData, secrets)).toEqual([]);
			// n8n did log the failure, so the search below had something to search.
			expect(capturedLogs.text()).toContain(JSON.stringify(error!.message).slice(1, -1));
			expect(findSecrets(capturedLogs.text(), secrets)).toEqual([]);
		},
	);

	test.each(operations)('%s: no secret in Continue On Fail items', async (_op, parameters) => {
		echo = answer;
		const { items, error } = await run(parameters, true);
		expect(error).toBeUndefined();
		expect(items[0].json.error).toEqual(expect.any(String));
		expect(findSecrets(items, secrets)).toEqual([]);
	});
});

test("InboxKit's message stays readable, with the secret replaced", async () => {
	echo = () => ({
		status: 422,
		contentType: 'application/json',
		text: JSON.stringify({ error: true, message: `password "${password}" is too weak` }),
	});
	const { error } = await run(operations[1][1]);
	expect(error?.message).toBe('InboxKit: password "__hidden__" is too weak');
	expect((error as NodeApiError).httpCode).toBe('422');
});

describe('a broken connection: the n8n error that carries the request is not passed on', () => {
	test('reset', async () => {
		const resetting = await startServer((_request, res) => {
			res.socket?.destroy();
		});
		try {
			const { error, run: stored } = await runInboxKit({
				parameters: {
					resource: 'billing',
					operation: 'getWallet',
					requestOptions: { maxTries: 1 },
				},
				credentials: { apiToken: token, baseUrl: resetting.url },
			});
			expect(error?.message).toMatch(/was reset before InboxKit answered/);
			expect(findSecrets(error, [token])).toEqual([]);
			expect(findSecrets(stored.data.resultData, [token])).toEqual([]);
		} finally {
			await resetting.close();
		}
	});

	test('refused', async () => {
		const { error } = await runInboxKit({
			parameters: { resource: 'billing', operation: 'getWallet', requestOptions: { maxTries: 1 } },
			credentials: { apiToken: token, baseUrl: 'http://127.0.0.1:9' },
		});
		expect(error?.message).toMatch(/connection was refused/);
		expect(findSecrets(error, [token])).toEqual([]);
	});
});

describe("InboxKit's message is capped in errors", () => {
	const huge = 'x'.repeat(5_000_000);
	test.each([
		['as its message', { error: true, message: `Bad ${huge}` }],
		['as a list of errors', { error: true, message: 'Bad', errors: [huge, huge] }],
	])('%s', async (_title, body) => {
		echo = () => ({ status: 400, contentType: 'application/json', text: JSON.stringify(body) });
		const { error, run: stored } = await run({ resource: 'billing', operation: 'getWallet' });
		expect(error?.message.length).toBeLessThanOrEqual(320);
		expect(error?.message).toMatch(/^InboxKit: Bad.*xxx…$/);
		expect(JSON.stringify(stored.data.resultData).length).toBeLessThan(20_000);
		expect(capturedLogs.text().length).toBeLessThan(100_000);
	});

	test('an HTML page is quoted only at its start', async () => {
		echo = () => ({ status: 502, contentType: 'text/html', text: `<html>${huge}</html>` });
		const { error, run: stored } = await run({ resource: 'billing', operation: 'getWallet' });
		expect(error?.message).toBe(
			'InboxKit answered HTTP 502 with a body that is not JSON (text/html)',
		);
		expect(JSON.stringify(stored.data.resultData).length).toBeLessThan(20_000);
	});
});
