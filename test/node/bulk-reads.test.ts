import type { IDataObject } from 'n8n-workflow';

import { useSandbox, DEFAULT_WORKSPACE, type INodeParameters } from '../support/sandbox';

/**
 * Reads whose endpoint takes a list send the entries of many input items together, with no
 * switch: Check Status of 1,000 mailboxes given one uid each is 10 requests. Every uid asked gets
 * its status, each output item goes with its input item, in input order, and an entry InboxKit
 * refuses fails its own item only. Counted in requests, never timed.
 */
const env = useSandbox();

const mailboxes = (count: number, workspace = DEFAULT_WORKSPACE, from = 0) =>
	Array.from({ length: count }, (_, k) => ({
		uid: `mbx_bulk${from + k}`,
		workspace_uid: workspace,
		username: `user${from + k}`,
		domain_name: 'acme-mail.com',
		status: k % 3 === 0 ? 'active' : 'suspended',
	}));

const statusOf: INodeParameters = {
	resource: 'mailbox',
	operation: 'checkStatus',
	mailboxIds: '={{ $json.uid }}',
};
const STATUS = 'POST /mailboxes/status';

test('1,000 items of one uid each: 10 requests of 100, a status for every uid, paired in input order', async () => {
	const all = mailboxes(1000);
	env.sandbox.reset({ mailboxes: all });
	const { items, error } = await env.run({
		parameters: statusOf,
		items: all.map(({ uid }) => ({ uid })),
	});
	expect(error).toBeUndefined();
	const sent = env.sandbox.calls(STATUS);
	expect(sent.length).toBeLessThanOrEqual(20);
	expect(sent.map((call) => (call.body!.uids as string[]).length)).toEqual(Array(10).fill(100));
	expect(items).toHaveLength(1000);
	items.forEach((item, k) => {
		expect(item.json).toMatchObject({ uid: all[k].uid, status: all[k].status });
		expect(item.pairedItem).toEqual({ item: k });
	});
});

