import type { IDataObject } from 'n8n-workflow';

import { runInboxKit } from '../support/n8n';
import { json, startServer, type TestServer } from '../support/hostile';

/**
 * Return All against lists that answer as each test scripts them: each way a list says it has
 * ended (a short page, `pages`, `total`, counts written as text), for every kind of list (paged
 * by page, by offset, not paged); and lists that misbehave (a server that repeats the same page,
 * or lies about `pages` and `total`) must not keep the node fetching without end. The server
 * holds more records than the counts say, so a count that is not read shows as an extra request.
 */
interface Asked {
	page: number;
	limit: number;
	offset: number;
}
let answer: (asked: Asked) => object;
let server: TestServer;

beforeAll(async () => {
	server = await startServer((request, res) => {
		// Paged lists take page and limit in the query (GET) or the body (POST); offset lists, the body.
		const query = new URL(request.url, server.url).searchParams;
		const body = (request.body === '' ? {} : JSON.parse(request.body)) as IDataObject;
		const number = (key: keyof Asked, fallback: number) =>
			query.has(key) ? Number(query.get(key)) : Number(body[key] ?? fallback);
		json(res, 200, {
			error: false,
			...answer({
				page: number('page', 1),
				limit: number('limit', 10),
				offset: number('offset', 0),
			}),
		});
	});
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.requests.length = 0;
});

const domainsAll = { resource: 'domain', operation: 'getMany', returnAll: true };
const sequencersAll = { resource: 'sequencer', operation: 'getMany', returnAll: true };
const assignableAll = { resource: 'domain', operation: 'getManyAssignable', returnAll: true };
const workspacesAll = { resource: 'workspace', operation: 'getMany', returnAll: true };

async function run(parameters: object) {
	return await runInboxKit({
		parameters: parameters as never,
		credentials: { apiToken: 'tok_paging', baseUrl: server.url, workspaceId: 'ws_main01' },
	});
}

/** Domains `from` to `from + count - 1`, each with its own uid. */
const domains = (from: number, count: number) =>
	Array.from({ length: count }, (_, n) => ({ uid: `dom_${from + n}`, name: `d${from + n}.com` }));
const records = (from: number, count: number, uid: (n: number) => string | number) =>
	Array.from({ length: count }, (_, n) => ({ uid: uid(from + n), name: `record ${from + n}` }));
const named = (n: number) => `dom_count${String(n).padStart(4, '0')}`;
const uids = (list: Array<{ uid: string | number }>) => list.map((record) => record.uid);

/** What the server was asked, request by request. */
const asked = () =>
	server.requests.map((r) => ({
		method: r.method,
		url: r.url,
		body: r.body === '' ? '' : (JSON.parse(r.body) as IDataObject),
	}));
const domainPages = (...pages: number[]) =>
	pages.map((page) => ({
		method: 'POST',
		url: '/v1/api/domains/list',
		body: { page, limit: 100 },
	}));
const assignablePages = (...pages: number[]) =>
	pages.map((page) => ({
		method: 'GET',
		url: `/v1/api/domains/assignable?page=${page}&limit=100`,
		body: '',
	}));
const sequencerOffsets = (...offsets: number[]) =>
	offsets.map((offset) => ({
		method: 'POST',
		url: '/v1/api/sequencers/list',
		body: { limit: 100, offset },
	}));

interface EndCase {
	title: string;
	parameters: object;
	answer: (asked: Asked) => object;
	/** The uids output, in order. */
	output: Array<string | number>;
	requests: Array<{ method: string; url: string; body: IDataObject | string }>;
}

