import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * The pickers read at execution time, at their limits: By Email over InboxKit's fuzzy keyword
 * search (only the exact address counts, and at most 50 pages are read), empty pickers, and
 * picked plus typed IDs against the 100 InboxKit takes in one request.
 */
const env = useSandbox();

const rl = (mode: string, value: string) => ({ __rl: true, mode, value });
const sent = (key: string) => env.sandbox.calls(key);

const mailbox = (uid: string, username: string) => ({
	uid,
	workspace_uid: DEFAULT_WORKSPACE,
	username,
	domain_name: 'acme-mail.com',
	first_name: 'Pat',
	last_name: 'Acme',
	platform: 'GOOGLE',
	status: 'active',
});

/** `count` mailboxes whose usernames all contain "pat" (pat0000, pat0001, ...), then "pat" itself. */
const patsThenPat = (count: number) => [
	...Array.from({ length: count }, (_, n) =>
		mailbox(`mbx_pat${String(n).padStart(4, '0')}`, `pat${String(n).padStart(4, '0')}`),
	),
	mailbox('mbx_thepat', 'pat'),
];

const getByEmail = (email: string) =>
	env.run({ parameters: { resource: 'mailbox', operation: 'get', mailboxId: rl('email', email) } });

describe('By Email: InboxKit searches by keyword, the node keeps only the exact address', () => {
	test('"jane@" is not "jane.doe@", though the keyword "jane" finds both', async () => {
		env.sandbox.reset({
			mailboxes: [mailbox('mbx_janedoe', 'jane.doe'), mailbox('mbx_jane', 'jane')],
		});
		const { items, error } = await getByEmail('jane@acme-mail.com');
		expect(error).toBeUndefined();
		expect(sent('GET /mailboxes/details')[0].query).toEqual({ uid: 'mbx_jane' });
		expect(items[0].json.uid).toBe('mbx_jane');
	});

	test('an address found on the 50th page of its keyword (5,000 records) is found', async () => {
		env.sandbox.reset({ mailboxes: patsThenPat(4999) });
		const { error } = await getByEmail('pat@acme-mail.com');
		expect(error).toBeUndefined();
		expect(sent('POST /mailboxes/list')).toHaveLength(50);
		expect(sent('GET /mailboxes/details')[0].query).toEqual({ uid: 'mbx_thepat' });
	});

	test('a keyword that matches more than 5,000 mailboxes stops after 50 pages, asking for a pick', async () => {
		env.sandbox.reset({ mailboxes: patsThenPat(5000) });
		const { error } = await getByEmail('pat@acme-mail.com');
		expect(error?.message).toBe(
			'The "Mailbox" field matches more than 5000 mailboxes to look through',
		);
		expect(error?.description).toBe('Pick the mailbox from the list, or give its ID.');
		expect(sent('POST /mailboxes/list').map((r) => r.body?.page)).toEqual(
			Array.from({ length: 50 }, (_, n) => n + 1),
		);
		expect(sent('GET /mailboxes/details')).toHaveLength(0);
	});
});

describe('a picker left empty stops the item before anything is sent', () => {
	test('the Mailbox picker, By ID from an expression that gives nothing', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'get',
				mailboxId: rl('id', '={{ $json.mailbox }}'),
			},
		});
		expect(error?.message).toBe('The "Mailbox" field is empty');
		expect(error?.description).toBe('Fill it in, or check the expression that should fill it.');
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('no domain picked and no Domain IDs: the message says where to give them', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'removeCatchAll',
				pickedDomains: { entries: [] },
				domainIds: '={{ $json.ids }}',
			},
		});
		expect(error?.message).toBe('The "Domain IDs" field is empty');
		expect(error?.description).toBe(
			'Pick them under "Domains", or give their IDs here: separated by commas, or an expression that returns a list.',
		);
		expect(env.sandbox.requests).toHaveLength(0);
	});
});

describe('picked and typed IDs together: at most the 100 InboxKit takes in one request', () => {
	const bulk = Array.from({ length: 101 }, (_, n) => ({
		uid: `dom_bulk${String(n).padStart(4, '0')}`,
		name: `bulk-${n}.com`,
		workspace_uid: DEFAULT_WORKSPACE,
		status: 'active',
	}));
	const removeCatchAll = (typed: number) =>
		env.run({
			parameters: {
				resource: 'domain',
				operation: 'removeCatchAll',
				pickedDomains: { entries: [{ domain: rl('list', 'dom_bulk0000') }] },
				domainIds: bulk
					.slice(1, typed + 1)
					.map((d) => d.uid)
					.join(','),
			},
		});

	test('1 picked and 99 typed: all 100 in one request', async () => {
		env.sandbox.reset({ domains: bulk });
		const { error } = await removeCatchAll(99);
		expect(error).toBeUndefined();
		expect(sent('DELETE /domains/catch-all')[0].body?.uids).toEqual(
			bulk.slice(0, 100).map((d) => d.uid),
		);
	});

	test('1 picked and 100 typed: refused, naming both fields', async () => {
		env.sandbox.reset({ domains: bulk });
		const { error } = await removeCatchAll(100);
		expect(error?.message).toBe(
			'The "Domains" field holds 101 entries together with "Domain IDs", more than the 100 InboxKit takes in one request',
		);
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('the same ID picked and typed counts once', async () => {
		env.sandbox.reset({ domains: bulk });
		const { error } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'removeCatchAll',
				pickedDomains: { entries: [{ domain: rl('list', 'dom_bulk0000') }] },
				domainIds: bulk
					.slice(0, 100)
					.map((d) => d.uid)
					.join(','),
			},
		});
		expect(error).toBeUndefined();
		expect(sent('DELETE /domains/catch-all')[0].body?.uids).toHaveLength(100);
	});
});
