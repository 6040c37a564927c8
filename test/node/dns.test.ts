/* eslint-disable @typescript-eslint/no-require-imports -- test files load modules lazily inside tests */
import type { IDataObject } from 'n8n-workflow';

import { expectRejectedBeforeSending, type BadInput } from '../support/badInput';
import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { useSandbox, type INodeParameters } from '../support/sandbox';

/** Every DNS operation through n8n against the sandbox, and the record checks before sending. */
const env = useSandbox();

type Zone = Array<Record<string, unknown>>;
type State = { dnsRecords: Record<string, Zone> };

type Case = OperationCase<State>;

const cases: Case[] = [
	{
		title: 'Get Records (one item per record)',
		parameters: { resource: 'dns', operation: 'get', domain: 'Acme-Mail.com' },
		request: { method: 'GET', path: '/dns/list', query: { domain: 'acme-mail.com' } },
		output: (items) => {
			expect(items.map((i) => [i.domain, i.type, i.host])).toEqual([
				['acme-mail.com', 'MX', '@'],
				['acme-mail.com', 'TXT', '@'],
				['acme-mail.com', 'TXT', '_dmarc'],
				['acme-mail.com', 'CNAME', 'track'],
			]);
			expect(items[0]).toEqual({
				domain: 'acme-mail.com',
				_id: '60f7b8c9e4b0b8c9e4b0b8c1',
				type: 'MX',
				host: '@',
				value: 'smtp.google.com',
				ttl: 3600,
				priority: 1,
				status: 'active',
			});
		},
	},
	{
		title: 'Add Records from the fields (the domain by its uid)',
		parameters: {
			resource: 'dns',
			operation: 'add',
			domain: 'dom_acmemail1',
			records: {
				record: [
					{ type: 'TXT', host: '@', value: 'google-site-verification=abc123', ttl: 300 },
					{ type: 'MX', host: '@', value: 'ALT1.smtp.google.com.', ttl: 3600, priority: 5 },
					{ type: 'A', host: 'WWW', value: '192.0.2.44', ttl: 600, priority: 10 },
				],
			},
		},
		request: {
			method: 'POST',
			path: '/dns/add',
			body: {
				uid: 'dom_acmemail1',
				records: [
					{ type: 'TXT', host: '@', value: 'google-site-verification=abc123', ttl: 300 },
					{ type: 'MX', host: '@', value: 'alt1.smtp.google.com', ttl: 3600, priority: 5 },
					{ type: 'A', host: 'www', value: '192.0.2.44', ttl: 600 },
				],
			},
		},
		output: ([json], state) => {
			expect(json).toMatchObject({ message: 'DNS records added', domain: 'acme-mail.com' });
			expect(json.records).toHaveLength(3);
			expect(state.dnsRecords['acme-mail.com']).toHaveLength(7);
			expect(state.dnsRecords['acme-mail.com'][5]).toMatchObject({
				type: 'MX',
				value: 'alt1.smtp.google.com',
				priority: 5,
				status: 'pending',
			});
		},
	},
	{
		title: 'Add Records from JSON text',
		parameters: {
			resource: 'dns',
			operation: 'add',
			domain: 'dom_acmeout2',
			recordsInput: 'json',
			recordsJson:
				'[{"type": "aaaa", "host": "v6", "value": "2001:db8::10"}, {"type": "CNAME", "host": "links", "value": "track.inboxkit.com", "ttl": "900"}]',
		},
		request: {
			method: 'POST',
			path: '/dns/add',
			body: {
				uid: 'dom_acmeout2',
				records: [
					{ type: 'AAAA', host: 'v6', value: '2001:db8::10' },
					{ type: 'CNAME', host: 'links', value: 'track.inboxkit.com', ttl: 900 },
				],
			},
		},
		output: (_items, state) =>
			expect(state.dnsRecords['acmeoutreach.net'].map((r) => [r.type, r.host, r.ttl])).toEqual([
				['A', '@', 300],
				['AAAA', 'v6', 3600],
				['CNAME', 'links', 900],
			]),
	},
	{
		title: 'Update Records (each named by its record_id)',
		parameters: {
			resource: 'dns',
			operation: 'update',
			domain: 'dom_acmemail1',
			records: {
				record: [
					{
						record_id: '60f7b8c9e4b0b8c9e4b0b8c3',
						type: 'TXT',
						host: '_dmarc',
						value: 'v=DMARC1; p=quarantine',
						ttl: 1800,
					},
				],
			},
		},
		request: {
			method: 'POST',
			path: '/dns/update',
			body: {
				uid: 'dom_acmemail1',
				records: [
					{
						record_id: '60f7b8c9e4b0b8c9e4b0b8c3',
						type: 'TXT',
						host: '_dmarc',
						value: 'v=DMARC1; p=quarantine',
						ttl: 1800,
					},
				],
			},
		},
		output: ([json], state) => {
			expect(json).toMatchObject({ message: 'DNS records updated', domain: 'acme-mail.com' });
			expect(state.dnsRecords['acme-mail.com'][2]).toEqual({
				_id: '60f7b8c9e4b0b8c9e4b0b8c3',
				type: 'TXT',
				host: '_dmarc',
				value: 'v=DMARC1; p=quarantine',
				ttl: 1800,
				status: 'pending',
			});
		},
	},
	{
		title: 'Update Records from an expression giving one record (a list of one)',
		parameters: {
			resource: 'dns',
			operation: 'update',
			domain: 'dom_acmemail1',
			recordsInput: 'json',
			recordsJson: '={{ $json.record }}',
		},
		items: [
			{
				record: {
					record_id: '60f7b8c9e4b0b8c9e4b0b8c3',
					type: 'txt',
					host: '_dmarc',
					value: 'v=DMARC1; p=reject',
				},
			},
		],
		request: {
			method: 'POST',
			path: '/dns/update',
			body: {
				uid: 'dom_acmemail1',
				records: [
					{
						record_id: '60f7b8c9e4b0b8c9e4b0b8c3',
						type: 'TXT',
						host: '_dmarc',
						value: 'v=DMARC1; p=reject',
					},
				],
			},
		},
		output: (_items, state) =>
			expect(state.dnsRecords['acme-mail.com'][2]).toMatchObject({
				type: 'TXT',
				value: 'v=DMARC1; p=reject',
			}),
	},
	{
		title: 'Delete Records (by record_ids)',
		parameters: {
			resource: 'dns',
			operation: 'delete',
			domain: 'dom_acmemail1',
			recordIds: '60f7b8c9e4b0b8c9e4b0b8c4,\n 60f7b8c9e4b0b8c9e4b0b8c2',
		},
		request: {
			method: 'POST',
			path: '/dns/delete',
			body: {
				uid: 'dom_acmemail1',
				record_ids: ['60f7b8c9e4b0b8c9e4b0b8c4', '60f7b8c9e4b0b8c9e4b0b8c2'],
			},
		},
		output: ([json], state) => {
			expect(json).toEqual({
				deleted: true,
				uid: 'dom_acmemail1',
				record_ids: ['60f7b8c9e4b0b8c9e4b0b8c4', '60f7b8c9e4b0b8c9e4b0b8c2'],
				message: 'DNS records deleted',
				domain: 'acme-mail.com',
				deleted_count: 2,
			});
			expect(state.dnsRecords['acme-mail.com'].map((r) => r.type)).toEqual(['MX', 'TXT']);
		},
	},
	{
		title: 'Delete Records from an expression giving the ids of Get Records output',
		parameters: {
			resource: 'dns',
			operation: 'delete',
			domain: 'dom_acmeout2',
			recordIds: '={{ $json.records.map((r) => r._id) }}',
		},
		items: [
			{
				records: [
					{ _id: '60f7b8c9e4b0b8c9e4b0b8d1', type: 'A', host: '@', value: '192.0.2.20', ttl: 300 },
				],
			},
		],
		request: {
			method: 'POST',
			path: '/dns/delete',
			body: { uid: 'dom_acmeout2', record_ids: ['60f7b8c9e4b0b8c9e4b0b8d1'] },
		},
		output: (_items, state) => expect(state.dnsRecords['acmeoutreach.net']).toEqual([]),
	},
	{
		title: 'Verify by names (one item per domain, with its health)',
		parameters: {
			resource: 'dns',
			operation: 'verify',
			domains: 'Acme-Mail.com\nacmeoutreach.net',
		},
		request: {
			method: 'POST',
			path: '/dns/verify',
			body: { domains: ['acme-mail.com', 'acmeoutreach.net'] },
		},
		output: (items, state) => {
			expect(items).toEqual([
				{
					domain: 'acme-mail.com',
					status: 'verified',
					records: [
						{ label: 'MX', status: 'valid' },
						{ label: 'SPF', status: 'valid' },
						{ label: 'DKIM', status: 'missing' },
						{ label: 'DMARC', status: 'valid' },
					],
					overall_health: 'issues',
					needs_repair: true,
				},
				expect.objectContaining({
					domain: 'acmeoutreach.net',
					overall_health: 'critical',
					needs_repair: true,
				}),
			]);
			expect(state.dnsRecords['acme-mail.com']).toHaveLength(4);
		},
	},
	{
		title: 'Verify one domain by name (the singular form, as the client sends one)',
		parameters: { resource: 'dns', operation: 'verify', domains: 'ACME-mail.com' },
		request: { method: 'POST', path: '/dns/verify', body: { domain: 'acme-mail.com' } },
		output: (items) =>
			expect(items).toEqual([
				expect.objectContaining({ domain: 'acme-mail.com', needs_repair: true }),
			]),
	},
	{
		title: 'Repair one domain by uid (the singular form, as the client sends one)',
		parameters: { resource: 'dns', operation: 'repair', domains: 'dom_acmeout2' },
		request: { method: 'POST', path: '/dns/repair', body: { uid: 'dom_acmeout2' } },
		output: (items, state) => {
			expect(items).toEqual([
				expect.objectContaining({
					domain: 'acmeoutreach.net',
					overall_health: 'healthy',
					needs_repair: false,
				}),
			]);
			expect(state.dnsRecords['acmeoutreach.net'].map((r) => r.type)).toEqual([
				'A',
				'MX',
				'TXT',
				'TXT',
				'TXT',
			]);
		},
	},
];

