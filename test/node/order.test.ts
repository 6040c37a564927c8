import type { IDataObject } from 'n8n-workflow';

import { expectRejectedBeforeSending } from '../support/badInput';
import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { useSandbox, type INodeParameters } from '../support/sandbox';

/** Place Order through n8n against the sandbox: the exact purchase, sent once, checked first. */
const env = useSandbox();

type State = { domains: IDataObject[]; mailboxes: IDataObject[]; wallet: IDataObject };

const ada = { email: 'Ada@Fresh-Start.com', first_name: 'Ada', last_name: 'Lovelace' };
const alan = { email: 'alan@fresh-start.com', first_name: 'Alan', last_name: 'Turing' };
const grace = {
	email: 'grace@new-outreach.net',
	first_name: 'Grace',
	last_name: 'Hopper',
	platform: 'MICROSOFT',
	sequencer_uid: 'seq_smart01',
	profile_pic_url: 'https://cdn.example.com/grace.png',
};

const order = (rows: IDataObject[], more: INodeParameters = {}): INodeParameters => ({
	resource: 'order',
	operation: 'placeOrder',
	orderMailboxes: { mailbox: rows as INodeParameters[] },
	...more,
});

const cases: Array<OperationCase<State>> = [
	{
		title: 'Place Order from the fields (the mailboxes grouped into their domains)',
		parameters: order([ada, alan, grace], {
			registrationYears: 2,
			redirectUrl: 'https://acme.test',
			orderOptions: { contact_details: '{"first_name": "Ada", "email": "ops@acme.test"}' },
		}),
		request: {
			method: 'POST',
			path: '/orders',
			body: {
				contact_details: { first_name: 'Ada', email: 'ops@acme.test' },
				domains: [
					{
						name: 'fresh-start.com',
						registration_years: 2,
						redirect_url: 'https://acme.test/',
						mailboxes: [
							{
								email: 'ada@fresh-start.com',
								first_name: 'Ada',
								last_name: 'Lovelace',
								platform: 'GOOGLE',
							},
							{
								email: 'alan@fresh-start.com',
								first_name: 'Alan',
								last_name: 'Turing',
								platform: 'GOOGLE',
							},
						],
					},
					{
						name: 'new-outreach.net',
						registration_years: 2,
						redirect_url: 'https://acme.test/',
						mailboxes: [
							{
								email: 'grace@new-outreach.net',
								first_name: 'Grace',
								last_name: 'Hopper',
								platform: 'MICROSOFT',
								sequencer_uid: 'seq_smart01',
								profile_pic_url: 'https://cdn.example.com/grace.png',
							},
						],
					},
				],
			},
		},
		output: (items, state) => {
			expect(items.map((i) => [i.domain, i.status, (i.mailboxes as IDataObject[]).length])).toEqual(
				[
					['fresh-start.com', 'processing', 2],
					['new-outreach.net', 'processing', 1],
				],
			);
			// Two domains of two years (12.5 and 13 a year) and three mailboxes at 3.
			expect(state.wallet.credits_remaining).toBe(380 - (25 + 26 + 9));
		},
	},
	{
		title: 'Place Order from JSON',
		parameters: {
			resource: 'order',
			operation: 'placeOrder',
			orderMailboxesInput: 'json',
			orderMailboxesJson: JSON.stringify([{ ...grace, sequencer_uid: '', profile_pic_url: '' }]),
		},
		request: {
			method: 'POST',
			path: '/orders',
			body: {
				domains: [
					{
						name: 'new-outreach.net',
						registration_years: 1,
						mailboxes: [
							{
								email: 'grace@new-outreach.net',
								first_name: 'Grace',
								last_name: 'Hopper',
								platform: 'MICROSOFT',
							},
						],
					},
				],
			},
		},
		output: ([json], state) => {
			expect(json).toMatchObject({ domain: 'new-outreach.net', status: 'processing' });
			expect(state.domains.find((d) => d.name === 'new-outreach.net')).toBeDefined();
		},
	},
];

describeOperationCases(env, ['order'], cases);

describe('Place Order spends money', () => {
	test('with Combine Input Items, one order for all items, each domain paired to its item', async () => {
		const { items } = await env.run({
			parameters: {
				...order([]),
				orderMailboxesInput: 'json',
				orderMailboxesJson: '={{ $json.rows }}',
				combineItems: true,
			},
			items: [{ rows: [grace] }, { rows: [ada, alan] }],
		});
		expect(env.sandbox.calls('POST /orders')).toHaveLength(1);
		expect(
			(env.sandbox.calls('POST /orders')[0].body?.domains as IDataObject[]).map((d) => d.name),
		).toEqual(['new-outreach.net', 'fresh-start.com']);
		expect(items.map((i) => [i.json.domain, i.pairedItem])).toEqual([
			['new-outreach.net', { item: 0 }],
			['fresh-start.com', { item: 1 }],
		]);
	});

	test('its operation description says it charges the account', async () => {
		const { InboxKit } = await import('../../nodes/InboxKit/InboxKit.node');
		const dropdown = new InboxKit().description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === 'order',
		)!;
		expect((dropdown.options![0] as { description: string }).description).toMatch(
			/^Buy domains and the mailboxes on them in one purchase\. Charges your InboxKit account/,
		);
	});
});

describe('an order is checked whole before anything is sent, naming the field', () => {
	const rows: Array<[string, INodeParameters, string, IDataObject[]?]> = [
		[
			'the same address twice, once in capitals',
			order([ada, { ...ada, email: 'ada@fresh-start.com' }]),
			'The "Mailboxes" field holds ada@fresh-start.com twice',
		],
		[
			'one domain asked for on two platforms',
			order([ada, { ...alan, platform: 'MICROSOFT' }]),
			'The "Mailboxes" field asks for GOOGLE and MICROSOFT mailboxes on fresh-start.com',
		],
		[
			'a last name with control characters (names are bounded and clean, as in Buy)',
			order([{ ...ada, last_name: 'Love\u0000lace\r\nBcc: x' }]),
			'The "Last Name (mailbox 1)" field holds control characters',
		],
		[
			'an address that is not one',
			order([{ ...ada, email: 'ada at fresh-start.com' }]),
			'The "Email (mailbox 1)" field holds "ada at fresh-start.com", which is not an email address',
		],
		[
			'a row with a field InboxKit does not take',
			{
				...order([]),
				orderMailboxesInput: 'json',
				orderMailboxesJson: JSON.stringify([{ ...ada, username: 'ada' }]),
			},
			'The "Mailboxes (JSON)" field has unknown fields in mailbox 1: username',
		],
		[
			'a sequencer ID with a space',
			order([{ ...grace, sequencer_uid: 'seq smart' }]),
			'The "Sequencer ID (mailbox 1)" field holds "seq smart", which is not an InboxKit ID',
		],
		[
			'a redirect that is not a web address',
			order([ada], { redirectUrl: 'acme' }),
			'The "Redirect URL" field holds "acme", which is not a web URL',
		],
		['no mailboxes at all', order([]), 'The "Mailboxes" field is empty'],
	];

	expectRejectedBeforeSending(
		env,
		rows.map(([title, parameters, message, items]) => ({ title, parameters, message, items })),
	);
});
