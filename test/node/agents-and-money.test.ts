import type { IDataObject, INodeParameters, NodeApiError } from 'n8n-workflow';

import { ADA, BO, buyMailboxes } from '../support/mailboxes';
import { runAsTool, toolSession, type ToolAnswer } from '../support/n8n';
import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * Money when an AI agent drives the node, and purchases repeated across items, runs and tool
 * calls: each through n8n-core's engine (tool calls through n8n-core's own tool runner).
 */
const env = useSandbox();

const credentials = () => ({
	apiToken: env.sandbox.token,
	baseUrl: env.sandbox.url,
	workspaceId: DEFAULT_WORKSPACE,
});

const BUY = 'POST /mailboxes/buy';
const allowed = { allowForAgents: true };

/** What the agent finally reads of a failed tool call: n8n's message (it holds the details). */
const agentReads = ({ error }: ToolAnswer) =>
	[error?.message, error?.description].filter(Boolean).join('\n');

/** n8n's generic texts for network codes, which tell the reader to retry. */
const GENERIC_RETRY = /retry the request immediately|Retry on Fail|perhaps it is offline/i;

describe('a purchase whose outcome is unknown, called by an AI agent', () => {
	test('the connection drops after InboxKit got it: the agent is told it may have gone through, not to retry', async () => {
		env.sandbox.fault(BUY, { reset: true });
		const answer = await runAsTool(buyMailboxes([ADA], allowed), credentials());
		const read = agentReads(answer);
		expect(read).not.toMatch(GENERIC_RETRY);
		expect(read).toMatch(/^The connection to 127\.0\.0\.1:\d+ was reset before InboxKit answered/);
		expect(read).toContain(
			'It may have gone through: check in InboxKit before running it again, and do not retry it as it is',
		);
		expect(env.sandbox.calls(BUY)).toHaveLength(1);
	});

	// A timeout is worded like a reset; its code is put in words the same way. (Request Options,
	// where a test could shorten the timeout, are hidden from the tool.)
	test("InboxKit's own message naming a network code is not swapped for n8n's retry advice", async () => {
		env.sandbox.fault(BUY, {
			status: 502,
			body: { error: true, message: 'upstream ECONNRESET while charging (etimedout)' },
		});
		const read = agentReads(await runAsTool(buyMailboxes([ADA], allowed), credentials()));
		expect(read).not.toMatch(GENERIC_RETRY);
		expect(read).toMatch(/^InboxKit: upstream connection reset while charging \(timed out\)/);
		expect(read).toContain('It may have gone through');
	});
});