test('an item holding 100 uids gets 100 statuses: Limit does not cut a status check', async () => {
	const all = mailboxes(100);
	env.sandbox.reset({ mailboxes: all });
	const { items, error } = await env.run({
		parameters: { ...statusOf, mailboxIds: '={{ $json.uids }}', returnAll: false, limit: 50 },
		items: [{ uids: all.map((m) => m.uid) }],
	});
	expect(error).toBeUndefined();
	expect(env.sandbox.calls(STATUS)).toHaveLength(1);
	expect(items.map((item) => item.json.uid)).toEqual(all.map((m) => m.uid));
	expect(items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
});

test('items of several uids are kept whole in a request, and the requests go in parallel', async () => {
	const all = mailboxes(300);
	env.sandbox.reset({ mailboxes: all });
	// Each request answers after 300 ms: the 5 requests are in flight together.
	env.sandbox.fault(STATUS, ...Array.from({ length: 5 }, () => ({ delayMs: 300 })));
	const threes = Array.from({ length: 100 }, (_, k) => ({
		uids: all.slice(3 * k, 3 * k + 3).map((m) => m.uid),
	}));
	const { items, error } = await env.run({
		parameters: { ...statusOf, mailboxIds: '={{ $json.uids }}' },
		items: threes,
	});
	expect(error).toBeUndefined();
	// 33 items of 3 uids fill a request (99); no item is split across two.
	expect(env.sandbox.calls(STATUS).map((call) => (call.body!.uids as string[]).length)).toEqual([
		99, 99, 99, 3,
	]);
	expect(env.sandbox.peakInFlight).toBe(4);
	expect(items.map((item) => [item.json.uid, item.pairedItem])).toEqual(
		all.map((m, k) => [m.uid, { item: Math.floor(k / 3) }]),
	);
});

test('items of different workspaces go in a request per workspace, output still in input order', async () => {
	const main = mailboxes(3);
	const agency = mailboxes(3, 'ws_agency2', 3);
	env.sandbox.reset({ mailboxes: [...main, ...agency] });
	const inputs = [main[0], agency[0], main[1], agency[1], main[2], agency[2]].map((m) => ({
		uid: m.uid,
		ws: m.workspace_uid,
	}));
	const { items, error } = await env.run({
		parameters: {
			...statusOf,
			workspace: { __rl: true, mode: 'id', value: '={{ $json.ws }}' },
		},
		items: inputs,
	});
	expect(error).toBeUndefined();
	const sent = env.sandbox.calls(STATUS);
	expect(sent.map((call) => [call.headers['x-workspace-id'], call.body!.uids])).toEqual([
		['ws_main01', main.map((m) => m.uid)],
		['ws_agency2', agency.map((m) => m.uid)],
	]);
	expect(items.map((item) => [item.json.uid, item.pairedItem])).toEqual(
		inputs.map((input, item) => [input.uid, { item }]),
	);
});

describe('a uid InboxKit does not know (404 "Mailbox not found")', () => {
	const all = mailboxes(99);
	const inputs: IDataObject[] = all.map(({ uid }) => ({ uid }));
	inputs.splice(37, 0, { uid: 'mbx_gone' });

	test('with Continue On Fail: only its item gets the error, every other uid its status', async () => {
		env.sandbox.reset({ mailboxes: all });
		const { items, error } = await env.run({
			parameters: statusOf,
			items: inputs,
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(100);
		items.forEach((item, k) => {
			expect(item.pairedItem).toEqual({ item: k });
			if (k === 37) expect(item.json.error).toBe('InboxKit: Mailbox not found');
			else expect(item.json.uid).toBe(inputs[k].uid);
		});
		// Found by halving: far fewer requests than one per item.
		expect(env.sandbox.calls(STATUS).length).toBeLessThanOrEqual(1 + 2 * 7);
	});

	test('without it: the node fails naming that item, as one by one', async () => {
		env.sandbox.reset({ mailboxes: all });
		const { error } = await env.run({ parameters: statusOf, items: inputs });
		expect(error?.message).toBe('InboxKit: Mailbox not found');
		expect((error as { context?: { itemIndex?: number } }).context?.itemIndex).toBe(37);
	});

	test('a refusal that names the uid: sent again without its item, in two requests', async () => {
		const twenty = mailboxes(20);
		env.sandbox.reset({ mailboxes: twenty });
		env.sandbox.fault(STATUS, {
			status: 404,
			body: { error: true, message: 'Mailbox not found: mbx_bulk10' },
		});
		const { items, error } = await env.run({
			parameters: statusOf,
			items: twenty.map(({ uid }) => ({ uid })),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		// A scripted answer leaves the body unread: it is read here.
		const sent = env.sandbox
			.calls(STATUS)
			.map((call) => (JSON.parse(String(call.rawBody)) as { uids: string[] }).uids);
		// "mbx_bulk1" is not named by "mbx_bulk10": only item 10 is left out.
		expect(sent).toEqual([
			twenty.map((m) => m.uid),
			twenty.filter((_, k) => k !== 10).map((m) => m.uid),
		]);
		expect(items.map((item) => item.json.uid ?? item.json.error)).toEqual(
			twenty.map((m, k) => (k === 10 ? 'InboxKit: Mailbox not found: mbx_bulk10' : m.uid)),
		);
	});

	test('a refusal of the whole request (every half refused alike) fails every item, in three requests', async () => {
		env.sandbox.reset({ mailboxes: all });
		const refused = { status: 400, body: { error: true, message: 'uids is required' } };
		env.sandbox.fault(STATUS, refused, refused, refused);
		const { items, error } = await env.run({
			parameters: statusOf,
			items: all.map(({ uid }) => ({ uid })),
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls(STATUS)).toHaveLength(3);
		expect(items.map((item) => item.json.error)).toEqual(
			Array(99).fill('InboxKit: uids is required'),
		);
		expect(items.map((item) => item.pairedItem)).toEqual(all.map((_, item) => ({ item })));
	});
});

test('items checked by domain are read alone, as a paged list, beside items checked by mailbox', async () => {
	const { items, error } = await env.run({
		parameters: {
			...statusOf,
			checkBy: '={{ $json.by }}',
			domainIds: '={{ $json.domain }}',
			returnAll: true,
		},
		items: [
			{ by: 'uids', uid: 'mbx_jane01' },
			{ by: 'domain_uids', domain: 'dom_acmemail1' },
			{ by: 'uids', uid: 'mbx_sam03' },
		],
	});
	expect(error).toBeUndefined();
	expect(env.sandbox.calls(STATUS).map((call) => call.body)).toEqual([
		{ uids: ['mbx_jane01', 'mbx_sam03'], page: 1, limit: 2 },
		{ domain_uids: ['dom_acmemail1'], page: 1, limit: 100 },
	]);
	expect(items.map((item) => [item.json.uid, item.pairedItem])).toEqual([
		['mbx_jane01', { item: 0 }],
		['mbx_jane01', { item: 1 }],
		['mbx_john02', { item: 1 }],
		['mbx_sam03', { item: 2 }],
	]);
});
