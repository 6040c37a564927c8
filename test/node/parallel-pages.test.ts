/* eslint-disable @n8n/community-nodes/no-restricted-globals -- the test server answers later pages sooner, with timers */
import { PAGES_IN_FLIGHT } from '../../nodes/InboxKit/transport/lists';
import { runInboxKit } from '../support/n8n';
import { json, startServer, type TestServer } from '../support/hostile';

/**
 * Return All asks for the pages after the first ahead of need once the first answer says how
 * many there are, and still outputs them in order, by the rules of a list read page by page: no
 * record twice, the first page bringing nothing new ends the list, Limit reads only the pages it
 * needs. Counted in requests and in pages in flight at the server, never timed.
 */
interface Asked {
	page: number;
	limit: number;
}
let answer: (asked: Asked) => { body: object; delayMs?: number; status?: number };
let server: TestServer;
let inFlight = 0;
let peak = 0;

beforeAll(async () => {
	server = await startServer(async (request, res) => {
		const body = JSON.parse(request.body || '{}') as Partial<Asked>;
		const {
			body: sent,
			delayMs = 0,
			status = 200,
		} = answer({
			page: body.page ?? 1,
			limit: body.limit ?? 10,
		});
		peak = Math.max(peak, ++inFlight);
		await new Promise((resolve) => setTimeout(resolve, delayMs));
		inFlight--;
		json(res, status, status === 200 ? { error: false, ...sent } : sent);
	});
});
afterAll(async () => await server.close());
beforeEach(() => {
	server.requests.length = 0;
	peak = 0;
});

const domainsAll = { resource: 'domain', operation: 'getMany', returnAll: true };
const pagesAsked = () =>
	server.requests.map((r) => (JSON.parse(r.body) as { page: number }).page).sort((a, b) => a - b);

async function run(parameters: object, continueOnFail = false) {
	return await runInboxKit({
		parameters: parameters as never,
		credentials: { apiToken: 'tok_pages', baseUrl: server.url, workspaceId: 'ws_main01' },
		continueOnFail,
	});
}

/** Domains `from` to `from + count - 1`, each with its own uid. */
const domains = (from: number, count: number) =>
	Array.from({ length: count }, (_, n) => ({ uid: `dom_${from + n}`, name: `d${from + n}.com` }));
const uids = (from: number, count: number) => domains(from, count).map((d) => d.uid);

/** A list of `pages` full pages; later pages answer sooner (page 2 slowest). */
const fullPages =
	(pages: number, step = 15) =>
	({ page, limit }: Asked) => ({
		body: { domains: domains((page - 1) * limit + 1, limit), pages, total: pages * limit },
		delayMs: page === 1 ? 0 : (pages - page + 1) * step,
	});

test('30 pages: asked for ahead, up to PAGES_IN_FLIGHT at once, output in page order', async () => {
	answer = fullPages(30);
	const { items, error } = await run(domainsAll);
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json.uid)).toEqual(uids(1, 3000));
	expect(pagesAsked()).toEqual(Array.from({ length: 30 }, (_, n) => n + 1));
	expect(peak).toBeGreaterThan(1);
	expect(peak).toBeLessThanOrEqual(PAGES_IN_FLIGHT);
	expect(PAGES_IN_FLIGHT).toBe(10);
	expect(items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
});

test('"Parallel Requests" 1: one page at a time, as before', async () => {
	answer = fullPages(6);
	const { items, error } = await run({ ...domainsAll, requestOptions: { parallelRequests: 1 } });
	expect(error).toBeUndefined();
	expect(items).toHaveLength(600);
	expect(peak).toBe(1);
});

test('records repeated across pages answered out of order are output once, in page order', async () => {
	// Page p holds records 50p-49 .. 50p+50: each page repeats half of the page before.
	answer = ({ page }) => ({
		body: { domains: domains(50 * page - 49, 100), pages: 8 },
		delayMs: (9 - page) * 10,
	});
	const { items, error } = await run(domainsAll);
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json.uid)).toEqual(uids(1, 450));
});

test('a page bringing nothing new ends the list: pages asked for after it are dropped, none left running', async () => {
	// Pages 1-5 are new, page 6 on repeat page 5.
	answer = ({ page, limit }) => ({
		body: { domains: domains((Math.min(page, 5) - 1) * limit + 1, limit), pages: 50 },
		delayMs: 5,
	});
	const { items, error } = await run(domainsAll);
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json.uid)).toEqual(uids(1, 500));
	// Pages 1-6 were needed; the window (1, 2, 4, 8 ahead) asked for a few more, never all 50.
	expect(pagesAsked().slice(0, 6)).toEqual([1, 2, 3, 4, 5, 6]);
	expect(server.requests.length).toBeLessThanOrEqual(6 + PAGES_IN_FLIGHT);
	expect(inFlight).toBe(0);
});

test('Limit 250 of a list of 40 pages asks for 3 pages only', async () => {
	answer = fullPages(40, 2);
	const { items, error } = await run({ resource: 'domain', operation: 'getMany', limit: 250 });
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json.uid)).toEqual(uids(1, 250));
	expect(pagesAsked()).toEqual([1, 2, 3]);
});

test('a short page before the announced end ends the list', async () => {
	answer = ({ page, limit }) => ({
		body: { domains: domains((page - 1) * limit + 1, page === 4 ? 30 : limit), pages: 20 },
	});
	const { items, error } = await run(domainsAll);
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json.uid)).toEqual(uids(1, 330));
});

test('a page asked for ahead that fails fails the list when its turn comes, after the pages before it', async () => {
	answer = ({ page, limit }) =>
		page === 7
			? { body: { error: true, message: 'Page 7 is broken' }, status: 400 }
			: { body: { domains: domains((page - 1) * limit + 1, limit), pages: 12 }, delayMs: 5 };
	const failed = await run(domainsAll);
	expect(failed.error?.message).toMatch(/Page 7 is broken/);
	expect(inFlight).toBe(0);

	const kept = await run(domainsAll, true);
	expect(kept.error).toBeUndefined();
	expect(kept.items).toHaveLength(1);
	expect(kept.items[0].json.error).toMatch(/Page 7 is broken/);
	expect(kept.items[0].pairedItem).toEqual({ item: 0 });
});

// paging.test.ts holds the rules every list follows, with pages asked for ahead too: a list that
// repeats its first page costs two requests; the refusal at 1,000 pages (its list says 1,000,000).
