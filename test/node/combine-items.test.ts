import type { IDataObject } from 'n8n-workflow';

import { ADA } from '../support/mailboxes';
import { manyDomains } from '../support/bulk';
import { useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * "Combine Input Items" at its edges: an item that fills a request on its own, an entry two items
 * give, answers that leave entries out, and which requests a failure says went through.
 */
const env = useSandbox();

const checkPropagation: INodeParameters = {
	resource: 'domain',
	operation: 'checkPropagation',
	domains: '={{ $json.names }}',
	combineItems: true,
};

// Reads send their items together whatever the switch says (runner/bulkReads.ts): these edges
// hold for them with it left on, as saved in older workflows.
describe('Check Propagation (a read) with Combine Input Items', () => {
	test('one item of exactly 100 domains, the most one request takes, goes out as one request', async () => {
		const domains = manyDomains(100);
		env.sandbox.reset({ domains });
		const { items, error } = await env.run({
			parameters: checkPropagation,
			items: [{ names: domains.map((d) => d.name) }],
		});
		expect(error).toBeUndefined();
		const sent = env.sandbox.calls('POST /domains/nameservers/check-propagation');
		expect(sent.map((call) => call.body!.domains)).toEqual([domains.map((d) => d.name)]);
		expect(items).toHaveLength(100);
	});

	test('a domain two items give is checked as given, and each of its results goes with one of them, in order', async () => {
		const domains = manyDomains(2);
		env.sandbox.reset({ domains });
		const { items, error } = await env.run({
			parameters: checkPropagation,
			items: [{ names: ['bulk-0.com'] }, { names: ['bulk-1.com', 'bulk-0.com'] }],
		});
		expect(error).toBeUndefined();
		const sent = env.sandbox.calls('POST /domains/nameservers/check-propagation');
		expect(sent.map((call) => call.body!.domains)).toEqual([
			['bulk-0.com', 'bulk-1.com', 'bulk-0.com'],
		]);
		expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([
			['bulk-0.com', { item: 0 }],
			['bulk-1.com', { item: 1 }],
			// The second item asked for it too: it gets a result of its own.
			['bulk-0.com', { item: 1 }],
		]);
	});

	test('two answers to a domain one item gave both go with that item', async () => {
		env.sandbox.reset({ domains: manyDomains(2) });
		const result = (name: string) => ({ name, status: 'active', propagated: true });
		env.sandbox.fault('POST /domains/nameservers/check-propagation', {
			status: 200,
			body: {
				error: false,
				message: 'Nameserver propagation',
				result: [result('bulk-0.com'), result('bulk-1.com'), result('bulk-0.com')],
			},
		});
		const { items, error } = await env.run({
			parameters: checkPropagation,
			items: [{ names: ['bulk-0.com'] }, { names: ['bulk-1.com'] }],
		});
		expect(error).toBeUndefined();
		// Grouped by item, in input order, as one by one.
		expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([
			['bulk-0.com', { item: 0 }],
			['bulk-0.com', { item: 0 }],
			['bulk-1.com', { item: 1 }],
		]);
	});

	test('an answer that leaves a domain out is passed on as it is: nothing was bought', async () => {
		env.sandbox.reset({ domains: manyDomains(2) });
		env.sandbox.fault('POST /domains/nameservers/check-propagation', {
			status: 200,
			body: {
				error: false,
				message: 'Nameserver propagation',
				result: [{ uid: 'dom_bulk1', name: 'bulk-1.com', status: 'active', propagated: true }],
			},
		});
		const { items, error } = await env.run({
			parameters: checkPropagation,
			items: [{ names: ['bulk-0.com'] }, { names: ['bulk-1.com'] }],
		});
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: { uid: 'dom_bulk1', name: 'bulk-1.com', status: 'active', propagated: true },
				pairedItem: { item: 1 },
			},
		]);
	});
});

const mailbox = (username: string): IDataObject => ({ ...ADA, username });

test('Buy with Combine Input Items: an answer that leaves a mailbox out is an error naming it', async () => {
	env.sandbox.fault('POST /mailboxes/buy', {
		status: 200,
		body: {
			error: false,
			message: 'Mailbox scheduled to be assigned to domains successfully',
			mailboxes: [
				{ uid: 'mbx_new1', username: 'ada', domain_name: 'acme-mail.com', status: 'scheduled' },
			],
		},
	});
	const { error } = await env.run({
		parameters: {
			resource: 'mailbox',
			operation: 'buy',
			mailboxesInput: 'json',
			mailboxesJson: '={{ $json.m }}',
			combineItems: true,
		},
		items: [{ m: [mailbox('ada')] }, { m: [mailbox('bo')] }],
	});
	expect(error?.message).toBe(
		"InboxKit's answer lists 1 of the 2 mailboxes bought: missing bo@acme-mail.com",
	);
	expect((error as { description?: string }).description).toBe(
		'The request was sent once. Check in InboxKit whether the missing ones were bought before running the node again.',
	);
	expect(env.sandbox.calls('POST /mailboxes/buy')).toHaveLength(1);
});

describe('Register with Combine Input Items split into several orders', () => {
	const registerEach = (count: number) => ({
		parameters: {
			resource: 'domain',
			operation: 'register',
			domains: '={{ $json.name }}',
			useWalletBalance: false,
			combineItems: true,
		},
		items: Array.from({ length: count }, (_, k) => ({ name: `new-bulk-${k}.com` })),
	});

	test("when the first order fails, the error is InboxKit's alone: nothing went through", async () => {
		env.sandbox.fault('POST /domains/register', { status: 500 });
		const { error } = await env.run(registerEach(250));
		expect(error?.message).toBe('InboxKit: Scripted 500');
		expect((error as { description?: string }).description).toBe(
			'POST /domains/register answered 500. InboxKit had a problem answering. It was sent once and not retried, because it changes data. It may have gone through: check in InboxKit before running it again, and do not retry it as it is, so nothing is bought or changed twice.',
		);
		expect(env.sandbox.calls('POST /domains/register')).toHaveLength(1);
	});

	test('when the last order fails, the error names the items that went through and no others', async () => {
		env.sandbox.fault('POST /domains/register', {}, { status: 500 });
		const { error } = await env.run(registerEach(150));
		expect(error?.message).toBe('InboxKit: Scripted 500');
		expect((error as { description?: string }).description).toBe(
			'POST /domains/register answered 500. InboxKit had a problem answering. It was sent once and not retried, because it changes data. It may have gone through: check in InboxKit before running it again, and do not retry it as it is, so nothing is bought or changed twice. "Combine Input Items" split the items into 2 requests: the 1 before this one went through (items 1-100), so check InboxKit before running the node again.',
		);
		expect(env.sandbox.calls('POST /domains/register')).toHaveLength(2);
	});
});
