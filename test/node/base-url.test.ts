import type { NodeOperationError } from 'n8n-workflow';

import { apiRoot } from '../../nodes/InboxKit/transport/baseUrl';
import { testCredential } from '../support/n8n';
import { useSandbox } from '../support/sandbox';

/**
 * One rule for the credential's Base URL, applied alike by the node and by the credential's
 * Test button: https (plain http only for this machine), no query, user name or bad port, and
 * `/v1/api` with or without a trailing slash is the same as none. A refused Base URL sends
 * nothing, so the token never travels unencrypted or to a mistyped place.
 */
const env = useSandbox();

const account = { resource: 'account', operation: 'get' };

describe('accepted Base URLs reach the same API root from the node and from the Test button', () => {
	const forms: Array<[string, (url: string) => string]> = [
		['as is', (url) => url],
		['with a trailing slash', (url) => `${url}/`],
		['with two trailing slashes', (url) => `${url}//`],
		['ending in /v1/api', (url) => `${url}/v1/api`],
		['ending in /v1/api/', (url) => `${url}/v1/api/`],
		['with spaces around it', (url) => `  ${url}  `],
	];
	test.each(forms)('%s', async (_title, form) => {
		const baseUrl = form(env.sandbox.url);
		const { error, items } = await env.run({ parameters: account, credentials: { baseUrl } });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ uid: 'acct_1f2e3d' });

		const result = await testCredential({ apiToken: env.sandbox.token, baseUrl });
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(env.sandbox.requests.map((r) => [r.method, r.path])).toEqual([
			['GET', '/account'],
			['GET', '/account'],
		]);
	});
});

describe('refused Base URLs: nothing is sent, and the node names the credential field', () => {
	const PLAIN_HTTP =
		'uses plain http, which would send the API token unencrypted (plain http is only for a test server on this machine: localhost, 127.0.0.1, [::1])';
	const BAD_PORT = 'has no valid port (1 to 65535)';
	const refused: Array<[string, (port: string) => string, string]> = [
		// 0.0.0.0 reaches this machine, like a remote host would be reached: plain http is refused.
		[
			'plain http to a host that is not this machine',
			(port) => `http://0.0.0.0:${port}`,
			PLAIN_HTTP,
		],
		['not a URL', () => 'not a url', 'is not a URL'],
		['an ftp URL', (port) => `ftp://127.0.0.1:${port}`, 'is not a URL starting with https://'],
		[
			'an FTP URL in capitals',
			() => 'FTP://api.inboxkit.com',
			'is not a URL starting with https://',
		],
		// The lowest and highest valid ports are not what is wrong with these.
		['plain http on port 1', () => 'http://example.com:1', PLAIN_HTTP],
		['plain http on port 65535', () => 'http://example.com:65535', PLAIN_HTTP],
		['a label pasted with it', () => 'Base URL: https://api.inboxkit.com', 'is not a URL'],
		['a port above 65535', () => 'https://api.inboxkit.com:99999', BAD_PORT],
		['port 65536', () => 'https://api.inboxkit.com:65536', BAD_PORT],
		['port 0', () => 'https://api.inboxkit.com:0', BAD_PORT],
		['an empty port', () => 'https://api.inboxkit.com:', BAD_PORT],
		['an IPv6 host with port 0', () => 'https://[2001:db8::1]:0', BAD_PORT],
		['a query', (port) => `http://127.0.0.1:${port}/?debug=1`, 'holds a query or a #fragment'],
		[
			'a user name and password',
			(port) => `http://ops:hunter22@127.0.0.1:${port}`,
			'holds a user name or password',
		],
		[
			'a host with a space',
			() => 'https://api inboxkit.com',
			'is not a URL InboxKit can be reached at',
		],
	];
	test.each(refused)('%s', async (_title, form, reason) => {
		const port = new URL(env.sandbox.url).port;
		const baseUrl = form(port);
		const { error } = await env.run({ parameters: account, credentials: { baseUrl } });
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(`The "Base URL" of the InboxKit credential ${reason}`);
		expect((error as NodeOperationError).description).toMatch(/Nothing was sent/);
		expect(error?.message).not.toContain('hunter22');

		const result = await testCredential({ apiToken: env.sandbox.token, baseUrl });
		expect(result.status).toBe('Error');
		expect(env.sandbox.requests).toHaveLength(0);
	});
});

test('localhost, 127.x.x.x and [::1] may use plain http (local test servers)', async () => {
	const port = new URL(env.sandbox.url).port;
	// The sandbox listens on 127.0.0.1; 127.0.0.2 is loopback too but not listened on.
	for (const baseUrl of [`http://127.0.0.2:${port}`, `http://[::1]:${port}`]) {
		const { error } = await env.run({
			parameters: { ...account, requestOptions: { maxTries: 1 } },
			credentials: { baseUrl },
		});
		// Sent, and refused by the network (nothing listens there), not by the Base URL rule.
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toMatch(/connection was refused/);
	}
});

// Pure string rules, checked directly: the sandbox cannot stand in for api.inboxkit.com, and its
// request log strips /v1/api wherever it stands.
describe('the API root a Base URL gives', () => {
	test.each([
		['left empty', '', 'https://api.inboxkit.com/v1/api'],
		['only spaces', '   ', 'https://api.inboxkit.com/v1/api'],
		[
			'/v1/api inside a proxy path (only a trailing one is dropped)',
			'https://proxy.example.com/v1/api/inboxkit',
			'https://proxy.example.com/v1/api/inboxkit/v1/api',
		],
	])('%s', (_title, baseUrl, root) => {
		expect(apiRoot(baseUrl)).toBe(root);
	});
});

describe('a Base URL typed without its scheme', () => {
	test('gets https://, as a browser would', () => {
		expect(apiRoot('api.inboxkit.com')).toBe('https://api.inboxkit.com/v1/api');
		expect(apiRoot(' api.inboxkit.com/v1/api/ ')).toBe('https://api.inboxkit.com/v1/api');
	});

	test('the node and the Test button both try it over https, not "Invalid URL"', async () => {
		const hostAndPort = env.sandbox.url.replace(/^http:\/\//, '');
		const { error } = await env.run({ parameters: account, credentials: { baseUrl: hostAndPort } });
		// The sandbox speaks plain http: an https request to it fails, naming the host tried.
		expect(error?.message).toContain(hostAndPort);
		expect(error?.message).not.toMatch(/Base URL|not a URL/);
		const result = await testCredential({ apiToken: env.sandbox.token, baseUrl: hostAndPort });
		expect(result.status).toBe('Error');
		expect(result.message).not.toMatch(/ERR_INVALID_URL|Invalid URL/);
		expect(env.sandbox.requests).toHaveLength(0);
	});
});
