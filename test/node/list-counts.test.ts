import type { IDataObject } from 'n8n-workflow';

import { runInboxKit } from '../support/n8n';
import { json, startServer, type SeenRequest, type TestServer } from '../support/hostile';

/**
 * How Return All reads the counts a list answer gives: `pages` and `total` written as text,
 * numeric uids, lists that are not paged and lists paged by offset. The server here holds
 * more records than the counts say, so a count that is not read shows as an extra request.
 */
let server: TestServer;
let page: (number: number, request: SeenRequest) => IDataObject;

beforeAll(async () => {
	server = await startServer((request, res) => {
		const query = new URL(request.url, server.url).searchParams;
		const body = (request.body === '' ? {} : JSON.parse(request.body)) as IDataObject;
		const offset = Number(body.offset ?? 0);
		const number = query.has('page') ? Number(query.get('page')) : offset / 100 + 1;
		json(res, 200, { error: false, ...page(number, request) });
	});
});
afterAll(async () => server.close());
beforeEach(() => {
	server.requests.length = 0;
});

const records = (from: number, count: number, uid: (n: number) => string | number) =>
	Array.from({ length: count }, (_, n) => ({ uid: uid(from + n), name: `record ${from + n}` }));
const named = (n: number) => `dom_count${String(n).padStart(4, '0')}`;

async function returnAll(parameters: object) {
	const { items, error } = await runInboxKit({
		parameters: { ...parameters, returnAll: true } as never,
		credentials: { apiToken: 'tok_list_counts', baseUrl: server.url, workspaceId: 'ws_main01' },
	});
	expect(error).toBeUndefined();
	return items.map((item) => item.json.uid);
}

const assignable = { resource: 'domain', operation: 'getManyAssignable' };

describe('counts written as text are read', () => {
	// Three full pages are there; the count says two.
	test.each([
		['pages: "2"', { pages: '2' }],
		['pages: " 2 "', { pages: ' 2 ' }],
		['total: "200"', { total: '200' }],
	])('%s: two requests, 200 records', async (_title, counts) => {
		page = (n) => ({ domains: records((n - 1) * 100, 100, named), ...counts });
		const uids = await returnAll(assignable);
		expect(server.requests.map((r) => r.url)).toEqual([
			'/v1/api/domains/assignable?page=1&limit=100',
			'/v1/api/domains/assignable?page=2&limit=100',
		]);
		expect(uids).toEqual(records(0, 200, named).map((r) => r.uid));
	});
});

describe('a count that is not a whole number is not read: the first short page ends the list', () => {
	test.each([
		['total: "-1" (unknown)', { total: '-1' }],
		['pages: "1.5"', { pages: '1.5' }],
	])('%s', async (_title, counts) => {
		page = (n) => ({ domains: records((n - 1) * 100, n < 4 ? 100 : 10, named), ...counts });
		const uids = await returnAll(assignable);
		expect(server.requests).toHaveLength(4);
		expect(uids).toEqual(records(0, 310, named).map((r) => r.uid));
	});
});

test('a record seen on the page before is not output twice, with numeric uids too', async () => {
	// A record added while paging pushes record 100 from page 1 onto page 2.
	page = (n) => ({
		domains: n === 1 ? records(1, 100, Number) : n === 2 ? records(100, 100, Number) : [],
	});
	const uids = await returnAll(assignable);
	expect(uids).toEqual(Array.from({ length: 199 }, (_, n) => n + 1));
});

test('a list that is not paged is asked for once, however many records it holds', async () => {
	page = () => ({ workspaces: records(0, 150, (n) => `ws_count${n}`) });
	const uids = await returnAll({ resource: 'workspace', operation: 'getMany' });
	expect(uids).toHaveLength(150);
	expect(server.requests.map((r) => [r.method, r.url, r.body])).toEqual([
		['GET', '/v1/api/workspaces/list', ''],
	]);
});

test('a list paged by offset reads on past a `pages` count, which is not its way of paging', async () => {
	page = (n) => ({ data: records((n - 1) * 100, n === 1 ? 100 : 20, named), pages: 1 });
	const uids = await returnAll({ resource: 'sequencer', operation: 'getMany' });
	expect(uids).toHaveLength(120);
	expect(server.requests.map((r) => JSON.parse(r.body))).toEqual([
		{ limit: 100, offset: 0 },
		{ limit: 100, offset: 100 },
	]);
});
