/* eslint-disable @typescript-eslint/no-require-imports -- test files load modules lazily inside tests */
import type { IDataObject } from 'n8n-workflow';

import { expectRejectedBeforeSending } from '../support/badInput';
import { manyDomains } from '../support/bulk';
import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { DEFAULT_WORKSPACE, useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * Every Domain operation, run through n8n against the sandbox: the exact request InboxKit
 * receives (method, path, query, body, token, workspace header) and the items the user gets.
 */
const env = useSandbox();

type State = Record<string, unknown> & {
	domains: Array<Record<string, unknown>>;
	wallet: Record<string, number>;
	emailForwarding: Record<string, string>;
};

type Case = OperationCase<State>;

const domainNamed = (state: State, name: string) => state.domains.find((d) => d.name === name);

const cases: Case[] = [
	{
		title: 'Get Many, Return All',
		parameters: { resource: 'domain', operation: 'getMany', returnAll: true },
		request: { method: 'POST', path: '/domains/list', body: { page: 1, limit: 100 } },
		output: (items) =>
			expect(items.map((i) => i.name)).toEqual([
				'acme-mail.com',
				'acmeoutreach.net',
				'acme-connect.io',
				'getacme.org',
			]),
	},
	{
		title: 'Get Many with a keyword and a limit',
		parameters: {
			resource: 'domain',
			operation: 'getMany',
			returnAll: false,
			limit: 5,
			keyword: ' acme- ',
			simplify: false,
		},
		request: {
			method: 'POST',
			path: '/domains/list',
			body: { keyword: 'acme-', page: 1, limit: 5 },
		},
		output: (items) => {
			expect(items.map((i) => i.name)).toEqual(['acme-mail.com', 'acme-connect.io']);
			expect(items[1]).toMatchObject({
				uid: 'dom_acmeconn3',
				connection_type: 'connected',
				nameserver_match_status: 'mismatch',
			});
		},
	},
	{
		title: 'Get Many Assignable',
		parameters: { resource: 'domain', operation: 'getManyAssignable', returnAll: true },
		request: { method: 'GET', path: '/domains/assignable', query: { page: '1', limit: '100' } },
		output: (items) =>
			expect(items.map((i) => i.uid)).toEqual(['dom_acmemail1', 'dom_acmeout2', 'dom_getacme4']),
	},
	{
		title: 'Search',
		parameters: {
			resource: 'domain',
			operation: 'search',
			keyword: 'Nova Leads',
			searchOptions: { tlds: ['com', 'shop'], check_banned: true, num: 3 },
		},
		request: {
			method: 'POST',
			path: '/domains/search',
			body: { keyword: 'Nova Leads', check_banned: true, num: 3, tlds: ['com', 'shop'] },
		},
		output: (items) =>
			expect(items).toEqual([
				{ domain: 'novaleads.com', available: true, price: 12.5, premium: false, banned: false },
				{ domain: 'novaleads.shop', available: true, price: 4.5, premium: false, banned: false },
				{ domain: 'getnovaleads.com', available: true, price: 12.5, premium: false, banned: false },
			]),
	},
	{
		title: 'Search, second page',
		parameters: {
			resource: 'domain',
			operation: 'search',
			keyword: 'Nova Leads',
			searchOptions: { tlds: ['com'], num: 2, page: 2 },
		},
		request: {
			method: 'POST',
			path: '/domains/search',
			body: { keyword: 'Nova Leads', num: 2, page: 2, tlds: ['com'] },
		},
		output: (items) => expect(items.map((i) => i.domain)).toEqual(['novaleadshq.com']),
	},
	{
		title: 'Get Many by status',
		parameters: {
			resource: 'domain',
			operation: 'getMany',
			returnAll: true,
			statuses: ['pending'],
		},
		request: {
			method: 'POST',
			path: '/domains/list',
			body: { status: ['pending'], page: 1, limit: 100 },
		},
		output: (items) => {
			expect(items.length).toBeGreaterThan(0);
			for (const item of items) expect(item.status).toBe('pending');
		},
	},
	{
		title: 'Search, showing taken domains',
		parameters: {
			resource: 'domain',
			operation: 'search',
			keyword: 'acme',
			searchOptions: { tlds: ['.NET'], show_unavailable: true },
		},
		request: {
			method: 'POST',
			path: '/domains/search',
			body: { keyword: 'acme', show_unavailable: true, tlds: ['net'] },
		},
		output: (items) =>
			expect(items.map((i) => [i.domain, i.available])).toEqual([
				['acme.net', false],
				['getacme.net', true],
				['acmehq.net', true],
			]),
	},
	{
		title: 'Check Availability (a pasted URL is cleaned)',
		parameters: {
			resource: 'domain',
			operation: 'checkAvailability',
			domain: ' HTTPS://Acme.NET/ ',
		},
		request: { method: 'GET', path: '/domains/available', query: { domain: 'acme.net' } },
		output: ([json]) =>
			expect(json).toEqual({
				domain: 'acme.net',
				message: 'Domain availability',
				banned: false,
				available: false,
				registration_price: 13,
				renewal_price: 15,
			}),
	},
	{
		title: 'Check Banned (a trailing dot is dropped)',
		parameters: { resource: 'domain', operation: 'checkBanned', domain: 'Spam-King.com.' },
		request: { method: 'GET', path: '/domains/banned', query: { domain: 'spam-king.com' } },
		output: ([json]) =>
			expect(json).toEqual({ domain: 'spam-king.com', message: 'Domain ban status', banned: true }),
	},
	{
		title: 'Register',
		parameters: {
			resource: 'domain',
			operation: 'register',
			domains: 'NovaLeads.com,\n novaleads.shop ',
			registrationYears: 2,
			useWalletBalance: true,
			registerOptions: {
				dmarc_email: 'dmarc@Acme.test',
				contact_details: '{"first_name": "Ada", "country": "US"}',
			},
		},
		request: {
			method: 'POST',
			path: '/domains/register',
			body: {
				domains: [
					{ name: 'novaleads.com', registration_years: 2 },
					{ name: 'novaleads.shop', registration_years: 2 },
				],
				use_wallet_balance: true,
				dmarc_email: 'dmarc@acme.test',
				contact_details: { first_name: 'Ada', country: 'US' },
			},
		},
		output: ([json, ...more], state) => {
			expect(more).toHaveLength(0);
			const bought = [domainNamed(state, 'novaleads.com'), domainNamed(state, 'novaleads.shop')];
			expect(json).toEqual({
				message: 'Domains registered successfully',
				domains_count: 2,
				total_cost: 34,
				payment_type: 'wallet',
				contact_details: { first_name: 'Ada', country: 'US' },
				domain_uids: bought.map((d) => d?.uid),
				domains: ['novaleads.com', 'novaleads.shop'],
			});
			expect(state.wallet.credits_remaining).toBe(380 - 34);
		},
	},
	{
		title: 'Remove',
		parameters: {
			resource: 'domain',
			operation: 'remove',
			domains: 'acmeoutreach.net\nACME-connect.io',
		},
		request: {
			method: 'POST',
			path: '/domains/remove',
			body: { domains: ['acmeoutreach.net', 'acme-connect.io'] },
		},
		output: (items, state) => {
			// One record per domain, in the order sent, deleted: true first (test/node/deletes.test.ts).
			expect(items).toEqual([
				{
					deleted: true,
					name: 'acmeoutreach.net',
					uid: 'dom_acmeout2',
					previous_status: 'active',
					new_status: 'cancelled',
					outcome: 'updated',
				},
				{
					deleted: true,
					name: 'acme-connect.io',
					uid: 'dom_acmeconn3',
					previous_status: 'pending',
					new_status: 'deleted',
					outcome: 'deleted',
				},
			]);
			expect(domainNamed(state, 'acme-connect.io')).toBeUndefined();
			expect(domainNamed(state, 'acmeoutreach.net')?.status).toBe('cancelled');
		},
	},
	{
		title: 'Get Nameservers',
		parameters: {
			resource: 'domain',
			operation: 'getNameservers',
			domains: 'fresh-leads.io',
			maskForwarding: true,
		},
		request: {
			method: 'POST',
			path: '/domains/nameservers',
			body: { domains: ['fresh-leads.io'], mask_forwarding: true },
		},
		output: (items, state) => {
			const connected = domainNamed(state, 'fresh-leads.io');
			expect(connected).toMatchObject({
				connection_type: 'connected',
				workspace_uid: DEFAULT_WORKSPACE,
				mask_forwarding: true,
			});
			expect(items).toEqual([
				{
					domain: 'fresh-leads.io',
					nameservers: ['ns1.inboxkit-dns.com', 'ns2.inboxkit-dns.com'],
					uid: connected?.uid,
				},
			]);
		},
	},
	{
		title: 'Check Propagation',
		parameters: {
			resource: 'domain',
			operation: 'checkPropagation',
			domains: 'acme-connect.io, getacme.org',
		},
		request: {
			method: 'POST',
			path: '/domains/nameservers/check-propagation',
			body: { domains: ['acme-connect.io', 'getacme.org'] },
		},
		output: (items) =>
			expect(items).toEqual([
				{ uid: 'dom_acmeconn3', name: 'acme-connect.io', status: 'pending', propagated: false },
				{ uid: 'dom_getacme4', name: 'getacme.org', status: 'propagated', propagated: true },
			]),
	},
	{
		title: 'Check Workspace Availability (one item per domain)',
		parameters: {
			resource: 'domain',
			operation: 'checkWorkspaceAvailability',
			domains: 'Acme-Mail.com, fresh-start.com',
		},
		request: {
			method: 'POST',
			path: '/domains/check-workspace-availability',
			body: { domains: ['acme-mail.com', 'fresh-start.com'] },
		},
		output: (items) =>
			expect(items).toEqual([
				{
					domain: 'acme-mail.com',
					google_workspace_available: true,
					ms365_workspace_available: false,
				},
				{
					domain: 'fresh-start.com',
					google_workspace_available: true,
					ms365_workspace_available: true,
				},
			]),
	},
	{
		title: 'Set DMARC',
		parameters: {
			resource: 'domain',
			operation: 'setDmarc',
			domain: 'acme-mail.com',
			policy: 'quarantine',
			rua: ' Reports@ACME.test ',
		},
		request: {
			method: 'POST',
			path: '/domains/dmarc',
			body: { domain: 'acme-mail.com', policy: 'quarantine', rua: 'Reports@acme.test' },
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'DMARC policy set',
				domain: 'acme-mail.com',
				dmarc: { policy: 'quarantine', rua: 'Reports@acme.test' },
			});
			expect(domainNamed(state, 'acme-mail.com')?.dmarc).toEqual({
				policy: 'quarantine',
				rua: 'Reports@acme.test',
			});
		},
	},
	{
		title: 'Remove DMARC',
		parameters: { resource: 'domain', operation: 'removeDmarc', domain: 'getacme.org' },
		request: { method: 'DELETE', path: '/domains/dmarc', body: { domain: 'getacme.org' } },
		output: ([json], state) => {
			expect(json).toEqual({
				deleted: true,
				message: 'DMARC policy removed',
				domain: 'getacme.org',
			});
			expect(domainNamed(state, 'getacme.org')?.dmarc).toBeNull();
		},
	},
	{
		title: 'Set Catch-All',
		parameters: {
			resource: 'domain',
			operation: 'setCatchAll',
			domainIds: 'dom_acmemail1, dom_acmeout2',
			email: 'everything@acme.test',
		},
		request: {
			method: 'POST',
			path: '/domains/catch-all',
			body: { uids: ['dom_acmemail1', 'dom_acmeout2'], email: 'everything@acme.test' },
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'Catch-all email set',
				uids: ['dom_acmemail1', 'dom_acmeout2'],
				email: 'everything@acme.test',
			});
			expect(domainNamed(state, 'acme-mail.com')?.catch_all_email).toBe('everything@acme.test');
			expect(domainNamed(state, 'acmeoutreach.net')?.catch_all_email).toBe('everything@acme.test');
		},
	},
	{
		title: 'Remove Catch-All',
		parameters: { resource: 'domain', operation: 'removeCatchAll', domainIds: 'dom_acmemail1' },
		request: { method: 'DELETE', path: '/domains/catch-all', body: { uids: ['dom_acmemail1'] } },
		output: (items) =>
			expect(items).toEqual([
				{ deleted: true, uid: 'dom_acmemail1', message: 'Catch-all email removed' },
			]),
	},
	{
		title: 'Set Domain Forwarding',
		parameters: {
			resource: 'domain',
			operation: 'setDomainForwarding',
			domainIds: 'dom_acmemail1, dom_acmeout2',
			forwardingUrl: 'https://acme.test/welcome',
		},
		request: {
			method: 'POST',
			path: '/domains/forwarding',
			body: {
				uids: ['dom_acmemail1', 'dom_acmeout2'],
				forwarding_url: 'https://acme.test/welcome',
			},
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'Domain forwarding updated',
				uids: ['dom_acmemail1', 'dom_acmeout2'],
				forwarding_url: 'https://acme.test/welcome',
			});
			expect(domainNamed(state, 'acmeoutreach.net')?.forwarding_url).toBe(
				'https://acme.test/welcome',
			);
		},
	},
	{
		title: 'Set Email Forwarding',
		parameters: {
			resource: 'domain',
			operation: 'setEmailForwarding',
			mailboxIds: ['mb_ops02', 'mb_ops03'],
			forwardingEmail: 'team@acme.test',
		},
		request: {
			method: 'POST',
			path: '/mailboxes/forwarding/setup',
			body: { uids: ['mb_ops02', 'mb_ops03'], forwarding_email: 'team@acme.test' },
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'Email forwarding set up',
				uids: ['mb_ops02', 'mb_ops03'],
				forwarding_email: 'team@acme.test',
			});
			expect(state.emailForwarding).toEqual({
				mb_sales01: 'inbox@acme.test',
				mb_ops02: 'team@acme.test',
				mb_ops03: 'team@acme.test',
			});
		},
	},
	{
		title: 'Remove Email Forwarding',
		parameters: {
			resource: 'domain',
			operation: 'removeEmailForwarding',
			mailboxIds: 'mb_sales01',
		},
		request: {
			method: 'POST',
			path: '/mailboxes/forwarding/remove',
			body: { uids: ['mb_sales01'] },
		},
		output: (items, state) => {
			expect(items).toEqual([
				{ deleted: true, uid: 'mb_sales01', message: 'Email forwarding removed' },
			]);
			expect(state.emailForwarding).toEqual({});
		},
	},
];

