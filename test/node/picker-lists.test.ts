import type { IDataObject } from 'n8n-workflow';

import { searchList } from '../support/n8n';
import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * The pickers' lists at their edges: answers without paging fields (the editor's "load more"
 * must still appear after a full page and not after a short one), pages that end exactly on a
 * total, InboxKit's optional record fields, and answers that are not lists at all.
 */
const env = useSandbox();

const credentials = (extra: IDataObject = {}) => ({
	apiToken: env.sandbox.token,
	baseUrl: env.sandbox.url,
	workspaceId: DEFAULT_WORKSPACE,
	...extra,
});

const mailboxes = (count: number) =>
	Array.from({ length: count }, (_, n) => ({
		uid: `mbx_bulk${String(n).padStart(4, '0')}`,
		workspace_uid: DEFAULT_WORKSPACE,
		username: `user${n}`,
		domain_name: 'acme-mail.com',
		status: 'active',
	}));

const sequencers = (count: number) =>
	Array.from({ length: count }, (_, n) => ({
		uid: `seq_bulk${String(n).padStart(4, '0')}`,
		workspace_uid: DEFAULT_WORKSPACE,
		name: `Bulk ${n}`,
		platform: 'smartlead',
		status: 'connected',
	}));

/** Every page of a picker's list, following n8n's pagination tokens, and the tokens seen. */
async function allPages(method: string) {
	const values: string[] = [];
	const tokens: Array<string | undefined> = [];
	let token: string | undefined;
	do {
		const page = await searchList(method, credentials(), undefined, { paginationToken: token });
		values.push(...page.results.map((r) => r.value));
		token = page.paginationToken;
		tokens.push(token);
	} while (token !== undefined && tokens.length < 10);
	return { values, tokens };
}

describe('lists whose answers carry no `total` or `pages`: a full page means there may be more', () => {
	test('Mailbox, 230 mailboxes: pages 1 to 3, the short third page is the last', async () => {
		env.sandbox.reset({ mailboxes: mailboxes(230), listTotals: false });
		const { values, tokens } = await allPages('searchMailboxes');
		expect(tokens).toEqual(['2', '3', undefined]);
		expect(values).toEqual(mailboxes(230).map((m) => m.uid));
		expect(env.sandbox.calls('POST /mailboxes/list').map((r) => r.body)).toEqual([
			{ page: 1, limit: 100 },
			{ page: 2, limit: 100 },
			{ page: 3, limit: 100 },
		]);
	});

	test('Mailbox, exactly 100: a second page is offered, and it ends the list empty', async () => {
		env.sandbox.reset({ mailboxes: mailboxes(100), listTotals: false });
		const { values, tokens } = await allPages('searchMailboxes');
		expect(tokens).toEqual(['2', undefined]);
		expect(values).toEqual(mailboxes(100).map((m) => m.uid));
	});

	test('Mailbox, 99: one page, no "load more"', async () => {
		env.sandbox.reset({ mailboxes: mailboxes(99), listTotals: false });
		const page = await searchList('searchMailboxes', credentials());
		expect(page.results).toHaveLength(99);
		expect(page.paginationToken).toBeUndefined();
	});

	test('Sequencer (offset paging), 230: offsets 0, 100, 200', async () => {
		env.sandbox.reset({ sequencers: sequencers(230), listTotals: false });
		const { values, tokens } = await allPages('searchSequencers');
		expect(tokens).toEqual(['100', '200', undefined]);
		expect(values).toEqual(sequencers(230).map((s) => s.uid));
		expect(env.sandbox.calls('POST /sequencers/list').map((r) => r.body)).toEqual([
			{ limit: 100, offset: 0 },
			{ limit: 100, offset: 100 },
			{ limit: 100, offset: 200 },
		]);
	});

	test('Sequencer, exactly 100: offset 100 is asked for, answers none, and ends the list', async () => {
		env.sandbox.reset({ sequencers: sequencers(100), listTotals: false });
		const { values, tokens } = await allPages('searchSequencers');
		expect(tokens).toEqual(['100', undefined]);
		expect(values).toHaveLength(100);
	});
});

describe('with paging fields, the list ends where they say', () => {
	test('Sequencer, exactly 200 with `total`: the second page is the last, no empty third', async () => {
		env.sandbox.reset({ sequencers: sequencers(200) });
		const { values, tokens } = await allPages('searchSequencers');
		expect(tokens).toEqual(['100', undefined]);
		expect(values).toHaveLength(200);
		expect(env.sandbox.calls('POST /sequencers/list')).toHaveLength(2);
	});

	test('an empty page ends the list even when `pages` says there are more', async () => {
		// Records removed between two pages: the counts of the first answer are stale.
		env.sandbox.fault('POST /mailboxes/list', {
			status: 200,
			body: { error: false, message: 'Mailboxes', mailboxes: [], total: 250, pages: 3 },
		});
		const page = await searchList('searchMailboxes', credentials());
		expect(page).toEqual({ results: [] });
		expect(env.sandbox.calls('POST /mailboxes/list')).toHaveLength(1);
	});
});

