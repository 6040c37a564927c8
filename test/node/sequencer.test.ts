/* eslint-disable @typescript-eslint/no-require-imports -- test files load modules lazily inside tests */
import type { IDataObject, NodeApiError } from 'n8n-workflow';

import { expectRejectedBeforeSending } from '../support/badInput';
import { loadOptions } from '../support/n8n';
import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { DEFAULT_WORKSPACE, useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * Every Sequencer operation through n8n against the sandbox: the exact request InboxKit receives
 * (method, path, query, body, token, workspace header), the items the user gets, the platform
 * dropdown, offset paging, and the sequencer's password and API key kept out of errors.
 */
const env = useSandbox();

type State = Record<string, unknown> & { sequencers: IDataObject[]; exports: IDataObject[] };

type Case = OperationCase<State>;

const sequencerUid = (state: State, uid: string) => state.sequencers.find((s) => s.uid === uid);

const cases: Case[] = [
	{
		title: 'Get Platforms (one item per platform)',
		parameters: { resource: 'sequencer', operation: 'getPlatforms' },
		request: { method: 'GET', path: '/sequencers/platforms', query: {} },
		output: (items) =>
			expect(items).toEqual([
				{ name: 'Smartlead', value: 'smartlead' },
				{ name: 'Instantly', value: 'instantly' },
				{ name: 'EmailBison', value: 'emailbison' },
			]),
	},
	{
		title: 'Get Many, Return All',
		parameters: { resource: 'sequencer', operation: 'getMany', returnAll: true },
		request: { method: 'POST', path: '/sequencers/list', body: { limit: 100, offset: 0 } },
		output: (items) =>
			expect(items).toEqual([
				{
					uid: 'seq_smart01',
					name: 'Smartlead main',
					platform: 'smartlead',
					status: 'connected',
					sequencer_email: 'ops@acme.test',
				},
				{
					uid: 'seq_inst02',
					name: 'Instantly EU',
					platform: 'instantly',
					status: 'connected',
					sequencer_email: 'eu@acme.test',
				},
			]),
	},
	{
		title: 'Get Many on some platforms, with a limit',
		parameters: {
			resource: 'sequencer',
			operation: 'getMany',
			returnAll: false,
			limit: 10,
			filters: { sequencer_platforms: ['instantly'] },
		},
		request: {
			method: 'POST',
			path: '/sequencers/list',
			body: { sequencer_platforms: ['instantly'], limit: 10, offset: 0 },
		},
		output: (items) => expect(items.map((i) => i.uid)).toEqual(['seq_inst02']),
	},
	{
		title: 'Get Export Status, filtered',
		parameters: {
			resource: 'sequencer',
			operation: 'getExportStatus',
			returnAll: true,
			filters: {
				sequencer_uid: 'seq_smart01',
				mailbox_uids: 'mbx_jane01, mbx_sam03',
				status: 'failed',
			},
		},
		request: {
			method: 'POST',
			path: '/sequencers/export/status',
			body: {
				sequencer_uid: 'seq_smart01',
				mailbox_uids: ['mbx_jane01', 'mbx_sam03'],
				status: 'failed',
				limit: 100,
				offset: 0,
			},
		},
		output: (items) =>
			expect(items).toEqual([
				{
					uid: 'exp_sam_smart',
					mailbox_uid: 'mbx_sam03',
					mailbox_email: 'sam.poe@acmeoutreach.net',
					sequencer_uid: 'seq_smart01',
					status: 'failed',
					error_message: 'Mailbox is suspended',
				},
			]),
	},
	{
		title: 'Get Export Status by export IDs',
		parameters: {
			resource: 'sequencer',
			operation: 'getExportStatus',
			returnAll: true,
			filters: { uids: 'exp_john_inst' },
		},
		request: {
			method: 'POST',
			path: '/sequencers/export/status',
			body: { uids: ['exp_john_inst'], limit: 100, offset: 0 },
		},
		output: (items) =>
			expect(items.map((i) => [i.uid, i.status])).toEqual([['exp_john_inst', 'pending']]),
	},
	{
		title: 'Export Mailboxes (one already exported is skipped)',
		parameters: {
			resource: 'sequencer',
			operation: 'exportMailboxes',
			sequencerId: 'seq_smart01',
			mailboxIds: 'mbx_jane01\nmbx_john02',
		},
		request: {
			method: 'POST',
			path: '/sequencers/export',
			body: { sequencer_uid: 'seq_smart01', mailbox_uids: ['mbx_jane01', 'mbx_john02'] },
		},
		output: ([json, ...more], state) => {
			expect(more).toHaveLength(0);
			const created = state.exports.find(
				(e) => e.mailbox_uid === 'mbx_john02' && e.sequencer_uid === 'seq_smart01',
			);
			expect(json).toEqual({
				message: 'Export started',
				results: { new_exports_created: 1, duplicate_exports_skipped: 1 },
				exports: {
					created: [
						{
							uid: created?.uid,
							mailbox_uid: 'mbx_john02',
							mailbox_email: 'john.roe@acme-mail.com',
							status: 'pending',
						},
					],
				},
			});
		},
	},
	{
		title: 'Add',
		parameters: {
			resource: 'sequencer',
			operation: 'add',
			name: ' Smartlead US ',
			platform: 'smartlead',
			connection: {
				api_key: 'sl-key-123',
				sequencer_login: 'us@acme.test',
				sequencer_password: 'Seq-Pass-1',
				enable_warmup: true,
				auto_reconnect_mailboxes: false,
			},
		},
		request: {
			method: 'POST',
			path: '/sequencers/add',
			body: {
				name: 'Smartlead US',
				platform: 'smartlead',
				sequencer_login: 'us@acme.test',
				sequencer_password: 'Seq-Pass-1',
				api_key: 'sl-key-123',
				enable_warmup: true,
				auto_reconnect_mailboxes: false,
			},
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'Sequencer added successfully',
				uid: expect.stringMatching(/^seq_/),
			});
			expect(sequencerUid(state, json.uid as string)).toMatchObject({
				name: 'Smartlead US',
				platform: 'smartlead',
				workspace_uid: DEFAULT_WORKSPACE,
			});
		},
	},
	{
		title: 'Add with warmup settings and tags',
		parameters: {
			resource: 'sequencer',
			operation: 'add',
			name: 'Instantly warm',
			platform: 'smartlead',
			connection: {
				warmup_limit: 40,
				warmup_increment: 3,
				warmup_replyrate: 55,
				tags: 'outbound, q3',
			},
		},
		request: {
			method: 'POST',
			path: '/sequencers/add',
			body: {
				name: 'Instantly warm',
				platform: 'smartlead',
				warmup_limit: 40,
				warmup_increment: '3',
				warmup_replyrate: 55,
				tags: ['outbound', 'q3'],
			},
		},
		output: ([json], state) =>
			expect(sequencerUid(state, json.uid as string)).toMatchObject({
				warmup_limit: 40,
				tags: ['outbound', 'q3'],
			}),
	},
	{
		title: 'Update',
		parameters: {
			resource: 'sequencer',
			operation: 'update',
			sequencerId: 'seq_inst02',
			updateFields: { name: 'Instantly EU 2', api_key: 'new-key-9', enable_warmup: true },
		},
		request: {
			method: 'POST',
			path: '/sequencers/update',
			body: {
				uid: 'seq_inst02',
				name: 'Instantly EU 2',
				api_key: 'new-key-9',
				enable_warmup: true,
			},
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'Sequencer updated successfully',
				sequencer: {
					uid: 'seq_inst02',
					name: 'Instantly EU 2',
					platform: 'instantly',
					status: 'connected',
					sequencer_email: 'eu@acme.test',
					enable_warmup: true,
				},
			});
			expect(sequencerUid(state, 'seq_inst02')).toMatchObject({ api_key: 'new-key-9' });
		},
	},
	{
		title: 'Delete',
		parameters: {
			resource: 'sequencer',
			operation: 'delete',
			sequencerIds: ['seq_smart01', 'seq_inst02'],
		},
		request: {
			method: 'POST',
			path: '/sequencers/delete',
			body: { uids: ['seq_smart01', 'seq_inst02'] },
		},
		output: ([json], state) => {
			expect(json).toEqual({
				deleted: true,
				uids: ['seq_smart01', 'seq_inst02'],
				message: 'Sequencers deleted successfully',
				deleted_records: ['seq_smart01', 'seq_inst02'],
			});
			expect(state.sequencers).toEqual([]);
		},
	},
];

