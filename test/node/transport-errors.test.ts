/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the test server presses Stop a moment after answering */
import type { NodeApiError } from 'n8n-workflow';

import { runInboxKit, type RunResult } from '../support/n8n';
import { json, startServer, type Handler, type TestServer } from '../support/hostile';

/**
 * The exact errors a user reads when InboxKit (or what stands in front of it) answers badly:
 * InboxKit's own messages, redirects, bodies that are not JSON, broken connections and a
 * cancelled execution. Each test scripts one answer of a purpose-built server.
 */
let server: TestServer;
let answer: Handler;

beforeAll(async () => {
	server = await startServer((request, res, count) => answer(request, res, count));
});
afterAll(async () => server.close());
beforeEach(() => {
	server.requests.length = 0;
});

const read = { resource: 'billing', operation: 'getWallet' };
const write = { resource: 'workspace', operation: 'create', name: 'X' };
const once = ' It was sent once and not retried, because it changes data.';
const mayHaveArrived = `${once} It may have gone through: check in InboxKit before running it again, and do not retry it as it is, so nothing is bought or changed twice.`;

async function run(
	parameters: object,
	extra: { whileRunning?: (execution: { cancel: () => void }) => void } = {},
): Promise<RunResult & { message?: string; description?: string | null }> {
	const result = await runInboxKit({
		parameters: parameters as never,
		credentials: {
			apiToken: 'tok_transport_errors',
			baseUrl: server.url,
			workspaceId: 'ws_main01',
		},
		...extra,
	});
	return {
		...result,
		message: result.error?.message,
		description: (result.error as NodeApiError | undefined)?.description,
	};
}

describe("InboxKit's own message is what the error says", () => {
	test('a message with a list of errors: strings and objects with a message, in order', async () => {
		answer = (_request, res) =>
			json(res, 400, {
				error: true,
				message: 'Invalid request',
				errors: ['name is required', { field: 'domain', message: 'domain is taken' }, null, {}],
			});
		const { message, description, error } = await run(write);
		expect(message).toBe('InboxKit: Invalid request: name is required: domain is taken');
		// Turned away for its values: nothing to say about it having been sent once.
		expect(description).toBe(
			'POST /workspaces/create answered 400. InboxKit did not accept the values sent. Check the fields named in the message.',
		);
		expect(error).toMatchObject({ httpCode: '400' });
	});

	test('a list of errors without a message', async () => {
		answer = (_request, res) =>
			json(res, 422, { errors: ['name is required', 'name is too long'] });
		const { message } = await run(write);
		expect(message).toBe('InboxKit: name is required: name is too long');
	});

	test.each([
		['no message at all', { error: true }],
		['a list of errors none of which says anything', { error: true, errors: [{ field: 'name' }] }],
		['JSON null', null],
		['a JSON string', 'Bad request'],
	])('%s: the status stands in for the message', async (_title, body) => {
		answer = (_request, res) => json(res, 400, JSON.stringify(body));
		const { message, error } = await run(read);
		expect(message).toBe('InboxKit: HTTP 400');
		expect(error).toMatchObject({ httpCode: '400' });
	});

	test('a message longer than 300 characters is cut to 300, with an ellipsis', async () => {
		answer = (_request, res) => json(res, 400, { error: true, message: 'x'.repeat(400) });
		const { message } = await run(read);
		expect(message).toBe(`InboxKit: ${'x'.repeat(299)}…`);
	});
});