describe('what a picker shows for a record', () => {
	test("a sequencer without a name shows its uid, one without a platform shows no '()'", async () => {
		env.sandbox.reset({
			sequencers: [
				{ uid: 'seq_noname1', workspace_uid: DEFAULT_WORKSPACE, name: '', platform: 'instantly' },
				{ uid: 'seq_noplat2', workspace_uid: DEFAULT_WORKSPACE, name: 'Cold team' },
				{ uid: '', workspace_uid: DEFAULT_WORKSPACE, name: 'No uid', platform: 'smartlead' },
			],
		});
		const { results } = await searchList('searchSequencers', credentials());
		// A record without a uid cannot be picked: storing '' would send nothing usable.
		expect(results).toEqual([
			{ name: 'seq_noname1 (instantly)', value: 'seq_noname1' },
			{ name: 'Cold team', value: 'seq_noplat2' },
		]);
	});

	test('a mailbox without a uid is left out of the list', async () => {
		env.sandbox.reset({
			mailboxes: [
				{ ...mailboxes(1)[0], uid: '' },
				{ ...mailboxes(2)[1], uid: 'mbx_ok02' },
			],
		});
		const { results } = await searchList('searchMailboxes', credentials());
		expect(results).toEqual([{ name: 'user1@acme-mail.com', value: 'mbx_ok02' }]);
	});

	test('plans: the name, else the uid; the price only when both price and cycle are known', async () => {
		env.sandbox.fault('GET /billing/pricing-plans', {
			status: 200,
			body: {
				error: false,
				message: 'Pricing plans',
				plans: [
					{ uid: 'starter', name: 'Starter', pricing: 39, cycle: 'monthly' },
					{ uid: 'unnamed', name: '', pricing: 10, cycle: 'yearly' },
					{ uid: 'nameless' },
					{ uid: 'free', name: 'Free', pricing: 0 },
					{ uid: 'custom', name: 'Custom', cycle: 'monthly' },
					{ id: 'legacy', name: 'Legacy' },
					{ uid: '', id: 'legacy2', name: 'Legacy 2' },
				],
			},
		});
		const { results } = await searchList('searchPlans', credentials({ workspaceId: '' }));
		expect(results).toEqual([
			{ name: 'Starter (39 / monthly)', value: 'starter' },
			{ name: 'unnamed (10 / yearly)', value: 'unnamed' },
			{ name: 'nameless', value: 'nameless' },
			{ name: 'Free', value: 'free' },
			{ name: 'Custom', value: 'custom' },
			{ name: 'Legacy', value: 'legacy' },
			{ name: 'Legacy 2', value: 'legacy2' },
		]);
	});
});

describe('the plans list is not paged', () => {
	test('one GET with no query and no body, and no "load more" however many plans', async () => {
		const plans = Array.from({ length: 120 }, (_, n) => ({ uid: `plan${n}`, name: `Plan ${n}` }));
		env.sandbox.fault('GET /billing/pricing-plans', {
			status: 200,
			body: { error: false, message: 'Pricing plans', plans },
		});
		const page = await searchList('searchPlans', credentials({ workspaceId: '' }));
		expect(page.results).toHaveLength(120);
		expect(page.paginationToken).toBeUndefined();
		const [request, ...more] = env.sandbox.calls('GET /billing/pricing-plans');
		expect(more).toHaveLength(0);
		expect(request.query).toEqual({});
		expect(request.rawBody.length).toBe(0);
	});

	test.each([
		['data', { data: [{ uid: 'growth', name: 'Growth', pricing: 99, cycle: 'monthly' }] }],
		['pricing_plans', { pricing_plans: [{ uid: 'growth', name: 'Growth' }] }],
	])('plans answered under `%s` are listed too', async (_key, payload) => {
		env.sandbox.fault('GET /billing/pricing-plans', {
			status: 200,
			body: { error: false, message: 'Pricing plans', ...payload },
		});
		const { results } = await searchList('searchPlans', credentials({ workspaceId: '' }));
		expect(results.map((r) => r.value)).toEqual(['growth']);
	});
});

describe('answers that are not the list', () => {
	test('an answer without the records key says which request and which list', async () => {
		env.sandbox.fault('POST /domains/list', {
			status: 200,
			body: { error: false, message: 'Domains', records: [] },
		});
		const error = await searchList('searchDomains', credentials()).catch((e: Error) => e);
		expect((error as Error).message).toBe(
			"InboxKit's answer to POST /domains/list holds no list of domains",
		);
	});

	test('plans answered under no known key: the same message, naming the GET', async () => {
		env.sandbox.fault('GET /billing/pricing-plans', {
			status: 200,
			body: { error: false, message: 'Pricing plans', items: [] },
		});
		const error = await searchList('searchPlans', credentials({ workspaceId: '' })).catch(
			(e: Error) => e,
		);
		expect((error as Error).message).toBe(
			"InboxKit's answer to GET /billing/pricing-plans holds no list of plans",
		);
	});

	test('a 429 on a list is waited out: the picker still lists', async () => {
		env.sandbox.fault('POST /domains/list', {
			status: 429,
			headers: { 'Retry-After': '0' },
			body: { code: 429, message: 'Slow down' },
		});
		const { results } = await searchList('searchDomains', credentials());
		expect(results).toHaveLength(4);
		expect(env.sandbox.calls('POST /domains/list')).toHaveLength(2);
	});
});