describeOperationCases(env, ['domain'], cases);

test("a workspace picked in the node is sent instead of the credential's default", async () => {
	const { items } = await env.run({
		parameters: {
			resource: 'domain',
			operation: 'getMany',
			returnAll: true,
			workspace: { __rl: true, mode: 'id', value: 'ws_agency2' },
		},
	});
	expect(env.sandbox.requests[0].headers['x-workspace-id']).toBe('ws_agency2');
	expect(items.map((i) => i.json.name)).toEqual(['client-one.com']);
});

describe('Return All and Limit page through the domains', () => {
	const many = (count: number) =>
		Array.from({ length: count }, (_, n) => ({
			uid: `dom_bulk${String(n).padStart(4, '0')}`,
			name: `bulk-${n}.com`,
			workspace_uid: DEFAULT_WORKSPACE,
			status: 'active',
		}));

	test('Return All over 230 domains makes 3 requests of 100 and returns all 230', async () => {
		env.sandbox.reset({ domains: many(230) });
		const { items, error } = await env.run({
			parameters: { resource: 'domain', operation: 'getMany', returnAll: true },
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls('POST /domains/list').map((r) => r.body)).toEqual([
			{ page: 1, limit: 100 },
			{ page: 2, limit: 100 },
			{ page: 3, limit: 100 },
		]);
		expect(items).toHaveLength(230);
		expect(items.map((i) => i.json.uid)).toEqual(many(230).map((d) => d.uid));
		expect(items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('Return All over exactly 200 domains stops after 2 requests', async () => {
		env.sandbox.reset({ domains: many(200) });
		const { items } = await env.run({
			parameters: { resource: 'domain', operation: 'getMany', returnAll: true },
		});
		expect(env.sandbox.calls('POST /domains/list')).toHaveLength(2);
		expect(items).toHaveLength(200);
	});

	test('Limit 30 makes one request for 30', async () => {
		env.sandbox.reset({ domains: many(230) });
		const { items } = await env.run({
			parameters: { resource: 'domain', operation: 'getMany', returnAll: false, limit: 30 },
		});
		expect(env.sandbox.calls('POST /domains/list').map((r) => r.body)).toEqual([
			{ page: 1, limit: 30 },
		]);
		expect(items.map((i) => i.json.uid)).toEqual(many(30).map((d) => d.uid));
	});

	test('Limit 150 stops after the second page, with 150', async () => {
		env.sandbox.reset({ domains: many(230) });
		const { items } = await env.run({
			parameters: { resource: 'domain', operation: 'getMany', returnAll: false, limit: 150 },
		});
		expect(env.sandbox.calls('POST /domains/list')).toHaveLength(2);
		expect(items).toHaveLength(150);
	});

	test('assignable domains page through the query string', async () => {
		env.sandbox.reset({ domains: many(230) });
		const { items } = await env.run({
			parameters: { resource: 'domain', operation: 'getManyAssignable', returnAll: true },
		});
		expect(env.sandbox.calls('GET /domains/assignable').map((r) => r.query)).toEqual([
			{ page: '1', limit: '100' },
			{ page: '2', limit: '100' },
			{ page: '3', limit: '100' },
		]);
		expect(items).toHaveLength(230);
	});
});

describe('bad input is refused before any request, naming the field', () => {
	const bad: Array<[string, INodeParameters, RegExp, IDataObject[]?]> = [
		[
			'availability of a non-domain',
			{ resource: 'domain', operation: 'checkAvailability', domain: 'acme dot com' },
			/^The "Domain" field holds "acme dot com", which is not a domain name$/,
		],
		[
			'banned check of an email address',
			{ resource: 'domain', operation: 'checkBanned', domain: 'ops@acme.com' },
			/^The "Domain" field holds "ops@acme.com", which is not a domain name$/,
		],
		[
			'availability of a domain from an expression giving a number',
			{ resource: 'domain', operation: 'checkAvailability', domain: '={{ $json.n }}' },
			/^The "Domain" field holds "42", which is not a domain name$/,
			[{ n: 42 }],
		],
		[
			'register with one bad domain among good ones',
			{ resource: 'domain', operation: 'register', domains: 'good-one.com, bad_one, good-two.com' },
			/^The "Domains" field holds "bad_one", which is not a domain name$/,
		],
		[
			'register with an empty domain list',
			{ resource: 'domain', operation: 'register', domains: '={{ $json.list }}' },
			/^The "Domains" field is empty$/,
			[{ list: [] }],
		],
		[
			'register for 0 years',
			{ resource: 'domain', operation: 'register', domains: 'good-one.com', registrationYears: 0 },
			/^The "Registration Years" field must be between 1 and 10, but got 0$/,
		],
		[
			'register with a bad DMARC email',
			{
				resource: 'domain',
				operation: 'register',
				domains: 'good-one.com',
				registerOptions: { dmarc_email: 'dmarc at acme' },
			},
			/^The "DMARC Email" field holds "dmarc at acme", which is not an email address$/,
		],
		[
			'register with a bad catch-all email',
			{
				resource: 'domain',
				operation: 'register',
				domains: 'good-one.com',
				registerOptions: { catch_all_email: '@acme.test' },
			},
			/^The "Catch-All Email" field holds "@acme.test", which is not an email address$/,
		],
		[
			'register with contact details that are not JSON',
			{
				resource: 'domain',
				operation: 'register',
				domains: 'good-one.com',
				registerOptions: { contact_details: '{name: Ada' },
			},
			/^The "Contact Details \(JSON\)" field is not valid JSON$/,
		],
		[
			'register with more than 100 domains',
			{
				resource: 'domain',
				operation: 'register',
				domains: Array.from({ length: 101 }, (_, n) => `d${n}.com`).join(','),
			},
			/^The "Domains" field holds 101 entries, more than the 100 InboxKit takes in one request$/,
		],
		[
			'remove with a domain list holding an object',
			{ resource: 'domain', operation: 'remove', domains: '={{ $json.list }}' },
			/^The "Domains" field must hold text entries, but one is \{"name":"a.com"\}$/,
			[{ list: [{ name: 'a.com' }] }],
		],
		[
			'remove with a domain list from an expression giving nothing',
			{ resource: 'domain', operation: 'remove', domains: '={{ $json.list }}' },
			/^The "Domains" field is empty$/,
			[{ list: [] }],
		],
		[
			'nameservers for a URL path',
			// A whole URL is taken for its host; a bare name with a path is not (see hostile input).
			{
				resource: 'domain',
				operation: 'getNameservers',
				domains: 'https://example.com/shop, -bad-.com',
			},
			/^The "Domains" field holds "-bad-.com", which is not a domain name$/,
		],
		[
			'propagation of a bare word',
			{ resource: 'domain', operation: 'checkPropagation', domains: 'localhost' },
			/^The "Domains" field holds "localhost", which is not a domain name$/,
		],
		[
			'DMARC for a bad domain',
			{ resource: 'domain', operation: 'setDmarc', domain: 'acme', policy: 'none' },
			/^The "Domain" field holds "acme", which is not a domain name$/,
		],
		[
			'DMARC with a bad report email',
			{
				resource: 'domain',
				operation: 'setDmarc',
				domain: 'acme.com',
				policy: 'none',
				rua: 'reports',
			},
			/^The "Report Email" field holds "reports", which is not an email address$/,
		],
		[
			'DMARC with an unknown policy from an expression',
			{ resource: 'domain', operation: 'setDmarc', domain: 'acme.com', policy: '={{ "block" }}' },
			/^The "Policy" field holds "block", which is not a DMARC policy$/,
		],
		[
			'catch-all with a bad email',
			{
				resource: 'domain',
				operation: 'setCatchAll',
				domainIds: 'dom_acmemail1',
				email: 'everything@acme',
			},
			/^The "Email" field holds "everything@acme", which is not an email address$/,
		],
		[
			'catch-all removal for a bad domain id',
			{ resource: 'domain', operation: 'removeCatchAll', domainIds: 'dom_1, acme.com' },
			/^The "Domain IDs" field holds "acme.com", which is not an InboxKit ID$/,
		],
		[
			'DMARC removal for a bad domain',
			{ resource: 'domain', operation: 'removeDmarc', domain: 'http://' },
			/^The "Domain" field holds "http:\/\/", which is not a domain name$/,
		],
		[
			'domain forwarding to plain http',
			{
				resource: 'domain',
				operation: 'setDomainForwarding',
				domainIds: 'dom_1',
				forwardingUrl: 'http://acme.test',
			},
			/^The "Forwarding URL" field holds "http:\/\/acme.test", which is not an https URL$/,
		],
		[
			'domain forwarding with a domain name for an ID',
			{
				resource: 'domain',
				operation: 'setDomainForwarding',
				domainIds: 'acme.com',
				forwardingUrl: 'https://acme.test',
			},
			/^The "Domain IDs" field holds "acme.com", which is not an InboxKit ID$/,
		],
		[
			'email forwarding to a bad address',
			{
				resource: 'domain',
				operation: 'setEmailForwarding',
				mailboxIds: 'mb_1',
				forwardingEmail: 'team@@acme.test',
			},
			/^The "Forwarding Email" field holds "team@@acme.test", which is not an email address$/,
		],
		[
			'email forwarding removal with a bad ID',
			{ resource: 'domain', operation: 'removeEmailForwarding', mailboxIds: 'mb 1' },
			/^The "Mailbox IDs" field holds "mb 1", which is not an InboxKit ID$/,
		],
		[
			'search with a TLD InboxKit does not search',
			{
				resource: 'domain',
				operation: 'search',
				keyword: 'nova',
				searchOptions: { tlds: '={{ ["com", "xyz"] }}' },
			},
			/^The "TLDs" field holds ".xyz", which InboxKit does not search$/,
		],
		[
			'search with an empty keyword from an expression',
			{ resource: 'domain', operation: 'search', keyword: '={{ $json.k }}' },
			/^The "Keyword" field is empty$/,
			[{ k: ' ' }],
		],
	];

	expectRejectedBeforeSending(
		env,
		bad.map(([title, parameters, message, items]) => ({ title, parameters, message, items })),
	);
});

describe('Combine Input Items', () => {
	test('sends the domains of all items in one request and pairs each result to its item', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'checkPropagation',
				domains: '={{ $json.names }}',
				combineItems: true,
			},
			items: [
				{ names: 'getacme.org' },
				{ names: ['acme-connect.io', 'ACME-mail.com'] },
				{ names: 'acmeoutreach.net' },
			],
		});
		expect(error).toBeUndefined();
		const calls = env.sandbox.calls();
		expect(calls).toHaveLength(1);
		expect(calls[0].body).toEqual({
			domains: ['getacme.org', 'acme-connect.io', 'acme-mail.com', 'acmeoutreach.net'],
		});
		expect(items.map((i) => [i.json.name, i.pairedItem])).toEqual([
			['getacme.org', { item: 0 }],
			['acme-connect.io', { item: 1 }],
			['acme-mail.com', { item: 1 }],
			['acmeoutreach.net', { item: 2 }],
		]);
	});

	test('pairs removal results, which InboxKit groups by outcome, back to their items', async () => {
		const { items } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'remove',
				domains: '={{ $json.d }}',
				combineItems: true,
			},
			items: [{ d: 'acmeoutreach.net' }, { d: 'acme-connect.io' }],
		});
		expect(env.sandbox.calls('POST /domains/remove')).toHaveLength(1);
		expect(items.map((i) => [i.json.name, i.json.outcome, i.pairedItem])).toEqual([
			['acmeoutreach.net', 'updated', { item: 0 }],
			['acme-connect.io', 'deleted', { item: 1 }],
		]);
	});

	test('checks Workspace availability for all items in one request, each result paired to its item', async () => {
		const { items } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'checkWorkspaceAvailability',
				domains: '={{ $json.domains }}',
				combineItems: true,
			},
			items: [{ domains: ['acmeoutreach.net'] }, { domains: 'fresh-start.com, acme-mail.com' }],
		});
		expect(
			env.sandbox.calls('POST /domains/check-workspace-availability').map((r) => r.body),
		).toEqual([{ domains: ['acmeoutreach.net', 'fresh-start.com', 'acme-mail.com'] }]);
		expect(
			items.map((i) => [i.json.domain, i.json.google_workspace_available, i.pairedItem]),
		).toEqual([
			['acmeoutreach.net', false, { item: 0 }],
			['fresh-start.com', true, { item: 1 }],
			['acme-mail.com', true, { item: 1 }],
		]);
	});

	test('connects the domains of all items with one request', async () => {
		const { items } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'getNameservers',
				domains: '={{ $json.d }}',
				maskForwarding: false,
				combineItems: true,
			},
			items: [{ d: 'alpha-leads.com, beta-leads.com' }, { d: 'gamma-leads.com' }],
		});
		const [call, ...more] = env.sandbox.calls();
		expect(more).toHaveLength(0);
		expect(call.body).toEqual({
			domains: ['alpha-leads.com', 'beta-leads.com', 'gamma-leads.com'],
			mask_forwarding: false,
		});
		expect(items.map((i) => [i.json.domain, i.pairedItem])).toEqual([
			['alpha-leads.com', { item: 0 }],
			['beta-leads.com', { item: 0 }],
			['gamma-leads.com', { item: 1 }],
		]);
	});

	test('registers the domains of all items in one order, whose summary belongs to every item', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'register',
				domains: '={{ $json.d }}',
				registrationYears: '={{ $json.years }}',
				combineItems: true,
			},
			items: [
				{ d: 'alpha-leads.com', years: 1 },
				{ d: 'beta-leads.shop', years: 3 },
			],
		});
		expect(error).toBeUndefined();
		const calls = env.sandbox.calls('POST /domains/register');
		expect(calls).toHaveLength(1);
		expect(calls[0].body).toEqual({
			domains: [
				{ name: 'alpha-leads.com', registration_years: 1 },
				{ name: 'beta-leads.shop', registration_years: 3 },
			],
			use_wallet_balance: true,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			domains_count: 2,
			total_cost: 12.5 + 4.5 * 3,
			payment_type: 'wallet',
		});
		expect(items[0].pairedItem).toEqual([{ item: 0 }, { item: 1 }]);
	});

	describe('more entries than one request takes', () => {
		test('go out in as few requests as the limit allows, each result paired to its item', async () => {
			const domains = manyDomains(250);
			env.sandbox.reset({ domains });
			const { items, error } = await env.run({
				parameters: {
					resource: 'domain',
					operation: 'checkPropagation',
					domains: '={{ $json.name }}',
					combineItems: true,
				},
				items: domains.map(({ name }) => ({ name })),
			});
			expect(error).toBeUndefined();
			const sizes = env.sandbox
				.calls('POST /domains/nameservers/check-propagation')
				.map((call) => (call.body!.domains as string[]).length);
			expect(sizes).toEqual([100, 100, 50]);
			expect(items).toHaveLength(250);
			items.forEach((item, k) => {
				expect(item.json.name).toBe(`bulk-${k}.com`);
				expect(item.pairedItem).toEqual({ item: k });
			});
		});

		test('keep each item whole in one request', async () => {
			const domains = manyDomains(120);
			env.sandbox.reset({ domains });
			// 60 items of 2 domains: 50 items fill the first request, 10 the second.
			const pairs = Array.from({ length: 60 }, (_, k) => ({
				names: [domains[2 * k].name, domains[2 * k + 1].name],
			}));
			const { items } = await env.run({
				parameters: {
					resource: 'domain',
					operation: 'checkPropagation',
					domains: '={{ $json.names }}',
					combineItems: true,
				},
				items: pairs,
			});
			expect(env.sandbox.calls().map((call) => (call.body!.domains as string[]).length)).toEqual([
				100, 20,
			]);
			expect(items[101]).toMatchObject({
				json: { name: 'bulk-101.com' },
				pairedItem: { item: 50 },
			});
		});

		test('a purchase split in two: each order sent once, its summary paired with its own items', async () => {
			const names = Array.from({ length: 150 }, (_, k) => `new-bulk-${k}.com`);
			const { items, error } = await env.run({
				parameters: {
					resource: 'domain',
					operation: 'register',
					domains: '={{ $json.name }}',
					useWalletBalance: false,
					combineItems: true,
				},
				items: names.map((name) => ({ name })),
			});
			expect(error).toBeUndefined();
			const orders = env.sandbox.calls('POST /domains/register');
			expect(
				orders.map((call) => (call.body!.domains as IDataObject[]).map((d) => d.name)),
			).toEqual([names.slice(0, 100), names.slice(100)]);
			expect(items).toHaveLength(2);
			expect(items[0].json).toMatchObject({ total_cost: 100 * 12.5 });
			expect(items[0].pairedItem).toEqual(names.slice(0, 100).map((_, item) => ({ item })));
			expect(items[1].pairedItem).toEqual(names.slice(100).map((_, k) => ({ item: 100 + k })));
		});

		test('when a later order fails, the error says which items went through and nothing more is sent', async () => {
			const names = Array.from({ length: 250 }, (_, k) => `new-bulk-${k}.com`);
			env.sandbox.fault('POST /domains/register', {}, { status: 500 });
			const { error } = await env.run({
				parameters: {
					resource: 'domain',
					operation: 'register',
					domains: '={{ $json.name }}',
					useWalletBalance: false,
					combineItems: true,
				},
				items: names.map((name) => ({ name })),
			});
			expect(error?.message).toBe('InboxKit: Scripted 500');
			expect(env.sandbox.calls('POST /domains/register')).toHaveLength(2);
			expect((error as { description?: string }).description).toContain(
				'"Combine Input Items" split the items into 3 requests: the 1 before this one went through (items 1-100), so check InboxKit before running the node again. The 50 items after this request were not sent.',
			);
		});

		test('with Continue On Fail, the items of a failed order get error items and the next order still goes', async () => {
			const names = Array.from({ length: 250 }, (_, k) => `new-bulk-${k}.com`);
			env.sandbox.fault('POST /domains/register', {}, { status: 500 });
			const { items, error } = await env.run({
				parameters: {
					resource: 'domain',
					operation: 'register',
					domains: '={{ $json.name }}',
					useWalletBalance: false,
					combineItems: true,
				},
				items: names.map((name) => ({ name })),
				continueOnFail: true,
			});
			expect(error).toBeUndefined();
			expect(env.sandbox.calls('POST /domains/register')).toHaveLength(3);
			const failed = items.filter((item) => item.json.error !== undefined);
			expect(failed.map((item) => item.pairedItem)).toEqual(
				names.slice(100, 200).map((_, k) => ({ item: 100 + k })),
			);
			const orders = items.filter((item) => item.json.error === undefined);
			expect(orders.map((item) => (item.pairedItem as unknown[]).length)).toEqual([100, 50]);
		});
	});

	/** Set Email Forwarding (a write) of two items, with or without Combine Input Items. */
	const forwardTwo = (combineItems: boolean) => ({
		parameters: {
			resource: 'domain',
			operation: 'setEmailForwarding',
			mailboxIds: '={{ $json.id }}',
			forwardingEmail: 'team@acme.test',
			combineItems,
		},
		items: [{ id: 'mb_a1' }, { id: 'mb_b2' }],
	});

	test('combines items that share their setting', async () => {
		const { items } = await env.run(forwardTwo(true));
		expect(env.sandbox.calls().map((r) => r.body)).toEqual([
			{ uids: ['mb_a1', 'mb_b2'], forwarding_email: 'team@acme.test' },
		]);
		expect(items.map((i) => i.pairedItem)).toEqual([[{ item: 0 }, { item: 1 }]]);
	});

	test('with Continue On Fail, an item with a bad domain gets an error item and the others are sent', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'checkPropagation',
				domains: '={{ $json.d }}',
				combineItems: true,
			},
			items: [{ d: 'getacme.org' }, { d: 'not a domain' }, { d: 'acme-connect.io' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls()).toHaveLength(1);
		expect(env.sandbox.calls()[0].body).toEqual({ domains: ['getacme.org', 'acme-connect.io'] });
		// In input order, as one by one.
		expect(items.map((i) => [i.json.name ?? i.json.error, i.pairedItem])).toEqual([
			['getacme.org', { item: 0 }],
			['The "Domains" field holds "not a domain", which is not a domain name', { item: 1 }],
			['acme-connect.io', { item: 2 }],
		]);
	});

	test('a read needs no Combine Input Items: its items go in one request, each result paired', async () => {
		const { items } = await env.run({
			parameters: { resource: 'domain', operation: 'checkPropagation', domains: '={{ $json.d }}' },
			items: [{ d: 'getacme.org' }, { d: 'acme-connect.io' }],
		});
		expect(env.sandbox.calls().map((r) => r.body)).toEqual([
			{ domains: ['getacme.org', 'acme-connect.io'] },
		]);
		expect(items.map((i) => [i.json.name, i.pairedItem])).toEqual([
			['getacme.org', { item: 0 }],
			['acme-connect.io', { item: 1 }],
		]);
	});

	test('without Combine Input Items, each item of a write sends its own request', async () => {
		const { items } = await env.run(forwardTwo(false));
		expect(env.sandbox.calls().map((r) => r.body)).toEqual([
			{ uids: ['mb_a1'], forwarding_email: 'team@acme.test' },
			{ uids: ['mb_b2'], forwarding_email: 'team@acme.test' },
		]);
		expect(items.map((i) => i.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	});
});