describe('what the description says after a status', () => {
	test('a 500 on a read: a problem on InboxKit’s side, nothing about sending once', async () => {
		answer = (_request, res) => json(res, 500, { error: true, message: 'Internal server error' });
		const { description } = await run(read);
		expect(description).toBe('GET /billing/wallet answered 500. InboxKit had a problem answering.');
		expect(server.requests).toHaveLength(1);
	});

	test('a 500 on a write: it may have been carried out', async () => {
		answer = (_request, res) => json(res, 500, { error: true, message: 'Internal server error' });
		const { description } = await run(write);
		expect(description).toBe(
			`POST /workspaces/create answered 500. InboxKit had a problem answering.${mayHaveArrived}`,
		);
	});

	test('a 429 on a write: turned away, so nothing was changed', async () => {
		answer = (_request, res) => json(res, 429, { error: true, message: 'Too many requests' });
		const { description } = await run(write);
		expect(description).toBe(
			`POST /workspaces/create answered 429. InboxKit's rate limit was reached. Wait a minute, or lower how often the workflow runs.${once} InboxKit turned it away, so nothing was changed: run it again later.`,
		);
		expect(server.requests).toHaveLength(1);
	});

	test('a gateway 404 without a code on an inferred route still carries HTTP code 404', async () => {
		answer = (_request, res) => json(res, 404, { message: 'Not found' });
		const { error } = await run({
			resource: 'mailbox',
			operation: 'generateTotp',
			mailboxId: 'mbx_jane01',
		});
		expect(error).toMatchObject({
			httpCode: '404',
			message:
				"InboxKit does not know the route GET /mailboxes/totp: this operation's path is inferred from InboxKit's docs index and may be out of date",
		});
	});
});

test('the request asks for JSON', async () => {
	answer = (_request, res) => json(res, 200, { error: false, wallet: {} });
	await run(read);
	expect(server.requests.map((r) => r.headers.accept)).toEqual(['application/json']);
});

test('after 20 answers of 429 on a read, the node stops asking and says so', async () => {
	answer = (_request, res) =>
		json(res, 429, { error: true, message: 'Too many requests' }, { 'Retry-After': '0' });
	const { message, description } = await run(read);
	expect(message).toBe('InboxKit: Too many requests');
	expect(description).toBe(
		'GET /billing/wallet answered 429. InboxKit answered 429 (rate limit) 21 times so the node stopped asking. Run it again later, or lower how often the workflow runs. Tried 21 times.',
	);
	expect(server.requests).toHaveLength(21);
});

describe('redirects', () => {
	const never = ` InboxKit's API never redirects, so the token and the request stay with the Base URL's host. Check the "Base URL" field of the InboxKit credential (normally https://api.inboxkit.com).`;

	test('to a Location that is not a URL', async () => {
		answer = (_request, res) => {
			res.writeHead(302, { Location: 'http://[::1' });
			res.end();
		};
		const { message, description } = await run(read);
		expect(message).toBe(
			'InboxKit answered HTTP 302, a redirect to an unreadable Location, which was not followed',
		);
		expect(description).toBe(`GET /billing/wallet.${never}`);
	});

	test.each([300, 399])('any 3xx is one, from 300 up to 399: %i', async (status) => {
		answer = (_request, res) => {
			res.writeHead(status, { Location: 'https://elsewhere.example/' });
			res.end();
		};
		const { message } = await run(read);
		expect(message).toBe(
			`InboxKit answered HTTP ${status}, a redirect to elsewhere.example, which was not followed`,
		);
	});

	test('a 299 with JSON is a success like any 2xx', async () => {
		answer = (_request, res) => json(res, 299, { balance: 7 });
		const { items, error } = await run(read);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ balance: 7 }]);
	});

	test('on a write, the description says it may have gone through', async () => {
		answer = (_request, res) => {
			res.writeHead(307, { Location: 'https://elsewhere.example/' });
			res.end();
		};
		const { message, description } = await run(write);
		expect(message).toBe(
			'InboxKit answered HTTP 307, a redirect to elsewhere.example, which was not followed',
		);
		expect(description).toBe(`POST /workspaces/create.${never}${mayHaveArrived}`);
	});
});