describeOperationCases(env, ['sequencer'], cases);

describe('the Platform dropdown', () => {
	const credentials = () => ({
		apiToken: env.sandbox.token,
		baseUrl: env.sandbox.url,
		workspaceId: DEFAULT_WORKSPACE,
	});

	test("is filled from InboxKit, sorted by name, in the credential's workspace", async () => {
		const options = await loadOptions('getSequencerPlatforms', credentials());
		expect(options).toEqual([
			{ name: 'EmailBison', value: 'emailbison' },
			{ name: 'Instantly', value: 'instantly' },
			{ name: 'Smartlead', value: 'smartlead' },
		]);
		const [sent, ...more] = env.sandbox.calls();
		expect(more).toHaveLength(0);
		expect([sent.method, sent.path]).toEqual(['GET', '/sequencers/platforms']);
		expect(sent.headers.authorization).toBe(`Bearer ${env.sandbox.token}`);
		expect(sent.headers['x-workspace-id']).toBe(DEFAULT_WORKSPACE);
	});

	test('shows whatever platforms InboxKit offers', async () => {
		env.sandbox.reset({ sequencerPlatforms: [{ name: 'Reply.io', value: 'replyio' }] });
		expect(await loadOptions('getSequencerPlatforms', credentials())).toEqual([
			{ name: 'Reply.io', value: 'replyio' },
		]);
	});

	test('the Add and Get Many fields load from it', () => {
		const { InboxKit } =
			require('../../nodes/InboxKit/InboxKit.node') as typeof import('../../nodes/InboxKit/InboxKit.node');
		const properties = new InboxKit().description.properties;
		const platform = properties.find(
			(p) => p.name === 'platform' && p.displayOptions?.show?.resource?.[0] === 'sequencer',
		)!;
		expect(platform.type).toBe('options');
		expect(platform.typeOptions?.loadOptionsMethod).toBe('getSequencerPlatforms');
		const filters = properties.find(
			(p) =>
				p.name === 'filters' &&
				p.displayOptions?.show?.operation?.[0] === 'getMany' &&
				p.displayOptions?.show?.resource?.[0] === 'sequencer',
		)!;
		const platforms = (
			filters.options as Array<{ name: string; typeOptions?: { loadOptionsMethod?: string } }>
		).find((o) => o.name === 'sequencer_platforms');
		expect(platforms?.typeOptions?.loadOptionsMethod).toBe('getSequencerPlatforms');
	});
});

