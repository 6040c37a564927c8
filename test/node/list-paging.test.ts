import type { IDataObject, NodeApiError } from 'n8n-workflow';
import { request } from 'undici';

import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * Return All pages through a list until it is complete, and Limit stops where asked, whether or
 * not InboxKit's answer says how many records (`total`) or pages (`pages`) there are: those
 * fields are optional, and without them the first short page is the last. The sandbox's
 * assignable-domains answer never has them; `listTotals: false` takes them out of every list.
 */
const env = useSandbox();

const domains = (count: number) =>
	Array.from({ length: count }, (_, n) => ({
		uid: `dom_bulk${String(n).padStart(4, '0')}`,
		name: `bulk-${n}.com`,
		workspace_uid: DEFAULT_WORKSPACE,
		status: 'active',
	}));

const sequencers = (count: number) =>
	Array.from({ length: count }, (_, n) => ({
		uid: `seq_bulk${String(n).padStart(4, '0')}`,
		workspace_uid: DEFAULT_WORKSPACE,
		name: `Sequencer ${n}`,
		platform: 'smartlead',
		status: 'connected',
	}));

const uids = (records: Array<{ uid: string }>) => records.map((r) => r.uid);
const outputUids = (items: Array<{ json: IDataObject }>) => items.map((i) => i.json.uid);

const assignable = { resource: 'domain', operation: 'getManyAssignable' };
const ASSIGNABLE = 'GET /domains/assignable';

test('the assignable domains answer has neither `total` nor `pages`', async () => {
	env.sandbox.reset({ domains: domains(3) });
	const answer = await request(`${env.sandbox.url}/v1/api/domains/assignable?page=1&limit=2`, {
		headers: {
			authorization: `Bearer ${env.sandbox.token}`,
			'x-workspace-id': DEFAULT_WORKSPACE,
		},
	});
	expect(answer.statusCode).toBe(200);
	const body = (await answer.body.json()) as IDataObject;
	expect(Object.keys(body).sort()).toEqual([
		'current_page',
		'domains',
		'error',
		'limit',
		'message',
	]);
	expect(uids(body.domains as Array<{ uid: string }>)).toEqual(uids(domains(2)));
});

describe('Return All without paging fields stops at the first short page', () => {
	const cases: Array<[number, number]> = [
		[230, 3],
		[200, 3],
		[100, 2],
		[99, 1],
		[0, 1],
	];
	test.each(cases)('%i assignable domains: %i requests, every domain once', async (count, sent) => {
		env.sandbox.reset({ domains: domains(count) });
		const { items, error } = await env.run({ parameters: { ...assignable, returnAll: true } });
		expect(error).toBeUndefined();
		expect(env.sandbox.calls(ASSIGNABLE).map((r) => r.query)).toEqual(
			Array.from({ length: sent }, (_, n) => ({ page: String(n + 1), limit: '100' })),
		);
		expect(outputUids(items)).toEqual(uids(domains(count)));
	});

	test('Domain > Get Many over exactly 200 domains: a third request finds the end', async () => {
		env.sandbox.reset({ domains: domains(200), listTotals: false });
		const { items } = await env.run({
			parameters: { resource: 'domain', operation: 'getMany', returnAll: true },
		});
		expect(env.sandbox.calls('POST /domains/list').map((r) => r.body)).toEqual([
			{ page: 1, limit: 100 },
			{ page: 2, limit: 100 },
			{ page: 3, limit: 100 },
		]);
		expect(outputUids(items)).toEqual(uids(domains(200)));
	});

	test('Sequencer > Get Many (offset paging) over exactly 200: a third request finds the end', async () => {
		env.sandbox.reset({ sequencers: sequencers(200), listTotals: false });
		const { items } = await env.run({
			parameters: { resource: 'sequencer', operation: 'getMany', returnAll: true },
		});
		expect(env.sandbox.calls('POST /sequencers/list').map((r) => r.body)).toEqual([
			{ limit: 100, offset: 0 },
			{ limit: 100, offset: 100 },
			{ limit: 100, offset: 200 },
		]);
		expect(outputUids(items)).toEqual(uids(sequencers(200)));
	});
});

