import type { IDataObject, NodeOperationError } from 'n8n-workflow';

import { isSentOnce } from '../../nodes/InboxKit/operation';

import { RESOURCES } from '../../nodes/InboxKit/resources';
import { expectRejectedBeforeSending } from '../support/badInput';
import { ADA, BO, buyMailboxes } from '../support/mailboxes';
import { useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * Operations that spend money, item by item: every item is checked before the first is charged,
 * a failure after a charge names what was already bought, and nothing is bought twice or silently.
 */
const env = useSandbox();

/** Register with each item's domains from the input. */
const register: INodeParameters = {
	resource: 'domain',
	operation: 'register',
	domains: '={{ $json.domains }}',
};
const buy = (extra: IDataObject = {}): INodeParameters => buyMailboxes([ADA, BO], extra);

/** Bad input in any item stops a purchase before the first item is charged. */
describe('every item is checked before the first is charged', () => {
	const mailbox = {
		first_name: 'Ada',
		last_name: 'L',
		username: 'ada',
		domain_name: 'acme-mail.com',
		platform: 'GOOGLE',
	};
	const ada = { email: 'Ada@Fresh-Start.com', first_name: 'Ada', last_name: 'Lovelace' };
	const alan = { email: 'alan@fresh-start.com', first_name: 'Alan', last_name: 'Turing' };
	expectRejectedBeforeSending(env, [
		{
			title: 'Register: a bad third item',
			parameters: register,
			items: [
				{ domains: 'novaleads.com' },
				{ domains: 'novaleads.shop' },
				{ domains: 'not a domain' },
			],
			message: /^The "Domains" field holds "not a domain"/,
		},
		{
			title: 'Buy with Combine Input Items: the same mailbox asked by two items',
			parameters: {
				resource: 'mailbox',
				operation: 'buy',
				mailboxesInput: 'json',
				mailboxesJson: '={{ $json.m }}',
				combineItems: true,
			},
			items: [{ m: [mailbox] }, { m: [{ ...mailbox, username: 'ADA' }] }],
			message: 'The "Mailboxes" field holds ada@acme-mail.com, which item 1 holds too',
			description:
				'"Combine Input Items" would buy it twice in one request: give it in one item only.',
		},
		{
			title: 'Place Order with Combine Input Items: the same domain from two items',
			parameters: {
				resource: 'order',
				operation: 'placeOrder',
				orderMailboxesInput: 'json',
				orderMailboxesJson: '={{ $json.rows }}',
				combineItems: true,
			},
			items: [{ rows: [ada] }, { rows: [alan] }],
			message: 'The "Mailboxes" field holds fresh-start.com, which item 1 holds too',
			description:
				'"Combine Input Items" would buy it twice in one request: give it in one item only.',
		},
	]);
});

describe('Register item by item', () => {
	test('a failure on item 2 names item 1 as already charged, with its order', async () => {
		env.sandbox.fault(
			'POST /domains/register',
			{} /* item 1 goes through */,
			{
				status: 500,
				body: { error: true, message: 'Registrar unavailable' },
			},
		);
		const { error } = await env.run({
			parameters: register,
			items: [
				{ domains: 'novaleads.com' },
				{ domains: 'novaleads.shop' },
				{ domains: 'novaleads.net' },
			],
		});
		expect(error?.message).toBe('InboxKit: Registrar unavailable');
		const description = (error as { description?: string }).description ?? '';
		expect(description).toMatch(/Already charged: item 1: \{.*"domain_uids":\["dom_/);
		expect(description).toMatch(/a re-run would buy these again/);
		expect(description).not.toMatch(/item 3/);
		// Item 3 is not sent once item 2 failed.
		expect(env.sandbox.calls('POST /domains/register')).toHaveLength(2);
	});

	test("with Continue On Fail the order of item 1 is output beside item 2's error", async () => {
		env.sandbox.fault(
			'POST /domains/register',
			{} /* item 1 goes through */,
			{
				status: 500,
				body: { error: true, message: 'Registrar unavailable' },
			},
		);
		const { items, error } = await env.run({
			parameters: register,
			items: [{ domains: 'novaleads.com' }, { domains: 'novaleads.shop' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(
			items.map((i) => [Object.keys(i.json).includes('domain_uids'), i.json.error, i.pairedItem]),
		).toEqual([
			[true, undefined, { item: 0 }],
			[false, 'InboxKit: Registrar unavailable', { item: 1 }],
		]);
	});
});

describe('Register item by item: what the errors say', () => {
	const registrarDown = {
		status: 500,
		body: { error: true, message: 'Registrar unavailable' },
	};
	// An answer whose record, written out, is longer than the 200 characters a note quotes.
	const longAnswer = {
		status: 200,
		body: {
			error: false,
			message: 'Domains registered',
			domain_uids: Array.from({ length: 12 }, (_, n) => `dom_registered${n}`),
		},
	};

	test('a record of what was charged longer than 200 characters is cut at 197, with "..."', async () => {
		env.sandbox.fault('POST /domains/register', longAnswer, registrarDown);
		const kept = await env.run({
			parameters: register,
			items: [{ domains: 'novaleads.com' }, { domains: 'novaleads.shop' }],
			continueOnFail: true,
		});
		const written = JSON.stringify(kept.items[0].json);
		expect(written.length).toBeGreaterThan(200);

		env.sandbox.fault('POST /domains/register', longAnswer, registrarDown);
		const { error } = await env.run({
			parameters: register,
			items: [{ domains: 'novaleads.com' }, { domains: 'novaleads.shop' }],
		});
		const description = (error as { description?: string }).description ?? '';
		const note = `Already charged: item 1: ${written.slice(0, 197)}.... Check InboxKit before running the node again: a re-run would buy these again.`;
		expect(description.slice(-note.length)).toBe(note);
	});

	test('a failure on the first item says nothing was charged', async () => {
		env.sandbox.fault('POST /domains/register', registrarDown);
		const { error } = await env.run({
			parameters: register,
			items: [{ domains: 'novaleads.com' }, { domains: 'novaleads.shop' }],
		});
		expect(error?.message).toBe('InboxKit: Registrar unavailable');
		expect((error as { description?: string }).description).not.toMatch(/charged/i);
	});

	test('with Continue On Fail, an item refused before sending is an error item and the others are bought', async () => {
		const { items, error } = await env.run({
			parameters: register,
			items: [{ domains: 'novaleads.com' }, { domains: 'not a domain' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items.map((i) => [Object.keys(i.json).includes('domain_uids'), i.pairedItem])).toEqual([
			[true, { item: 0 }],
			[false, { item: 1 }],
		]);
		expect(items[1].json.error).toMatch(/^The "Domains" field holds "not a domain"/);
		expect(env.sandbox.calls('POST /domains/register')).toHaveLength(1);
	});
});

describe('Buy', () => {
	test('pays from the wallet by default', async () => {
		const { items, error } = await env.run({ parameters: buy() });
		expect(error).toBeUndefined();
		expect(env.sandbox.requests[0].body).toMatchObject({ use_wallet_balance: true });
		expect(items.map((i) => i.json.status)).toEqual(['scheduled', 'scheduled']);
	});

	test('without the wallet, outputs the checkout link and buys nothing yet', async () => {
		const before = (env.sandbox.state.mailboxes as IDataObject[]).length;
		const { items } = await env.run({ parameters: buy({ useWalletBalance: false }) });
		expect(env.sandbox.requests[0].body).toMatchObject({ use_wallet_balance: false });
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			url: expect.stringMatching(/^https:\/\/checkout\./),
			session_id: expect.any(String),
		});
		expect((env.sandbox.state.mailboxes as IDataObject[]).length).toBe(before);
	});

	test.each([
		[
			'lists none of them',
			[],
			'0 of the 2 mailboxes bought: missing ada@acme-mail.com, bo@acme-mail.com',
			'',
		],
		[
			'lists one of two',
			[{ uid: 'mbx_new1', username: 'ada', domain_name: 'acme-mail.com', status: 'scheduled' }],
			'1 of the 2 mailboxes bought: missing bo@acme-mail.com',
			' Already charged: item 1: {"uid":"mbx_new1","username":"ada","domain_name":"acme-mail.com","status":"scheduled"}. Check InboxKit before running the node again: a re-run would buy these again.',
		],
	])(
		'an answer that %s names the missing mailboxes, and those it lists as charged',
		async (_title, mailboxes, said, charged) => {
			env.sandbox.fault('POST /mailboxes/buy', {
				status: 200,
				body: {
					error: false,
					message: 'Mailbox scheduled to be assigned to domains successfully',
					mailboxes,
				},
			});
			const { error } = await env.run({ parameters: buy() });
			expect(error?.message).toBe(`InboxKit's answer lists ${said}`);
			expect((error as { description?: string }).description).toBe(
				`The request was sent once. Check in InboxKit whether the missing ones were bought before running the node again.${charged}`,
			);
			expect(env.sandbox.calls('POST /mailboxes/buy')).toHaveLength(1);
		},
	);
});

test('Retry On Fail with Continue On Fail gives one error item per input, and buys nothing', async () => {
	const { items } = await env.run({
		parameters: { resource: 'billing', operation: 'addCredits', credits: 10 },
		items: [{}, {}],
		retryOnFail: true,
		continueOnFail: true,
	});
	expect(items.map((i) => [i.json.error, i.pairedItem])).toEqual([
		['"Add credits to wallet" spends money, so it must not run with "Retry On Fail"', { item: 0 }],
		['"Add credits to wallet" spends money, so it must not run with "Retry On Fail"', { item: 1 }],
	]);
	expect(env.sandbox.requests).toHaveLength(0);
});

test('each output record keeps the input item it came from (two items, three records each)', async () => {
	const { items } = await env.run({
		parameters: { resource: 'mailbox', operation: 'getMany', returnAll: false, limit: 3 },
		items: [{}, {}],
	});
	expect(items.map((i) => i.pairedItem)).toEqual([
		{ item: 0 },
		{ item: 0 },
		{ item: 0 },
		{ item: 1 },
		{ item: 1 },
		{ item: 1 },
	]);
});

// Derived from the entries: a new purchase cannot forget the guard.
const spending = RESOURCES.flatMap((resource) =>
	resource.operations
		.filter((operation) => isSentOnce(operation))
		.map(
			(operation) => [`${resource.name} > ${operation.name}`, resource.value, operation] as const,
		),
);

test('the entries mark the known purchases as spending money', () => {
	expect(spending.map(([title]) => title)).toEqual(
		expect.arrayContaining([
			'Billing > Add Credits',
			'Billing > Change Plan',
			'Domain > Register',
			'Mailbox > Buy',
		]),
	);
});

/** The required fields of each purchase; a new one without an entry here fails below. */
const REQUIRED: Record<string, IDataObject> = {
	'billing.addCredits': { credits: 10 },
	'billing.changePlan': { planId: 'plan_pro' },
	'domain.register': { domains: 'novaleads.com' },
	'mailbox.buy': buy(),
	'mailbox.cancel': { mailboxIds: 'mbx_jane01' },
	'warmup.add': { mailboxIds: 'mbx_jane01' },
	'order.placeOrder': {
		orderMailboxesInput: 'json',
		orderMailboxesJson:
			'[{"email": "ada@fresh-start.com", "first_name": "Ada", "last_name": "L", "platform": "GOOGLE"}]',
	},
};

// The one test of this rule: every operation sent once, derived from the entries.
test.each(spending)(
	"%s refuses n8n's Retry On Fail before anything is sent, saying what to do",
	async (_title, resource, operation) => {
		const required = REQUIRED[`${resource}.${operation.value}`];
		expect(required).toBeDefined();
		const { error } = await env.run({
			parameters: { ...required, resource, operation: operation.value },
			retryOnFail: true,
		});
		// A cancellation, not a charge, is worded so, and refused all the same.
		expect([error?.message, (error as NodeOperationError).description]).toEqual(
			operation.charges
				? [
						`"${operation.action}" spends money, so it must not run with "Retry On Fail"`,
						'Turn off "Retry On Fail" in the node settings: a retry would send the whole purchase again and may charge twice.',
					]
				: [
						`"${operation.action}" is sent only once, so it must not run with "Retry On Fail"`,
						'Turn off "Retry On Fail" in the node settings: a retry would send the whole request again.',
					],
		);
		expect(env.sandbox.requests).toHaveLength(0);
	},
);

// The one test of this rule too: every operation sent once, whatever InboxKit answers.
test.each(spending)(
	'%s is sent exactly once when InboxKit answers 500, 429 or 503, or the connection drops',
	async (_title, resource, operation) => {
		const parameters = {
			...REQUIRED[`${resource}.${operation.value}`],
			resource,
			operation: operation.value,
		};
		const key = `${operation.method} ${operation.path}`;
		for (const fault of [
			{ status: 500 },
			{ status: 429, headers: { 'Retry-After': '0' } },
			{ status: 503, headers: { 'Retry-After': '0' } },
			{ reset: true },
		]) {
			env.sandbox.reset();
			env.sandbox.fault(key, fault);
			const { error } = await env.run({ parameters });
			expect(error).toBeDefined();
			if (fault.status) expect(error).toMatchObject({ httpCode: String(fault.status) });
			expect([key, env.sandbox.calls(key)]).toEqual([key, [expect.anything()]]);
		}
	},
);