describe('answers that are not JSON', () => {
	const gateway = 'This usually means a gateway or outage in front of InboxKit.';

	test('without a content type', async () => {
		answer = (_request, res) => {
			res.writeHead(200);
			res.end('hello');
		};
		const { message, description } = await run(read);
		expect(message).toBe(
			'InboxKit answered HTTP 200 with a body that is not JSON (no content type)',
		);
		expect(description).toBe(`GET /billing/wallet. It began: "hello". ${gateway}`);
	});

	test('only white space counts as an empty body, and is not quoted', async () => {
		answer = (_request, res) => {
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(' \n\t \n');
		};
		const { message, description } = await run(read);
		expect(message).toBe('InboxKit answered HTTP 200 with an empty body');
		expect(description).toBe(`GET /billing/wallet. ${gateway}`);
	});

	test('the quote has its white space folded to single spaces', async () => {
		answer = (_request, res) => {
			res.writeHead(502, { 'Content-Type': 'text/html' });
			res.end('\n  <html>\n\t<body>502   Bad Gateway</body>\n</html>\n');
		};
		const { message, description } = await run({ ...read, requestOptions: { maxTries: 1 } });
		expect(message).toBe('InboxKit answered HTTP 502 with a body that is not JSON (text/html)');
		expect(description).toBe(
			`GET /billing/wallet. It began: "<html> <body>502 Bad Gateway</body> </html>". ${gateway}`,
		);
	});

	test('only the first 20,000 characters are read for the quote', async () => {
		answer = (_request, res) => {
			res.writeHead(200, { 'Content-Type': 'text/plain' });
			res.end(`${' '.repeat(20_000)}said after the limit`);
		};
		const { description } = await run(read);
		expect(description).toBe(`GET /billing/wallet. ${gateway}`);
	});

	test.each([
		[200, mayHaveArrived],
		[500, mayHaveArrived],
		[502, mayHaveArrived],
		// A 4xx is a refusal by whatever answered: the write was not carried out.
		[404, ''],
		[499, ''],
	])('on a write answered %i, whether it may have been carried out', async (status, note) => {
		answer = (_request, res) => {
			res.writeHead(status, { 'Content-Type': 'text/html' });
			res.end('<p>Oops</p>');
		};
		const { message, description } = await run(write);
		expect(message).toBe(
			`InboxKit answered HTTP ${status} with a body that is not JSON (text/html)`,
		);
		expect(description).toBe(`POST /workspaces/create. It began: "<p>Oops</p>". ${gateway}${note}`);
		expect(server.requests).toHaveLength(1);
	});
});

describe('connections that break', () => {
	test('reset on every try of a read: how often it tried', async () => {
		answer = (_request, res) => void res.socket?.destroy();
		const { message, description } = await run(read);
		expect(message).toBe(`The connection to ${server.host} was reset before InboxKit answered`);
		expect(description).toBe('GET /billing/wallet (ECONNRESET). Tried 3 times.');
		expect(server.requests).toHaveLength(3);
	});

	test('reset on the only try of a read', async () => {
		answer = (_request, res) => void res.socket?.destroy();
		const { description } = await run({ ...read, requestOptions: { maxTries: 1 } });
		expect(description).toBe('GET /billing/wallet (ECONNRESET).');
	});

	test('reset on a write: it may have been carried out', async () => {
		answer = (_request, res) => void res.socket?.destroy();
		const { description } = await run(write);
		expect(description).toBe(`POST /workspaces/create (ECONNRESET).${mayHaveArrived}`);
	});

	test('an answer that is not HTTP at all', async () => {
		answer = (_request, res) => {
			res.socket?.end('this is not HTTP\r\n\r\n');
		};
		const { message, description } = await run({ ...read, requestOptions: { maxTries: 1 } });
		// It answered: "could not reach" would send the user to check the network.
		expect(message).toBe(`${server.host} answered, but not in HTTP that could be read`);
		expect(description).toBe('GET /billing/wallet (HPE_INVALID_CONSTANT).');
	});

	test('an answer cut off before its end, on a read and on a write', async () => {
		answer = (_request, res) => {
			res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
			res.write('{"balance":');
			setTimeout(() => res.socket?.destroy(), 20);
		};
		const { message, description } = await run({ ...read, requestOptions: { maxTries: 1 } });
		expect(message).toBe(`The answer from ${server.host} was cut off before its end`);
		expect(description).toBe('GET /billing/wallet (ERR_BAD_RESPONSE).');
		expect(server.requests).toHaveLength(1);
		const onWrite = await run(write);
		expect(onWrite.message).toBe(`The answer from ${server.host} was cut off before its end`);
		expect(onWrite.description).toBe(
			`POST /workspaces/create (ERR_BAD_RESPONSE).${mayHaveArrived}`,
		);
	});

	test('a read whose answer was cut off is asked again', async () => {
		answer = (_request, res, count) => {
			if (count > 1) return json(res, 200, { balance: 12 });
			res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
			res.write('{"balance":');
			setTimeout(() => res.socket?.destroy(), 20);
		};
		const { items, error } = await run(read);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual([{ balance: 12 }]);
		expect(server.requests).toHaveLength(2);
	});

	test('no answer within the timeout: the error says so, and the request is hung up', async () => {
		let hungUp = () => {};
		const closed = new Promise<void>((resolve) => (hungUp = resolve));
		answer = (_request, res) => void res.on('close', hungUp);
		const { message, description } = await run({
			...read,
			requestOptions: { timeout: 1, maxTries: 1 },
		});
		expect(message).toBe('InboxKit did not answer within 1 seconds (timed out)');
		expect(description).toBe(
			'GET /billing/wallet (ETIMEDOUT). Raise "Timeout" under Request Options if InboxKit is slow today.',
		);
		// Not left open for as long as the server likes (a test timeout, should it stay open).
		await closed;
	});
});

