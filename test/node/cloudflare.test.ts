import type { IDataObject } from 'n8n-workflow';

import { RESOURCES } from '../../nodes/InboxKit/resources';
import { RATE_LIMITS_PER_MINUTE } from '../../nodes/InboxKit/transport/rateLimiter';
import { expectRejectedBeforeSending } from '../support/badInput';
import { findSecrets } from '../support/hostile';
import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * Cloudflare through n8n against the sandbox: exact requests, the 409 codes and the zones' 404
 * explained, and the Cloudflare token kept out of output, errors and n8n's stored execution.
 */
const env = useSandbox();

const CONNECT = 'POST /cloudflare-domains/connect';
/** The sandbox's Cloudflare tokens (test/sandbox/seeds/cloudflare.js), built so they read as test data. */
const token = (name: string, n: number) => ['cf', 'token', name, `000${n}`].join('-');
const ACME = token('acme', 1);
const connect = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'cloudflare',
	operation: 'connect',
	cloudflareApiToken: ACME,
	domains: 'acme-cloud.net, ACME-mail.io',
	...extra,
});
const domains = (state: Record<string, unknown>) => state.cloudflareDomains as IDataObject[];

const cases: OperationCase[] = [
	{
		title: 'Connect Domains (API token, given domains, options)',
		parameters: connect({ connectOptions: { validateDNS: false, label: 'Acme CF' } }),
		request: {
			method: 'POST',
			path: '/cloudflare-domains/connect',
			body: {
				auth_type: 'api_token',
				api_token: ACME,
				domains: ['acme-cloud.net', 'acme-mail.io'],
				validateDNS: false,
				label: 'Acme CF',
			},
		},
		output: ([json], state) => {
			expect(json).toMatchObject({ connected_count: 2, failed_count: 0 });
			expect((json.domains as IDataObject[]).map((d) => d.name)).toEqual([
				'acme-cloud.net',
				'acme-mail.io',
			]);
			expect(domains(state).map((d) => d.name)).toContain('acme-mail.io');
		},
	},
	{
		title: 'Connect Domains (all zones)',
		parameters: connect({ connectWhich: 'all', domains: '' }),
		request: {
			method: 'POST',
			path: '/cloudflare-domains/connect',
			body: { auth_type: 'api_token', api_token: ACME, connect_all: true },
		},
		output: ([json]) => expect(json).toMatchObject({ connected_count: 2, skipped_count: 1 }),
	},
	{
		title: 'Get Many (keyword)',
		parameters: { resource: 'cloudflare', operation: 'getMany', keyword: 'acme', returnAll: true },
		request: {
			method: 'GET',
			path: '/cloudflare-domains/list',
			query: { keyword: 'acme', page: '1', limit: '100' },
		},
		output: (items) =>
			expect(items.map((d) => [d.uid, d.name, d.credential_status])).toEqual([
				['cfd_acme01', 'acme-cloud.com', 'valid'],
			]),
	},
	{
		title: 'Get Zones (one item per zone)',
		parameters: { resource: 'cloudflare', operation: 'getZones' },
		request: { method: 'GET', path: '/cloudflare-domains/zones' },
		output: (items) =>
			expect(items.map((z) => [z.name, z.already_connected, z.domain_uid])).toEqual([
				['acme-cloud.com', true, 'cfd_acme01'],
				['acme-cloud.net', false, null],
				['acme-mail.io', false, null],
			]),
	},
];

describeOperationCases(env, ['cloudflare'], cases);

