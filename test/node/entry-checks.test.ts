import type { IDataObject, NodeApiError } from 'n8n-workflow';

import { ADA, BO, buyMailboxes } from '../support/mailboxes';
import { useSandbox, type FaultAnswer } from '../support/sandbox';

/**
 * What the node says before and after sending operations that take a list of entries or
 * spend money: duplicate entries, Retry On Fail, and what was already charged.
 */
const env = useSandbox();

const buyAdaAndBo = buyMailboxes();

describe('entries given more than once', () => {
	test('in a purchase: refused before sending, naming each one and how often', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'register',
				domains: 'novaleads.com, novaleads.shop, Novaleads.com., novaleads.shop, novaleads.shop',
			},
		});
		expect(error?.message).toBe(
			'The "Domains" field holds novaleads.com twice, novaleads.shop 3 times',
		);
		expect((error as NodeApiError).description).toBe(
			'Each one would be bought again: give every entry once.',
		);
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('in a check that buys nothing: sent as given', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'checkWorkspaceAvailability',
				domains: 'acme-mail.com, acme-mail.com',
			},
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.requests.map((r) => r.body)).toEqual([
			{ domains: ['acme-mail.com', 'acme-mail.com'] },
		]);
	});
});

describe('a purchase that fails after others went through names what was already charged', () => {
	const register = { resource: 'domain', operation: 'register', domains: '={{ $json.domains }}' };
	const registrarDown = { status: 500, body: { error: true, message: 'Registrar unavailable' } };
	const rerun = 'Check InboxKit before running the node again: a re-run would buy these again.';

	const answer = (message: string): FaultAnswer => ({
		status: 200,
		body: { error: false, message, domain_uids: ['dom_paid01'] },
	});

	/** What each item that went through output, written out as the note quotes it. */
	async function written(answers: FaultAnswer[], items: IDataObject[]): Promise<string[]> {
		env.sandbox.reset();
		env.sandbox.fault('POST /domains/register', ...answers, registrarDown);
		const { items: output } = await env.run({ parameters: register, items, continueOnFail: true });
		env.sandbox.reset();
		env.sandbox.fault('POST /domains/register', ...answers, registrarDown);
		return output
			.filter((item) => item.json.error === undefined)
			.map((item) => JSON.stringify(item.json));
	}

	test('each item, in order, separated by semicolons', async () => {
		const items = [
			{ domains: 'novaleads.com' },
			{ domains: 'novaleads.shop' },
			{ domains: 'novaleads.net' },
		];
		const [first, second] = await written([answer('first'), answer('second')], items);
		const { error } = await env.run({ parameters: register, items });
		expect(error?.message).toBe('InboxKit: Registrar unavailable');
		expect((error as NodeApiError).description).toBe(
			`POST /domains/register answered 500. InboxKit had a problem answering. It was sent once and not retried, because it changes data. It may have gone through: check in InboxKit before running it again, and do not retry it as it is, so nothing is bought or changed twice. Already charged: item 1: ${first}; item 2: ${second}. ${rerun}`,
		);
		expect(env.sandbox.calls('POST /domains/register')).toHaveLength(3);
	});

	test('a record of exactly 200 characters is quoted whole', async () => {
		const items = [{ domains: 'novaleads.com' }, { domains: 'novaleads.shop' }];
		const [short] = await written([answer('x')], items);
		const [exact] = await written([answer('x'.repeat(1 + 200 - short.length))], items);
		expect(exact).toHaveLength(200);
		const { error } = await env.run({ parameters: register, items });
		expect((error as NodeApiError).description).toContain(
			`Already charged: item 1: ${exact}. ${rerun}`,
		);
	});

	test('an item that bought several records is quoted as their list', async () => {
		const ada = { uid: 'mbx_paid01', username: 'ada', domain_name: 'acme-mail.com' };
		const bo = { uid: 'mbx_paid02', username: 'bo', domain_name: 'acme-mail.com' };
		env.sandbox.fault(
			'POST /mailboxes/buy',
			{ status: 200, body: { error: false, mailboxes: [ada, bo] } },
			registrarDown,
		);
		// Item 2 buys others: the same ones again would be refused before anything is sent.
		const { error } = await env.run({
			parameters: buyMailboxes([
				{ ...ADA, username: '={{ $json.first }}' },
				{ ...BO, username: '={{ $json.second }}' },
			]),
			items: [
				{ first: 'ada', second: 'bo' },
				{ first: 'cy', second: 'di' },
			],
		});
		expect((error as NodeApiError).description).toContain(
			` Already charged: item 1: ${JSON.stringify([ada, bo])}. ${rerun}`,
		);
	});
});

describe('a purchase whose answer does not list everything bought', () => {
	test('names the missing entry, also when a listed record cannot be paired', async () => {
		// Ada is listed; a record without username or email pairs with nothing; Bo is missing.
		env.sandbox.fault('POST /mailboxes/buy', {
			status: 200,
			body: {
				error: false,
				mailboxes: [
					{ uid: 'mbx_paid01', username: 'ada', domain_name: 'acme-mail.com' },
					{ uid: 'mbx_paid03' },
				],
			},
		});
		const { error } = await env.run({ parameters: buyAdaAndBo });
		expect(error?.message).toBe(
			"InboxKit's answer lists 1 of the 2 mailboxes bought: missing bo@acme-mail.com",
		);
	});
});