describe('how Return All knows a list has ended, for each kind of list', () => {
	const cases: EndCase[] = [
		{
			title: 'a short page ends the list when the answer has neither pages nor total',
			parameters: domainsAll,
			answer: ({ page }) => ({ domains: page < 3 ? domains(page * 100, 100) : domains(300, 50) }),
			output: uids(domains(100, 250)),
			requests: domainPages(1, 2, 3),
		},
		{
			title: '`pages` ends the list when the answer has no total and every page is full',
			parameters: domainsAll,
			answer: ({ page }) => ({ domains: domains(page * 100, 100), pages: 2 }),
			output: uids(domains(100, 200)),
			requests: domainPages(1, 2),
		},
		{
			title: '`total` ends the list when the answer has no pages and every page is full',
			parameters: domainsAll,
			answer: ({ page }) => ({ domains: domains(page * 100, 100), total: 200 }),
			output: uids(domains(100, 200)),
			requests: domainPages(1, 2),
		},
		{
			title: '`total` ends an offset-paged list (sequencers)',
			parameters: sequencersAll,
			answer: ({ offset, limit }) => ({
				data: Array.from({ length: limit }, (_, n) => ({ uid: `seq_${offset + n}` })),
				total: 300,
			}),
			output: Array.from({ length: 300 }, (_, n) => `seq_${n}`),
			requests: sequencerOffsets(0, 100, 200),
		},
		// Counts written as text are read: three full pages are there; the count says two.
		...[{ pages: '2' }, { pages: ' 2 ' }, { total: '200' }].map((counts) => ({
			title: `${JSON.stringify(counts)} (text) is read: two requests, 200 records`,
			parameters: assignableAll,
			answer: ({ page }: Asked) => ({ domains: records((page - 1) * 100, 100, named), ...counts }),
			output: uids(records(0, 200, named)),
			requests: assignablePages(1, 2),
		})),
		// A count that is not a whole number is not read: the first short page ends the list.
		...[{ total: '-1' }, { pages: '1.5' }].map((counts) => ({
			title: `${JSON.stringify(counts)} is not read: the first short page ends the list`,
			parameters: assignableAll,
			answer: ({ page }: Asked) => ({
				domains: records((page - 1) * 100, page < 4 ? 100 : 10, named),
				...counts,
			}),
			output: uids(records(0, 310, named)),
			requests: assignablePages(1, 2, 3, 4),
		})),
		{
			title: 'a list that is not paged is asked for once, however many records it holds',
			parameters: workspacesAll,
			answer: () => ({ workspaces: records(0, 150, (n) => `ws_count${n}`) }),
			output: uids(records(0, 150, (n) => `ws_count${n}`)),
			requests: [{ method: 'GET', url: '/v1/api/workspaces/list', body: '' }],
		},
		{
			title: 'a list paged by offset reads on past a `pages` count, which is not its way of paging',
			parameters: sequencersAll,
			answer: ({ offset }) => ({
				data: records(offset, offset === 0 ? 100 : 20, named),
				pages: 1,
			}),
			output: uids(records(0, 120, named)),
			requests: sequencerOffsets(0, 100),
		},
	];
	test.each(cases)('$title', async ({ parameters, answer: scripted, output, requests }) => {
		answer = scripted;
		const { items, error } = await run(parameters);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.uid)).toEqual(output);
		expect(asked()).toEqual(requests);
	});
});

describe('a page that brings nothing new ends the list', () => {
	const samePage = Array.from({ length: 100 }, (_, n) => ({ name: `d${n}.com` }));
	test.each([
		{
			title: 'the same page over and over, lying pages and total',
			answer: () => ({ domains: domains(1, 100), pages: 20_001, total: 2_000_100 }),
			output: domains(1, 100),
		},
		{
			title: 'the same page of records without uids',
			answer: () => ({ domains: samePage, pages: 20_001 }),
			output: samePage,
		},
		{
			// With pages asked for ahead (parallel-pages.test.ts), it costs two requests, as page by page.
			title: 'a list of 500 pages that repeats its first page',
			answer: () => ({ domains: domains(1, 100), pages: 500 }),
			output: domains(1, 100),
		},
	])('$title: two requests, the page output once', async ({ answer: scripted, output }) => {
		answer = scripted;
		const { items, error } = await run(domainsAll);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json)).toEqual(output);
		expect(server.requests).toHaveLength(2);
	});
});

describe('records seen on an earlier page are output once', () => {
	test.each([
		{
			// Page 2 starts with the last 10 records of page 1, as when a record is added meanwhile.
			title: 'Domain > Get Many, page 2 repeating the end of page 1',
			parameters: domainsAll,
			answer: ({ page }: Asked) =>
				page === 1 ? { domains: domains(1, 100) } : { domains: domains(91, 60) },
			output: uids(domains(1, 150)),
		},
		{
			// A record added while paging pushes record 100 from page 1 onto page 2.
			title: 'assignable domains with numeric uids',
			parameters: assignableAll,
			answer: ({ page }: Asked) => ({
				domains: page === 1 ? records(1, 100, Number) : page === 2 ? records(100, 100, Number) : [],
			}),
			output: Array.from({ length: 199 }, (_, n) => n + 1),
		},
	])('$title', async ({ parameters, answer: scripted, output }) => {
		answer = scripted;
		const { items, error } = await run(parameters);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.uid)).toEqual(output);
	});
});

describe('lists that never end', () => {
	test('ever new records with lying pages and total: it stops at 1,000 pages with an error', async () => {
		answer = ({ page, limit }) => ({
			domains: domains((page - 1) * limit + 1, limit),
			pages: 1_000_000,
			total: 1e12,
		});
		const { items, error } = await run(domainsAll);
		expect(items).toHaveLength(0);
		expect(error?.message).toBe(
			'InboxKit\'s list "POST /domains/list" did not end after 1,000 pages (100,000 records)',
		);
		expect(error?.description).toMatch(/Limit/);
		expect(server.requests).toHaveLength(1000);
	});

	test('a page far larger than asked for cannot fill the memory either', async () => {
		answer = () => ({ domains: domains(1, 100_001), pages: 1 });
		const { error } = await run(domainsAll);
		expect(error?.message).toBe(
			'InboxKit\'s list "POST /domains/list" holds more than 100,000 records',
		);
	});
});
