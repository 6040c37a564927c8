import { runInboxKit } from '../support/n8n';
import { json, startServer, type TestServer } from '../support/hostile';

/**
 * Return All against lists that misbehave: a server that repeats the same page, or lies about
 * `pages` and `total`, must not keep the node fetching without end. And each of the three
 * ways a list says it has ended (a short page, `pages`, `total`) is honoured on its own.
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
		const body = request.body ? (JSON.parse(request.body) as Partial<Asked>) : {};
		json(res, 200, {
			error: false,
			...answer({ page: body.page ?? 1, limit: body.limit ?? 10, offset: body.offset ?? 0 }),
		});
	});
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.requests.length = 0;
});

const domainsAll = { resource: 'domain', operation: 'getMany', returnAll: true };
const sequencersAll = { resource: 'sequencer', operation: 'getMany', returnAll: true };

async function run(parameters: object) {
	return await runInboxKit({
		parameters: parameters as never,
		credentials: { apiToken: 'tok_paging', baseUrl: server.url, workspaceId: 'ws_main01' },
	});
}

/** Domains `from` to `from + count - 1`, each with its own uid. */
const domains = (from: number, count: number) =>
	Array.from({ length: count }, (_, n) => ({ uid: `dom_${from + n}`, name: `d${from + n}.com` }));

describe('lists that never end', () => {
	test('the same page over and over: it stops when a page brings nothing new', async () => {
		answer = () => ({ domains: domains(1, 100), pages: 20_001, total: 2_000_100 });
		const { items, error } = await run(domainsAll);
		expect(error).toBeUndefined();
		expect(items.map((i) => i.json.uid)).toEqual(domains(1, 100).map((d) => d.uid));
		expect(server.requests).toHaveLength(2);
	});

	test('the same page of records without uids: it stops too', async () => {
		const page = Array.from({ length: 100 }, (_, n) => ({ name: `d${n}.com` }));
		answer = () => ({ domains: page, pages: 20_001 });
		const { items, error } = await run(domainsAll);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(100);
		expect(server.requests).toHaveLength(2);
	});

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

	test('records seen on an earlier page are output once', async () => {
		// Page 2 starts with the last 10 records of page 1, as when a record is added meanwhile.
		answer = ({ page }) =>
			page === 1 ? { domains: domains(1, 100) } : { domains: domains(91, 60) };
		const { items } = await run(domainsAll);
		expect(items.map((i) => i.json.uid)).toEqual(domains(1, 150).map((d) => d.uid));
	});
});

describe('each end-of-list rule on its own', () => {
	test('a short page ends the list when the answer has neither pages nor total', async () => {
		answer = ({ page }) => ({ domains: page < 3 ? domains(page * 100, 100) : domains(300, 50) });
		const { items } = await run(domainsAll);
		expect(items).toHaveLength(250);
		expect(server.requests.map((r) => JSON.parse(r.body).page)).toEqual([1, 2, 3]);
	});

	test('`pages` ends the list when the answer has no total and every page is full', async () => {
		answer = ({ page }) => ({ domains: domains(page * 100, 100), pages: 2 });
		const { items } = await run(domainsAll);
		expect(items).toHaveLength(200);
		expect(server.requests).toHaveLength(2);
	});

	test('`total` ends the list when the answer has no pages and every page is full', async () => {
		answer = ({ page }) => ({ domains: domains(page * 100, 100), total: 200 });
		const { items } = await run(domainsAll);
		expect(items).toHaveLength(200);
		expect(server.requests).toHaveLength(2);
	});

	test('`total` ends an offset-paged list (sequencers)', async () => {
		answer = ({ offset, limit }) => ({
			data: Array.from({ length: limit }, (_, n) => ({ uid: `seq_${offset + n}` })),
			total: 300,
		});
		const { items } = await run(sequencersAll);
		expect(items).toHaveLength(300);
		expect(server.requests.map((r) => JSON.parse(r.body).offset)).toEqual([0, 100, 200]);
	});
});