describeOperationCases(env, ['dns'], cases);

describe('Verify and Repair', () => {
	test('Combine Input Items checks the domains of all items in one request, each result paired to its item', async () => {
		const { items } = await env.run({
			parameters: {
				resource: 'dns',
				operation: 'verify',
				domains: '={{ $json.domain }}',
				combineItems: true,
			},
			items: [{ domain: 'acmeoutreach.net' }, { domain: 'acme-mail.com' }],
		});
		expect(env.sandbox.calls('POST /dns/verify').map((r) => r.body)).toEqual([
			{ domains: ['acmeoutreach.net', 'acme-mail.com'] },
		]);
		expect(items.map((i) => [i.json.domain, i.pairedItem])).toEqual([
			['acmeoutreach.net', { item: 0 }],
			['acme-mail.com', { item: 1 }],
		]);
	});

	test('Verify only reads, so a 429 is retried; Repair changes records, so it is sent once', async () => {
		const tooMany = { status: 429, headers: { 'Retry-After': '0' } };
		env.sandbox.fault('POST /dns/verify', tooMany);
		const verified = await env.run({
			parameters: { resource: 'dns', operation: 'verify', domains: 'acme-mail.com' },
		});
		expect(verified.error).toBeUndefined();
		expect(env.sandbox.calls('POST /dns/verify')).toHaveLength(2);

		env.sandbox.fault('POST /dns/repair', tooMany);
		const repaired = await env.run({
			parameters: { resource: 'dns', operation: 'repair', domains: 'acme-mail.com' },
		});
		expect(repaired.error).toMatchObject({ httpCode: '429' });
		expect(env.sandbox.calls('POST /dns/repair')).toHaveLength(1);
	});
});

