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

const mailboxes = (count: number) =>
	Array.from({ length: count }, (_, n) => ({
		uid: `mbx_bulk${String(n).padStart(4, '0')}`,
		username: `user${n}`,
		domain_name: 'acme-mail.com',
		workspace_uid: DEFAULT_WORKSPACE,
		status: 'active',
	}));

/** The requests a list's route received: its query for a GET, its body for a POST. */
const sent = (route: string) =>
	env.sandbox
		.calls(route)
		.map((r) => (route.startsWith('GET ') ? (r.query as IDataObject) : r.body));
const pageQueries = (count: number) =>
	Array.from({ length: count }, (_, n) => ({ page: String(n + 1), limit: '100' }));
const pageBodies = (count: number) =>
	Array.from({ length: count }, (_, n) => ({ page: n + 1, limit: 100 }));
const offsetBodies = (count: number) =>
	Array.from({ length: count }, (_, n) => ({ limit: 100, offset: n * 100 }));

const LISTS = {
	assignable: { parameters: assignable, route: ASSIGNABLE, records: domains, key: 'domains' },
	domains: {
		parameters: { resource: 'domain', operation: 'getMany' },
		route: 'POST /domains/list',
		records: domains,
		key: 'domains',
	},
	sequencers: {
		parameters: { resource: 'sequencer', operation: 'getMany' },
		route: 'POST /sequencers/list',
		records: sequencers,
		key: 'sequencers',
	},
	mailboxes: {
		parameters: { resource: 'mailbox', operation: 'getMany' },
		route: 'POST /mailboxes/list',
		records: mailboxes,
		key: 'mailboxes',
	},
};

/**
 * Return All over each list, with the paging fields the sandbox sends (`listTotals`: left out,
 * sent as null, or there): the requests sent and the records output, every one once.
 * - Without paging fields (or null: no count) the first short page ends the list, so a list of
 *   exactly 200 costs a third request.
 * - With them, the request past the end is not sent.
 */
describe('Return All: the requests each list sends, with and without paging fields', () => {
	const cases: Array<{
		title: string;
		list: keyof typeof LISTS;
		count: number;
		listTotals?: false | 'null';
		requests: object[];
	}> = [
		// The assignable domains answer never has paging fields.
		...(
			[
				[230, 3],
				[200, 3],
				[100, 2],
				[99, 1],
				[0, 1],
			] as const
		).map(([count, sent]) => ({
			title: `${count} assignable domains, no paging fields: ${sent} request${sent === 1 ? '' : 's'}`,
			list: 'assignable' as const,
			count,
			requests: pageQueries(sent),
		})),
		{
			title: 'Domain > Get Many over exactly 200, no paging fields: a third request finds the end',
			list: 'domains',
			count: 200,
			listTotals: false,
			requests: pageBodies(3),
		},
		{
			title:
				'Sequencer > Get Many (offset paging) over exactly 200, no paging fields: a third request finds the end',
			list: 'sequencers',
			count: 200,
			listTotals: false,
			requests: offsetBodies(3),
		},
		{
			title: 'Domain > Get Many over 150 with `pages` and `total` null: on to the short page',
			list: 'domains',
			count: 150,
			listTotals: 'null',
			requests: pageBodies(2),
		},
		{
			title: 'Sequencer > Get Many over 150 with `total` null: on to the short page',
			list: 'sequencers',
			count: 150,
			listTotals: 'null',
			requests: offsetBodies(2),
		},
		{
			title: 'Sequencer > Get Many over exactly 200: `total` ends it after 2 requests',
			list: 'sequencers',
			count: 200,
			requests: offsetBodies(2),
		},
		{
			title: 'Mailbox > Get Many over exactly 100: `pages` ends it after 1 request',
			list: 'mailboxes',
			count: 100,
			requests: pageBodies(1),
		},
	];
	test.each(cases)('$title', async ({ list, count, listTotals, requests }) => {
		const { parameters, route, records, key } = LISTS[list];
		env.sandbox.reset({
			[key]: records(count),
			...(listTotals === undefined ? {} : { listTotals }),
		});
		const { items, error } = await env.run({ parameters: { ...parameters, returnAll: true } });
		expect(error).toBeUndefined();
		expect(sent(route)).toEqual(requests);
		expect(outputUids(items)).toEqual(uids(records(count)));
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