describe('what an AI agent may spend', () => {
	test('Buy as a tool is refused, nothing sent, unless "Allow for AI Agents" is on', async () => {
		const answer = await runAsTool(buyMailboxes([ADA]), credentials());
		expect(agentReads(answer)).toMatch(
			/^"Buy mailboxes" charges the InboxKit account, and this node does not allow AI agents to run it\. Nothing was sent\. Do not call this tool again for it: ask the user\./,
		);
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('an agent-chosen Add Credits of 1,000,000 is refused unless allowed, then sent as chosen', async () => {
		const addCredits: INodeParameters = {
			resource: 'billing',
			operation: 'addCredits',
			credits: "={{ $fromAI('credits', 'How many credits to buy', 'number') }}",
		};
		const refused = await runAsTool(addCredits, credentials());
		expect(agentReads(refused)).toMatch(/does not allow AI agents to run it/);
		expect(env.sandbox.requests).toHaveLength(0);

		const call = toolSession({ ...addCredits, ...allowed }, credentials());
		const { error } = await call({ credits: 1_000_000 });
		expect(error).toBeUndefined();
		expect(env.sandbox.calls('POST /billing/wallet/add').map((r) => r.body)).toEqual([
			{ amount: 1_000_000 },
		]);
	});

	test('Cancel Mailboxes as a tool is refused too, saying it cannot be undone from here', async () => {
		const answer = await runAsTool(
			{ resource: 'mailbox', operation: 'cancel', mailboxIds: 'mbx_sam03' },
			credentials(),
		);
		expect(agentReads(answer)).toMatch(/cannot be undone from here, and this node does not allow/);
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('with Continue On Fail the refusal is the one error item the agent gets', async () => {
		const { answer } = await runAsTool(buyMailboxes([ADA]), credentials(), {
			continueOnFail: true,
		});
		const [item] = JSON.parse(answer!) as IDataObject[];
		expect(item.error).toMatch(/does not allow AI agents to run it/);
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('three identical tool calls of Buy in one execution buy once', async () => {
		const call = toolSession(buyMailboxes([ADA], allowed), credentials());
		const first = await call();
		const second = await call();
		const third = await call();
		expect(first.error).toBeUndefined();
		for (const repeat of [second, third]) {
			expect(agentReads(repeat)).toMatch(
				/^"Buy mailboxes" for ada@acme-mail\.com was already sent in this execution, so it is not sent again/,
			);
		}
		expect(env.sandbox.calls(BUY)).toHaveLength(1);
	});

	test('a purchase InboxKit turned away (402: nothing bought) may be asked for again', async () => {
		env.sandbox.fault(BUY, {
			status: 402,
			body: { error: true, message: 'Insufficient wallet balance to purchase mailboxes' },
		});
		const call = toolSession(buyMailboxes([ADA], allowed), credentials());
		expect(agentReads(await call())).toMatch(/^InboxKit: Insufficient wallet balance/);
		expect((await call()).error).toBeUndefined();
		expect(env.sandbox.calls(BUY)).toHaveLength(2);
	});

	test('a purchase whose outcome is unknown is not sent again in the same execution', async () => {
		env.sandbox.fault(BUY, { reset: true });
		const call = toolSession(buyMailboxes([ADA], allowed), credentials());
		expect(agentReads(await call())).toContain('It may have gone through');
		expect(agentReads(await call())).toMatch(/was already sent in this execution/);
		expect(env.sandbox.calls(BUY)).toHaveLength(1);
	});
});

const buyAsJson: INodeParameters = {
	resource: 'mailbox',
	operation: 'buy',
	mailboxesInput: 'json',
	mailboxesJson: '={{ $json.m }}',
};

describe('the same purchase in two input items (Combine Input Items off)', () => {
	const twice = (message: string, description: string, sent: string) => ({
		message,
		description,
		sent,
	});
	const cases: Array<[string, INodeParameters, IDataObject[], ReturnType<typeof twice>]> = [
		[
			'Place Order with ada@fresh-start.com in items 1 and 2',
			{
				resource: 'order',
				operation: 'placeOrder',
				orderMailboxesInput: 'json',
				orderMailboxesJson: '={{ $json.rows }}',
			},
			[
				{ rows: [{ email: 'ada@fresh-start.com', first_name: 'Ada', last_name: 'L' }] },
				{ rows: [{ email: 'ada@fresh-start.com', first_name: 'Ada', last_name: 'L' }] },
			],
			twice(
				'The "Mailboxes" field holds fresh-start.com, which item 1 holds too',
				'It would be bought twice: give it in one item only.',
				'POST /orders',
			),
		],
		[
			'Buy with ada and ADA',
			buyAsJson,
			[{ m: [ADA] }, { m: [{ ...ADA, username: 'ADA' }] }],
			twice(
				'The "Mailboxes" field holds ada@acme-mail.com, which item 1 holds too',
				'It would be bought twice: give it in one item only.',
				BUY,
			),
		],
		[
			'Register with example-shop.com and Example-Shop.com.',
			{ resource: 'domain', operation: 'register', domains: '={{ $json.d }}' },
			[{ d: 'example-shop.com' }, { d: 'Example-Shop.com.' }],
			twice(
				'The "Domains" field holds example-shop.com, which item 1 holds too',
				'It would be bought twice: give it in one item only.',
				'POST /domains/register',
			),
		],
		[
			'Add Credits of 100 in two items',
			{ resource: 'billing', operation: 'addCredits', credits: 100 },
			[{}, {}],
			twice(
				'Item 2 asks for the same "Add credits to wallet" as item 1',
				'It would be charged twice: give the whole purchase in one item, or turn on "Execute Once" in the node settings.',
				'POST /billing/wallet/add',
			),
		],
	];

	test.each(cases)(
		'%s: refused before anything is sent',
		async (_title, parameters, items, expected) => {
			const { error } = await env.run({ parameters, items });
			expect(error?.message).toBe(expected.message);
			expect((error as NodeApiError).description).toBe(expected.description);
			expect(env.sandbox.requests.filter((r) => r.method === 'POST')).toHaveLength(0);
		},
	);

	test.each(cases)(
		'%s, with Continue On Fail: item 1 bought once, item 2 an error item',
		async (_title, parameters, items, expected) => {
			const { items: output, error } = await env.run({ parameters, items, continueOnFail: true });
			expect(error).toBeUndefined();
			expect(env.sandbox.calls(expected.sent)).toHaveLength(1);
			const failed = output.filter((item) => item.json.error !== undefined);
			expect(failed).toEqual([
				{
					json: { error: expected.message, description: expected.description },
					pairedItem: { item: 1 },
				},
			]);
		},
	);

	test('two different mailboxes in two items are both bought', async () => {
		const { error } = await env.run({
			parameters: buyAsJson,
			items: [{ m: [ADA] }, { m: [BO] }],
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls(BUY)).toHaveLength(2);
	});
});

describe('a redirect answering a write', () => {
	test('a 303 after Buy says it may have gone through (never followed, never "not carried out")', async () => {
		env.sandbox.fault(BUY, {
			status: 303,
			headers: { Location: '/v1/api/orders/ord_1' },
			body: {},
		});
		const { error } = await env.run({ parameters: buyMailboxes([ADA]) });
		const description = (error as NodeApiError).description ?? '';
		expect(error?.message).toMatch(
			/^InboxKit answered HTTP 303, a redirect to .*, which was not followed$/,
		);
		expect(description).not.toMatch(/not carried out/);
		expect(description).toContain(
			'It may have gone through: check in InboxKit before running it again',
		);
		expect(env.sandbox.calls(BUY)).toHaveLength(1);
	});
});

describe('an empty wallet (402)', () => {
	test('says nothing was bought, and to top up or turn off Use Wallet Balance', async () => {
		env.sandbox.fault(BUY, {
			status: 402,
			body: { error: true, message: 'Insufficient wallet balance to purchase mailboxes' },
		});
		const { error } = await env.run({ parameters: buyMailboxes([ADA]) });
		expect(error?.message).toBe('InboxKit: Insufficient wallet balance to purchase mailboxes');
		expect((error as NodeApiError).description).toBe(
			'POST /mailboxes/buy answered 402. Nothing was bought: the wallet holds too little. Top up the wallet (Billing → Add Credits), or turn off "Use Wallet Balance" to pay by checkout.',
		);
	});
});