describe('the DNS writes name the domain by its uid; a name is looked up first', () => {
	const txt = { record: [{ type: 'TXT', host: '@', value: 'v=spf1 -all', ttl: 300 }] };
	const rl = (mode: string, value: string) => ({ __rl: true, mode, value });

	test.each([
		['From List (its uid)', rl('list', 'dom_acmemail1'), false],
		['By ID', rl('id', 'dom_acmemail1'), false],
		['By Name (looked up)', rl('name', 'Acme-Mail.com'), true],
	])('the Domain picker %s: the write names the uid', async (_mode, domain, looksUp) => {
		const { error } = await env.run({
			parameters: { resource: 'dns', operation: 'add', domain, records: txt },
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls('POST /domains/list')).toHaveLength(looksUp ? 1 : 0);
		expect(env.sandbox.calls('POST /dns/add').map((r) => r.body?.uid)).toEqual(['dom_acmemail1']);
	});

	test.each([
		['dns', 'get', 'GET /dns/list', (r: { query: IDataObject }) => r.query.domain],
		[
			'domain',
			'removeDmarc',
			'DELETE /domains/dmarc',
			(r: { body?: IDataObject }) => r.body?.domain,
		],
	])(
		'%s %s takes the name: picked From List or typed By Name, it is sent as the name',
		async (resource, operation, call, sentName) => {
			for (const domain of [rl('list', 'acme-mail.com'), rl('name', 'Acme-Mail.com.')]) {
				const { error } = await env.run({ parameters: { resource, operation, domain } });
				expect(error).toBeUndefined();
			}
			expect(env.sandbox.calls(call).map(sentName as (r: unknown) => unknown)).toEqual([
				'acme-mail.com',
				'acme-mail.com',
			]);
		},
	);
	const lookup = (keyword: string) => ({
		method: 'POST',
		path: '/domains/list',
		body: { keyword, page: 1, limit: 100 },
		workspace: 'ws_main01',
	});
	const sent = () =>
		env.sandbox.requests.map((r) => ({
			method: r.method,
			path: r.path,
			body: r.body,
			workspace: r.headers['x-workspace-id'],
		}));
	const seedDomains = () =>
		(
			require('../sandbox/state') as { seedState: () => State & { domains: IDataObject[] } }
		).seedState().domains;

	test.each([
		[
			'add',
			{ records: txt },
			{ records: [{ type: 'TXT', host: '@', value: 'v=spf1 -all', ttl: 300 }] },
		],
		[
			'delete',
			{ recordIds: '60f7b8c9e4b0b8c9e4b0b8c2' },
			{ record_ids: ['60f7b8c9e4b0b8c9e4b0b8c2'] },
		],
	])(
		'%s: List Domains by the first label, then the write with the uid',
		async (operation, fields, body) => {
			const { error } = await env.run({
				parameters: { resource: 'dns', operation, domain: ' Acme-Mail.com. ', ...fields },
			});
			expect(error).toBeUndefined();
			expect(sent()).toEqual([
				lookup('acme-mail'),
				{
					method: 'POST',
					path: `/dns/${operation}`,
					body: { uid: 'dom_acmemail1', ...body },
					workspace: 'ws_main01',
				},
			]);
		},
	);

	test('a domain InboxKit lists as its label with the TLD beside it is matched by its full name', async () => {
		env.sandbox.reset({
			domains: [
				...seedDomains(),
				{ uid: 'dom_split7', name: 'acme-split', tld: '.io', workspace_uid: 'ws_main01' },
				{ uid: 'dom_split8', name: 'acme-split', tld: 'com', workspace_uid: 'ws_main01' },
			],
		});
		const { error } = await env.run({
			parameters: { resource: 'dns', operation: 'add', domain: 'acme-split.com', records: txt },
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls('POST /dns/add').map((r) => r.body?.uid)).toEqual(['dom_split8']);
	});

	test('a name the workspace does not have is an error naming the field, and nothing is written', async () => {
		const { error } = await env.run({
			parameters: { resource: 'dns', operation: 'add', domain: 'acme-mail.net', records: txt },
		});
		expect(error?.name).toBe('NodeOperationError');
		expect(error?.message).toBe(
			'The "Domain" field holds "acme-mail.net", but the workspace has no domain with that name',
		);
		expect(sent()).toEqual([lookup('acme-mail')]);
	});

	test('a name that matches several domains is an error listing their uids, and nothing is written', async () => {
		env.sandbox.reset({
			domains: [
				...seedDomains(),
				{ uid: 'dom_acmetwin9', name: 'acme-mail.com', workspace_uid: 'ws_main01' },
			],
		});
		const { error } = await env.run({
			parameters: {
				resource: 'dns',
				operation: 'delete',
				domain: 'acme-mail.com',
				recordIds: '60f7b8c9e4b0b8c9e4b0b8c2',
			},
		});
		expect(error?.message).toBe(
			'The "Domain" field holds "acme-mail.com", which matches 2 domains of the workspace (dom_acmemail1, dom_acmetwin9)',
		);
		expect(env.sandbox.calls('POST /dns/delete')).toHaveLength(0);
	});
});

test('the record type is a dropdown of the types InboxKit manages', () => {
	const { dns } =
		require('../../nodes/InboxKit/resources/dns') as typeof import('../../nodes/InboxKit/resources/dns');
	const records = dns.operations
		.find((o) => o.value === 'add')!
		.fields!.find((f) => f.name === 'records')!;
	const type = (
		records.options![0] as {
			values: Array<{ name: string; type: string; options?: Array<{ value: string }> }>;
		}
	).values.find((v) => v.name === 'type')!;
	expect(type.type).toBe('options');
	expect(type.options!.map((o) => o.value)).toEqual(['A', 'AAAA', 'CNAME', 'MX', 'TXT']);
});

describe('bad DNS input is refused before any request, naming the field', () => {
	const add = (record: IDataObject): INodeParameters => ({
		resource: 'dns',
		operation: 'add',
		domain: 'acme-mail.com',
		records: { record: [{ type: 'TXT', host: '@', value: 'x', ttl: 3600, ...record }] },
	});
	const json = (recordsJson: string, operation = 'update'): INodeParameters => ({
		resource: 'dns',
		operation,
		domain: 'acme-mail.com',
		recordsInput: 'json',
		recordsJson,
	});
	const rows: BadInput[] = [
		{
			title: 'a Domain expression that gives nothing',
			parameters: { resource: 'dns', operation: 'get', domain: '={{ $json.nothing }}' },
			message: 'The "Domain" field is empty',
		},
		{
			title: 'a domain that is not one',
			parameters: { resource: 'dns', operation: 'get', domain: 'acme mail.com' },
			message: /^The "Domain" field holds "acme mail.com", which is not a domain name$/,
		},
		{
			title: 'a uid that is not an InboxKit ID',
			parameters: { ...add({}), domain: 'dom acme' },
			message: 'The "Domain" field holds "dom acme", which is not an InboxKit ID',
		},
		{
			title: 'names and IDs in one field (Verify)',
			parameters: { resource: 'dns', operation: 'verify', domains: 'acme-mail.com, dom_acmeout2' },
			message: 'The "Domains" field holds both domain names and domain IDs',
		},
		{
			title: 'a domain given as an email address',
			parameters: { ...add({}), domain: 'ops@acme-mail.com' },
			message: /^The "Domain" field holds "ops@acme-mail.com", which is not a domain name$/,
		},
		{
			title: 'a TTL below 60',
			parameters: add({ ttl: 30 }),
			message: /^The "TTL \(record 1\)" field must be between 60 and 86400, but got 30$/,
		},
		{
			title: 'a bad record among several stops the whole request',
			parameters: {
				resource: 'dns',
				operation: 'add',
				domain: 'acme-mail.com',
				records: {
					record: [
						{ type: 'TXT', host: '@', value: 'ok', ttl: 3600 },
						{ type: 'A', host: 'www', value: '10.0.0.1', ttl: 5 },
					],
				},
			},
			message: 'The "TTL (record 2)" field must be between 60 and 86400, but got 5',
		},
		{
			title: 'a TTL that is a fraction',
			parameters: add({ ttl: 300.5 }),
			message: /^The "TTL \(record 1\)" field must be a whole number, but got 300.5$/,
		},
		{
			title: 'a TTL from an expression giving text',
			parameters: add({ ttl: '={{ "soon" }}' }),
			message: /^The "TTL \(record 1\)" field must be a whole number, but got soon$/,
		},
		{
			title: 'a record type from an expression that is not offered',
			parameters: add({ type: '={{ "SRV" }}' }),
			message:
				/^The "Type \(record 1\)" field holds "SRV", which is not a record type InboxKit manages$/,
		},
		{
			title: 'an MX priority out of range',
			parameters: add({ type: 'MX', value: 'mx.acme.test', priority: 70000 }),
			message: /^The "Priority \(record 1\)" field must be between 0 and 65535, but got 70000$/,
		},
		{
			title: 'a host with a space',
			parameters: add({ host: 'my host' }),
			message: /^The "Host \(record 1\)" field holds "my host", which is not a host name$/,
		},
		{
			title: 'an empty value',
			parameters: add({ value: '' }),
			message: /^The "Value \(record 1\)" field is empty$/,
		},
		{
			title: 'an A record with a name for a value',
			parameters: add({ type: 'A', value: 'mail.acme.test' }),
			message:
				/^The "Value \(record 1\)" field holds "mail.acme.test", which is not an IPv4 address$/,
		},
		{
			title: 'an A record with an address out of range',
			parameters: add({ type: 'A', value: '192.0.2.300' }),
			message: /^The "Value \(record 1\)" field holds "192.0.2.300", which is not an IPv4 address$/,
		},
		{
			title: 'a CNAME pointing to a URL with spaces',
			parameters: add({ type: 'CNAME', value: 'not a host' }),
			message: /^The "Value \(record 1\)" field holds "not a host", which is not a host name$/,
		},
		{
			title: 'no records at all',
			parameters: { resource: 'dns', operation: 'add', domain: 'acme-mail.com', records: {} },
			message: /^The "Records" field is empty$/,
		},
		{
			title: 'JSON that does not parse',
			parameters: json('[{"type": "TXT",'),
			message: /^The "Records \(JSON\)" field is not valid JSON$/,
		},
		{
			title: 'JSON that does not parse, to add',
			parameters: json('[{type: A}', 'add'),
			message: /^The "Records \(JSON\)" field is not valid JSON$/,
		},
		{
			title: 'JSON that is one object is checked as a list of one',
			parameters: json('{"type": "TXT", "host": "@", "value": "x"}'),
			message: /^The "Records \(JSON\): record_id of record 1" field is empty$/,
		},
		{
			title: 'JSON that is a number, not a list',
			parameters: json('42', 'add'),
			message: /^The "Records \(JSON\)" field must be a list of records$/,
		},
		{
			title: 'JSON with an unknown record type',
			parameters: json(
				'[{"type": "TXT", "host": "@", "value": "x"}, {"type": "SPF", "host": "@", "value": "x"}]',
				'add',
			),
			message:
				/^The "Records \(JSON\): type of record 2" field holds "SPF", which is not a record type InboxKit manages$/,
		},
		{
			title: 'JSON with a bad TTL',
			parameters: json(
				'[{"record_id": "r1", "type": "TXT", "host": "@", "value": "x", "ttl": 100000}]',
			),
			message:
				/^The "Records \(JSON\): ttl of record 1" field must be between 60 and 86400, but got 100000$/,
		},
		{
			title: 'JSON with a record that is not an object',
			parameters: json('["TXT @ x"]', 'add'),
			message:
				/^The "Records \(JSON\)" field must hold records \(objects\), but record 1 is "TXT @ x"$/,
		},
		{
			title: 'JSON with a record lacking its host',
			parameters: json('[{"type": "TXT", "value": "x"}]', 'add'),
			message: /^The "Records \(JSON\): host of record 1" field is empty$/,
		},
		{
			title: 'an update without the record id',
			parameters: json('[{"type": "TXT", "host": "@", "value": "x"}]'),
			message: /^The "Records \(JSON\): record_id of record 1" field is empty$/,
		},
		{
			title: 'a record id with spaces to delete',
			parameters: {
				resource: 'dns',
				operation: 'delete',
				domain: 'acme-mail.com',
				recordIds: 'abc def',
			},
			message: /^The "Record IDs" field holds "abc def", which is not an InboxKit ID$/,
		},
		{
			title: 'an expression giving no list',
			parameters: json('={{ $json.records }}', 'add'),
			items: [{ records: 'TXT' }],
			message: /^The "Records \(JSON\)" field (is not valid JSON|must be a list of records)$/,
		},
	];

	expectRejectedBeforeSending(env, rows);
});

test("InboxKit's own refusal comes through with its message", async () => {
	const { error } = await env.run({
		parameters: {
			resource: 'dns',
			operation: 'update',
			domain: 'acme-mail.com',
			records: {
				record: [
					{ record_id: 'gone0000', type: 'TXT', host: 'nothing-here', value: 'x', ttl: 3600 },
				],
			},
		},
	});
	expect(error).toMatchObject({ httpCode: '404', message: 'InboxKit: Record not found: gone0000' });
	expect(env.sandbox.calls('POST /dns/update')).toHaveLength(1);
});