describe('a refused connection: nothing reached InboxKit', () => {
	const check =
		' Check the "Base URL" of the InboxKit credential (normally https://api.inboxkit.com), and that the machine running n8n can reach that host (network, firewall, proxy).';

	async function refused(parameters: object) {
		const result = await runInboxKit({
			parameters: parameters as never,
			credentials: { apiToken: 'tok_transport_errors', baseUrl: 'http://127.0.0.1:9' },
		});
		return (result.error as NodeApiError).description;
	}

	test('a read', async () => {
		expect(await refused({ ...read, requestOptions: { maxTries: 1 } })).toBe(
			`GET /billing/wallet (ECONNREFUSED).${check}`,
		);
	});

	test('a write says it can simply be run again', async () => {
		expect(await refused(write)).toBe(
			`POST /workspaces/create (ECONNREFUSED).${check} It never reached InboxKit, so nothing was changed: run it again once the connection works.`,
		);
	});
});

describe('the execution is cancelled while InboxKit is being called', () => {
	// The server hears the request, then the user presses "Stop"; no answer ever comes.
	async function cancelledRun(parameters: object) {
		let cancel = () => {};
		answer = () => cancel();
		return await run(parameters, { whileRunning: (execution) => (cancel = execution.cancel) });
	}

	test('a read', async () => {
		const { error, message, description } = await cancelledRun(read);
		expect(message).toBe('The execution was cancelled while InboxKit was being called');
		expect(description).toBe('GET /billing/wallet.');
		expect(error).toMatchObject({ name: 'NodeApiError', errorResponse: { cancelled: true } });
		expect(server.requests).toHaveLength(1);
	});

	test('a read waiting out a 429: it stops waiting and sends nothing more', async () => {
		let cancel = () => {};
		// Stop is pressed once the 429 is out (a moment later, so the node is waiting by then).
		// Were the wait not ended, the test would outlast jest's 30 s timeout.
		answer = (_request, res) => {
			json(res, 429, { error: true, message: 'Too many requests' }, { 'Retry-After': '50' });
			setTimeout(() => cancel(), 200);
		};
		const { message } = await run(read, {
			whileRunning: (execution) => (cancel = execution.cancel),
		});
		expect(message).toBe('The execution was cancelled while InboxKit was being called');
		expect(server.requests).toHaveLength(1);
	});

	test('a write: it may have been carried out', async () => {
		const { message, description } = await cancelledRun(write);
		expect(message).toBe('The execution was cancelled while InboxKit was being called');
		expect(description).toBe(`POST /workspaces/create.${mayHaveArrived}`);
	});
});