describe('paging fields sent as null are no count: Return All goes on to the short page', () => {
	test('Domain > Get Many over 150 domains with `pages` and `total` null: all 150', async () => {
		env.sandbox.reset({ domains: domains(150), listTotals: 'null' });
		const { items, error } = await env.run({
			parameters: { resource: 'domain', operation: 'getMany', returnAll: true },
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls('POST /domains/list').map((r) => r.body)).toEqual([
			{ page: 1, limit: 100 },
			{ page: 2, limit: 100 },
		]);
		expect(outputUids(items)).toEqual(uids(domains(150)));
	});

	test('Sequencer > Get Many over 150 with `total` null: all 150', async () => {
		env.sandbox.reset({ sequencers: sequencers(150), listTotals: 'null' });
		const { items } = await env.run({
			parameters: { resource: 'sequencer', operation: 'getMany', returnAll: true },
		});
		expect(env.sandbox.calls('POST /sequencers/list')).toHaveLength(2);
		expect(outputUids(items)).toEqual(uids(sequencers(150)));
	});
});

describe('with paging fields, the request past the end is not sent', () => {
	test('Sequencer > Get Many over exactly 200: `total` ends it after 2 requests', async () => {
		env.sandbox.reset({ sequencers: sequencers(200) });
		const { items } = await env.run({
			parameters: { resource: 'sequencer', operation: 'getMany', returnAll: true },
		});
		expect(env.sandbox.calls('POST /sequencers/list')).toHaveLength(2);
		expect(outputUids(items)).toEqual(uids(sequencers(200)));
	});

	test('Mailbox > Get Many over exactly 100: `pages` ends it after 1 request', async () => {
		env.sandbox.reset({
			mailboxes: Array.from({ length: 100 }, (_, n) => ({
				uid: `mbx_bulk${String(n).padStart(4, '0')}`,
				username: `user${n}`,
				domain_name: 'acme-mail.com',
				workspace_uid: DEFAULT_WORKSPACE,
				status: 'active',
			})),
		});
		const { items } = await env.run({
			parameters: { resource: 'mailbox', operation: 'getMany', returnAll: true },
		});
		expect(env.sandbox.calls('POST /mailboxes/list')).toHaveLength(1);
		expect(items).toHaveLength(100);
	});
});

test('Domain > Get Many left at its defaults: one request of 50, the first 50 domains', async () => {
	env.sandbox.reset({ domains: domains(230) });
	const { items } = await env.run({ parameters: { resource: 'domain', operation: 'getMany' } });
	expect(env.sandbox.calls('POST /domains/list').map((r) => r.body)).toEqual([
		{ page: 1, limit: 50 },
	]);
	expect(outputUids(items)).toEqual(uids(domains(50)));
});

test('Limit 150 without paging fields: two requests of 100, the first 150 domains', async () => {
	env.sandbox.reset({ domains: domains(230) });
	const { items } = await env.run({ parameters: { ...assignable, returnAll: false, limit: 150 } });
	expect(env.sandbox.calls(ASSIGNABLE).map((r) => r.query)).toEqual([
		{ page: '1', limit: '100' },
		{ page: '2', limit: '100' },
	]);
	expect(outputUids(items)).toEqual(uids(domains(150)));
});

test('a 429 on the second page is waited out: that page is asked again, nothing is lost', async () => {
	env.sandbox.reset({ domains: domains(230) });
	// The first answer is the route's own; the second is a 429.
	env.sandbox.fault(
		ASSIGNABLE,
		{},
		{ status: 429, headers: { 'Retry-After': '0' }, body: { code: 429, message: 'Slow down' } },
	);
	const { items, error } = await env.run({ parameters: { ...assignable, returnAll: true } });
	expect(error).toBeUndefined();
	expect(env.sandbox.calls(ASSIGNABLE).map((r) => r.query.page)).toEqual(['1', '2', '2', '3']);
	expect(outputUids(items)).toEqual(uids(domains(230)));
});

test('a list answer without its records key fails, naming the key', async () => {
	env.sandbox.fault(ASSIGNABLE, {
		status: 200,
		body: { error: false, message: 'Assignable domains', records: [] },
	});
	const { error } = await env.run({ parameters: { ...assignable, returnAll: true } });
	expect(error).toMatchObject({
		name: 'NodeApiError',
		message: 'InboxKit: The answer has no "domains" list',
		httpCode: '200',
	});
	expect((error as NodeApiError).description).toBe('GET /domains/assignable answered 200.');
});
