import { useSandbox, type FaultAnswer, type INodeParameters } from '../support/sandbox';

/**
 * Reads of different input items go out in parallel, up to "Parallel Requests"; the output keeps
 * input order and pairing whatever order the answers come in; writes stay one at a time.
 */
const env = useSandbox();

const getMailbox: INodeParameters = {
	resource: 'mailbox',
	operation: 'get',
	mailboxId: '={{ $json.uid }}',
};
const uids = ['mbx_jane01', 'mbx_john02', 'mbx_sam03'];
/** Later items answer first: item n waits (count - n) x step ms. */
const slowerFirst = (count: number, step = 40): FaultAnswer[] =>
	Array.from({ length: count }, (_, n) => ({ delayMs: (count - n) * step }));

test('40 reads go out 30 at a time by default, never more, output in input order', async () => {
	// Item 0 answers after 800 ms: by then the 30 first calls have started (13 ms apart).
	env.sandbox.fault('GET /mailboxes/details', ...slowerFirst(40, 20));
	const items = Array.from({ length: 40 }, (_, n) => ({ uid: uids[n % 3] }));
	const { items: output, error } = await env.run({ parameters: getMailbox, items });
	expect(error).toBeUndefined();
	expect(env.sandbox.peakInFlight).toBe(30);
	expect(output.map((i) => [(i.json as { uid: string }).uid, i.pairedItem])).toEqual(
		items.map(({ uid }, item) => [uid, { item }]),
	);
});

test.each([1, 3, 20])('Parallel Requests %i caps the reads in flight', async (parallel) => {
	// Item 0 answers after 600 ms, when the 20th call has long started (13 ms apart).
	env.sandbox.fault('GET /mailboxes/details', ...slowerFirst(30, 20));
	const items = Array.from({ length: 30 }, (_, n) => ({ uid: uids[n % 3] }));
	const { error } = await env.run({
		parameters: { ...getMailbox, requestOptions: { parallelRequests: parallel } },
		items,
	});
	expect(error).toBeUndefined();
	expect(env.sandbox.peakInFlight).toBe(parallel);
});

test('POST reads are parallel too, with each item keeping its own records', async () => {
	env.sandbox.fault('POST /mailboxes/list', ...slowerFirst(2));
	const { items } = await env.run({
		parameters: {
			resource: 'mailbox',
			operation: 'getMany',
			returnAll: false,
			limit: 2,
			filters: { keyword: '={{ $json.k }}' },
		},
		items: [{ k: 'jane' }, { k: 'sam' }],
	});
	expect(env.sandbox.peakInFlight).toBe(2);
	expect(items.map((i) => [i.json.uid, i.pairedItem])).toEqual([
		['mbx_jane01', { item: 0 }],
		['mbx_sam03', { item: 1 }],
	]);
});

test('Continue On Fail puts the error item in place of the failed item', async () => {
	env.sandbox.fault('GET /mailboxes/details', ...slowerFirst(3));
	const { items } = await env.run({
		parameters: getMailbox,
		items: [{ uid: 'mbx_jane01' }, { uid: 'mbx_nope99' }, { uid: 'mbx_sam03' }],
		continueOnFail: true,
	});
	expect(items.map((i) => [i.json.error ?? (i.json as { uid: string }).uid, i.pairedItem])).toEqual(
		[
			['mbx_jane01', { item: 0 }],
			[expect.stringMatching(/^InboxKit: /), { item: 1 }],
			['mbx_sam03', { item: 2 }],
		],
	);
});

test('writes go one at a time, in input order', async () => {
	env.sandbox.fault('POST /workspaces/create', ...slowerFirst(4));
	const names = ['One', 'Two', 'Three', 'Four'];
	const { error } = await env.run({
		parameters: { resource: 'workspace', operation: 'create', name: '={{ $json.name }}' },
		items: names.map((name) => ({ name })),
	});
	expect(error).toBeUndefined();
	expect(env.sandbox.peakInFlight).toBe(1);
	expect(env.sandbox.calls('POST /workspaces/create').map((r) => r.body?.name)).toEqual(names);
});