describe('Register spends money', () => {
	const register = { resource: 'domain', operation: 'register', domains: 'novaleads.com' };

	test('without the wallet, outputs the checkout link and buys nothing yet', async () => {
		const { items } = await env.run({ parameters: { ...register, useWalletBalance: false } });
		expect(env.sandbox.requests[0].body).toEqual({
			domains: [{ name: 'novaleads.com', registration_years: 1 }],
			use_wallet_balance: false,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			url: expect.stringMatching(/^https:\/\/checkout\.stripe\.com\//),
			session_id: expect.stringMatching(/^cs_test_/),
			total_cost: 12.5,
			domains: ['novaleads.com'],
		});
		expect(
			(env.sandbox.state as unknown as State).domains.some((d) => d.name === 'novaleads.com'),
		).toBe(false);
	});

	test('its operation description says it charges the account', () => {
		const { InboxKit } =
			require('../../nodes/InboxKit/InboxKit.node') as typeof import('../../nodes/InboxKit/InboxKit.node');
		const dropdown = new InboxKit().description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === 'domain',
		)!;
		const option = dropdown.options!.find((o) => (o as { value: string }).value === 'register') as {
			description: string;
		};
		expect(option.description).toMatch(
			/Charges your InboxKit account\. Sent once and never retried/,
		);
	});
});

test('an already connected domain (InboxKit\'s 409 with "error": false) still gives its nameservers', async () => {
	const { error, items } = await env.run({
		parameters: { resource: 'domain', operation: 'getNameservers', domains: 'acme-mail.com' },
	});
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json)).toEqual([
		expect.objectContaining({
			domain: 'acme-mail.com',
			uid: 'dom_acmemail1',
			nameservers: ['ns1.inboxkit-dns.com', 'ns2.inboxkit-dns.com'],
		}),
	]);
	expect(env.sandbox.calls('POST /domains/nameservers')).toHaveLength(1);
});

test('a 409 with "error": true stays a failure, also for Get Nameservers', async () => {
	env.sandbox.fault('POST /domains/nameservers', {
		status: 409,
		body: { error: true, message: 'Domain is locked' },
	});
	const { error } = await env.run({
		parameters: { resource: 'domain', operation: 'getNameservers', domains: 'new-brand.com' },
	});
	expect(error).toMatchObject({ httpCode: '409', message: 'InboxKit: Domain is locked' });
});