describe('what the failures mean', () => {
	test('409 ACCOUNT_ALREADY_USED: the account is connected elsewhere', async () => {
		const { error } = await env.run({
			parameters: connect({ cloudflareApiToken: token('other', 2) }),
		});
		expect(error?.message).toBe(
			'InboxKit: This Cloudflare account is already connected to another workspace',
		);
		expect((error as { description?: string }).description).toMatch(
			/^POST \/cloudflare-domains\/connect answered 409\. InboxKit reports this Cloudflare account as already used \(ACCOUNT_ALREADY_USED\)/,
		);
	});

	test('409 CREDENTIAL_CONFLICT: a different credential is stored', async () => {
		const { error } = await env.run({
			parameters: connect({ cloudflareApiToken: token('fresh', 3) }),
		});
		expect((error as { description?: string }).description).toMatch(
			/InboxKit reports a credential conflict \(CREDENTIAL_CONFLICT\)/,
		);
	});

	test('Get Zones without a stored credential: connect first', async () => {
		env.sandbox.reset({ cloudflareCredentials: {} });
		const { error } = await env.run({
			parameters: { resource: 'cloudflare', operation: 'getZones' },
		});
		expect(error?.message).toBe('InboxKit: No Cloudflare credentials found');
		expect((error as { description?: string }).description).toMatch(
			/answered 404\. InboxKit holds no Cloudflare credential for this workspace yet: run Cloudflare → Connect Domains once/,
		);
	});

	test('Connect is paced at 2 a minute (InboxKit takes 10 per 5 minutes), and never retried', async () => {
		expect(RATE_LIMITS_PER_MINUTE['cloudflare-connect']).toBe(2);
		expect(RESOURCES.find((r) => r.value === 'cloudflare')?.operations[0].rateClass).toBe(
			'cloudflare-connect',
		);
		env.sandbox.fault(CONNECT, { status: 503, applied: true });
		const { error } = await env.run({ parameters: connect() });
		expect(error?.message).toMatch(/^InboxKit: Scripted 503/);
		expect(env.sandbox.calls(CONNECT)).toHaveLength(1);
	});
});

describe('the Cloudflare token is a secret', () => {
	test('a password field', () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { connect: entry } = require('../../nodes/InboxKit/resources/cloudflare/connect') as {
			connect: { fields: Array<{ name: string; typeOptions?: { password?: boolean } }> };
		};
		for (const name of ['cloudflareApiToken', 'cloudflareGlobalApiKey'])
			expect(entry.fields.find((f) => f.name === name)?.typeOptions?.password).toBe(true);
	});

	test('InboxKit quoting it in an error: not in the error, its causes or the stored execution', async () => {
		const wrong = ['cf', 'wrong', 'Secret/+&"9'].join('-');
		const { error, run } = await env.run({ parameters: connect({ cloudflareApiToken: wrong }) });
		expect(env.sandbox.calls(CONNECT)[0].body).toMatchObject({ api_token: wrong });
		expect(error?.message).toBe('InboxKit: Invalid Cloudflare credential: __hidden__');
		const forms = [wrong, JSON.stringify(wrong).slice(1, -1), encodeURIComponent(wrong)];
		expect(findSecrets(error, forms)).toEqual([]);
		expect(findSecrets(run.data.resultData, forms)).toEqual([]);
	});

	test('InboxKit echoing it in a successful answer: not in the output', async () => {
		env.sandbox.fault(CONNECT, {
			status: 200,
			body: {
				error: false,
				message: `Connected with ${ACME}`,
				credential: { auth_type: 'api_token', api_token: ACME },
				domains: [{ uid: 'cfd_x', name: 'acme-cloud.net' }],
			},
		});
		const { items, run, error } = await env.run({ parameters: connect() });
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({
			message: 'Connected with __hidden__',
			credential: { api_token: '__hidden__' },
		});
		expect(findSecrets(items, [ACME])).toEqual([]);
		expect(findSecrets(run.data.resultData, [ACME])).toEqual([]);
	});

	test('Global API Key: sent with the account email (assumed keys), kept out of the error', async () => {
		const key = ['global', 'Key', '42abc'].join('-');
		const { error, run } = await env.run({
			parameters: connect({
				cloudflareAuth: 'global_api_key',
				cloudflareGlobalApiKey: key,
				cloudflareEmail: 'ops@acme.test',
			}),
		});
		expect(env.sandbox.calls(CONNECT)[0].body).toEqual({
			auth_type: 'global_api_key',
			api_key: key,
			email: 'ops@acme.test',
			domains: ['acme-cloud.net', 'acme-mail.io'],
		});
		expect(findSecrets(error, [key])).toEqual([]);
		expect(findSecrets(run.data.resultData, [key])).toEqual([]);
	});
});

describe('bad input is refused before anything is sent', () => {
	expectRejectedBeforeSending(env, [
		{
			title: 'Connect: a token of spaces only',
			parameters: connect({ cloudflareApiToken: '   ' }),
			message: 'The "Cloudflare API Token" field holds only spaces',
		},
		{
			title: 'Connect: a domain that is not one',
			parameters: connect({ domains: 'acme-cloud.net, not a domain' }),
			message: /^The "Domains" field holds "not a domain"/,
		},
		{
			title: 'Connect: 501 domains',
			parameters: connect({
				domains: Array.from({ length: 501 }, (_, n) => `zone${n}.com`).join(','),
			}),
			message:
				'The "Domains" field holds 501 entries, more than the 500 InboxKit takes in one request',
		},
	]);
});