describe('Return All and Limit page by offset', () => {
	const many = (count: number) =>
		Array.from({ length: count }, (_, n) => ({
			uid: `seq_bulk${String(n).padStart(4, '0')}`,
			workspace_uid: DEFAULT_WORKSPACE,
			name: `Bulk ${n}`,
			platform: 'smartlead',
			status: 'connected',
		}));

	test('Return All over 230 sequencers makes 3 requests, at offsets 0, 100 and 200', async () => {
		env.sandbox.reset({ sequencers: many(230) });
		const { items, error } = await env.run({
			parameters: { resource: 'sequencer', operation: 'getMany', returnAll: true },
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls('POST /sequencers/list').map((r) => r.body)).toEqual([
			{ limit: 100, offset: 0 },
			{ limit: 100, offset: 100 },
			{ limit: 100, offset: 200 },
		]);
		expect(items.map((i) => i.json.uid)).toEqual(many(230).map((s) => s.uid));
	});

	test('Limit 120 stops after the second request', async () => {
		env.sandbox.reset({ sequencers: many(230) });
		const { items } = await env.run({
			parameters: { resource: 'sequencer', operation: 'getMany', returnAll: false, limit: 120 },
		});
		expect(env.sandbox.calls('POST /sequencers/list').map((r) => r.body)).toEqual([
			{ limit: 100, offset: 0 },
			{ limit: 100, offset: 100 },
		]);
		expect(items).toHaveLength(120);
	});
});

describe("the sequencer's password and API key stay out of errors", () => {
	const apiKey = ['sk', 'live', 'Zq93', 'secret'].join('_');
	const password = ['Seq', 'Very', 'Secret', '77'].join('-');
	const add = {
		resource: 'sequencer',
		operation: 'add',
		name: 'Smartlead',
		platform: 'smartlead',
		connection: { api_key: apiKey, sequencer_password: password },
	};
	/** Everything of an error except `node` (n8n attaches the node with its parameters to node errors; that copy is tested on its own below). */
	const withoutNode = (error: unknown) => {
		const rest = { ...(error as Record<string, unknown>) };
		delete rest.node;
		return JSON.stringify({
			...rest,
			message: (error as Error).message,
			description: (error as NodeApiError).description,
			stack: (error as Error).stack,
		});
	};

	test('a failed Add does not repeat them', async () => {
		env.sandbox.fault('POST /sequencers/add', {
			status: 400,
			body: { error: true, message: 'Could not sign in to Smartlead' },
		});
		const { error } = await env.run({ parameters: add });
		expect(error).toMatchObject({
			message: 'InboxKit: Could not sign in to Smartlead',
			httpCode: '400',
		});
		expect(
			JSON.parse(env.sandbox.calls('POST /sequencers/add')[0].rawBody.toString('utf8')),
		).toMatchObject({ api_key: apiKey, sequencer_password: password });
		expect(withoutNode(error)).not.toContain(apiKey);
		expect(withoutNode(error)).not.toContain(password);
	});

	test('with Continue On Fail, the error item does not carry them', async () => {
		env.sandbox.fault('POST /sequencers/add', { status: 500 });
		const { items } = await env.run({ parameters: add, continueOnFail: true });
		expect(items[0].json.error).toBe('InboxKit: Scripted 500');
		expect(JSON.stringify(items)).not.toContain(apiKey);
		expect(JSON.stringify(items)).not.toContain(password);
	});

	test('an API key from an expression that is not text is refused without showing it', async () => {
		const { error } = await env.run({
			parameters: { ...add, connection: { api_key: '={{ $json.key }}' } },
			items: [{ key: { secret: apiKey } }],
		});
		expect(error?.message).toBe('The "API Key" field must be text');
		expect(withoutNode(error)).not.toContain(apiKey);
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('the password and API key fields are password fields', () => {
		const { InboxKit } =
			require('../../nodes/InboxKit/InboxKit.node') as typeof import('../../nodes/InboxKit/InboxKit.node');
		const properties = new InboxKit().description.properties.filter(
			(p) => p.displayOptions?.show?.resource?.[0] === 'sequencer',
		);
		const secretOptions = properties
			.filter((p) => p.type === 'collection')
			.flatMap((p) => p.options as Array<{ name: string; typeOptions?: { password?: boolean } }>)
			.filter((o) => ['api_key', 'sequencer_password'].includes(o.name));
		expect(secretOptions).toHaveLength(4); // in Add's Connection and in Update's Update Fields
		for (const option of secretOptions) expect(option.typeOptions?.password).toBe(true);
	});

	// n8n attaches the node, parameters included, to every error: secret ones are blanked there.
	test('the whole serialised error, node included, does not carry the API key', async () => {
		env.sandbox.fault('POST /sequencers/add', { status: 500 });
		const { error } = await env.run({ parameters: add });
		expect(error).toBeDefined();
		expect(JSON.stringify(error)).not.toContain(apiKey);
	});
});

describe('bad input is refused before any request, naming the field', () => {
	const bad: Array<[string, INodeParameters, RegExp]> = [
		[
			'a sequencer id with spaces',
			{
				resource: 'sequencer',
				operation: 'exportMailboxes',
				sequencerId: 'seq 1',
				mailboxIds: 'mbx_jane01',
			},
			/^The "Sequencer" field holds "seq 1", which is not an InboxKit ID$/,
		],
		[
			'a mailbox email where an id belongs',
			{
				resource: 'sequencer',
				operation: 'exportMailboxes',
				sequencerId: 'seq_smart01',
				mailboxIds: 'mbx_jane01, jane@acme-mail.com',
			},
			/^The "Mailbox IDs" field holds "jane@acme-mail.com", which is not an InboxKit ID$/,
		],
		[
			'a platform from an expression that is not one',
			{ resource: 'sequencer', operation: 'add', name: 'X', platform: '={{ "smart lead" }}' },
			/^The "Platform Name or ID" field holds "smart lead", which is not a sequencer platform$/,
		],
		[
			'an update with nothing to change',
			{ resource: 'sequencer', operation: 'update', sequencerId: 'seq_smart01', updateFields: {} },
			/^The "Update Fields" field is empty$/,
		],
		[
			'a bad id among the sequencers to delete',
			{ resource: 'sequencer', operation: 'delete', sequencerIds: 'seq_smart01\nseq/2' },
			/^The "Sequencer IDs" field holds "seq\/2", which is not an InboxKit ID$/,
		],
		[
			'a bad sequencer id in the export status filter',
			{
				resource: 'sequencer',
				operation: 'getExportStatus',
				returnAll: true,
				filters: { sequencer_uid: 'seq?1' },
			},
			/^The "Sequencer" field holds "seq\?1", which is not an InboxKit ID$/,
		],
	];

	expectRejectedBeforeSending(
		env,
		bad.map(([title, parameters, message]) => ({ title, parameters, message })),
	);
});
