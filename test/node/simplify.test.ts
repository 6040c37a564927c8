import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * n8n's Simplify switch on the lists whose records carry many fields: on (the default), the
 * fields a workflow needs most; off, InboxKit's records unchanged.
 */
const env = useSandbox();

async function list(resource: string, simplify?: boolean) {
	const { items, error } = await env.run({
		parameters: {
			resource,
			operation: 'getMany',
			returnAll: true,
			...(simplify === undefined ? {} : { simplify }),
		},
	});
	expect(error).toBeUndefined();
	return items.map((i) => i.json);
}

const inMain = (records: IDataObject[]) =>
	records.filter((r) => r.workspace_uid === DEFAULT_WORKSPACE);

test('Domain > Get Many is simplified by default: name, status and dates', async () => {
	const domains = await list('domain');
	expect(domains[0]).toEqual({
		uid: 'dom_acmemail1',
		name: 'acme-mail.com',
		status: 'active',
		dns_propagation_status: 'propagated',
		connection_type: 'purchased',
		assigned_mailboxes: 3,
		forwarding_url: null,
		created_at: '2025-04-01T09:00:00.000Z',
	});
	const raw = inMain(env.sandbox.state.domains as IDataObject[]);
	expect(Object.keys(raw[0]).length).toBeGreaterThan(10);
	for (const domain of domains) expect(Object.keys(domain).length).toBeLessThanOrEqual(10);
	expect(domains.map((d) => d.uid)).toEqual(raw.map((d) => d.uid));
});

test("a simplified domain's name is the full name, also where InboxKit names label and TLD apart", async () => {
	env.sandbox.reset({
		domains: [
			{ uid: 'dom_split1', name: 'brandmail', tld: 'com', workspace_uid: DEFAULT_WORKSPACE },
		],
	});
	expect(await list('domain')).toEqual([{ uid: 'dom_split1', name: 'brandmail.com' }]);
	expect(await list('domain', false)).toEqual([
		{ uid: 'dom_split1', name: 'brandmail', tld: 'com', workspace_uid: DEFAULT_WORKSPACE },
	]);
});

test("Simplify off returns InboxKit's records unchanged", async () => {
	expect(await list('domain', false)).toEqual(inMain(env.sandbox.state.domains as IDataObject[]));
	expect(await list('mailbox', false)).toEqual(
		inMain(env.sandbox.state.mailboxes as IDataObject[]),
	);
});

test('Mailbox > Get Many, simplified, gives each mailbox its address, which list records lack', async () => {
	const [jane] = await list('mailbox');
	expect(jane).toEqual({
		uid: 'mbx_jane01',
		email: 'jane.doe@acme-mail.com',
		username: 'jane.doe',
		domain_name: 'acme-mail.com',
		first_name: 'Jane',
		last_name: 'Acme',
		platform: 'GOOGLE',
		status: 'active',
		forwarding_email: '',
		createdAt: '2025-06-15T11:53:54.260Z',
	});
	expect(
		Object.keys(inMain(env.sandbox.state.mailboxes as IDataObject[])[0]).length,
	).toBeGreaterThan(Object.keys(jane).length);
});

test('Sequencer > Get Many, simplified, keeps what identifies a sequencer and drops its settings', async () => {
	const smart = {
		uid: 'seq_smart01',
		workspace_uid: DEFAULT_WORKSPACE,
		name: 'Smartlead main',
		platform: 'smartlead',
		status: 'connected',
		sequencer_email: 'ops@acme.test',
		warmup_limit: 40,
		warmup_increment: 2,
		tags: ['eu'],
	};
	env.sandbox.reset({ sequencers: [smart] });
	const [simplified] = await list('sequencer');
	expect(simplified).toEqual({
		uid: 'seq_smart01',
		name: 'Smartlead main',
		platform: 'smartlead',
		status: 'connected',
		sequencer_email: 'ops@acme.test',
	});
	const [raw] = await list('sequencer', false);
	expect(raw).toMatchObject({ warmup_limit: 40, warmup_increment: 2, tags: ['eu'] });
});

test('Warmup > Get Many, simplified: the mailbox, the status and dates, the cached stats brought up', async () => {
	const { items, error } = await env.run({
		parameters: {
			resource: 'warmup',
			operation: 'getMany',
			returnAll: true,
			filters: { include_cancelled: true },
		},
	});
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json)).toEqual([
		{
			uid: 'wus_john01',
			mailbox_uid: 'mbx_john02',
			mailbox_email: 'john.roe@acme-mail.com',
			status: 'active',
			health_score: 92,
			inbox_rate: 97.5,
			warmup_day: 35,
			emails_sent: 640,
			started_at: '2026-11-02T09:00:00.000Z',
			next_billing_date: '2026-12-02T09:00:00.000Z',
		},
		{
			uid: 'wus_sam02',
			mailbox_uid: 'mbx_sam03',
			mailbox_email: 'sam.poe@acmeoutreach.net',
			status: 'cancelled',
			health_score: 92,
			inbox_rate: 97.5,
			warmup_day: 35,
			emails_sent: 640,
			started_at: '2026-11-02T09:00:00.000Z',
			next_billing_date: null,
		},
	]);
});

test("a simplified warmup subscription without InboxKit's top-level mailbox fields takes them from its mailbox", async () => {
	env.sandbox.reset({
		warmupSubscriptions: [
			{
				uid: 'wus_bare1',
				workspace_uid: DEFAULT_WORKSPACE,
				status: 'pending',
				mailbox: { uid: 'mbx_pat09', username: 'Pat.Lee', domain_name: 'acme-mail.com' },
			},
		],
	});
	const { items } = await env.run({
		parameters: { resource: 'warmup', operation: 'getMany', returnAll: true },
	});
	expect(items.map((i) => i.json)).toEqual([
		{
			uid: 'wus_bare1',
			mailbox_uid: 'mbx_pat09',
			mailbox_email: 'pat.lee@acme-mail.com',
			status: 'pending',
		},
	]);
});

test('Consent Request > Get Many, simplified: the mailbox brought up, the status and why, no consent URL', async () => {
	const { items, error } = await env.run({
		parameters: { resource: 'consentRequest', operation: 'getMany', returnAll: true },
	});
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json)).toEqual([
		{
			uid: 'cr_jane01',
			mailbox_email: 'jane.doe@acme-mail.com',
			mailbox_uid: 'mbx_jane01',
			domain_name: 'acme-mail.com',
			status: 'completed',
			status_text: 'Consent granted',
			status_reason: null,
			completed_at: '2026-11-20T10:00:00.000Z',
		},
	]);
	const raw = await env.run({
		parameters: {
			resource: 'consentRequest',
			operation: 'getMany',
			returnAll: true,
			simplify: false,
		},
	});
	expect(raw.items[0].json).toMatchObject({
		consent_url: expect.stringContaining('https://'),
		mailbox: { email: 'jane.doe@acme-mail.com', uid: 'mbx_jane01' },
	});
});

describe('Consent Request > Get Status outputs the request as Get Many does', () => {
	const status = (simplify?: boolean) =>
		env.run({
			parameters: {
				resource: 'consentRequest',
				operation: 'getStatus',
				consentRequestId: 'cr_jane01',
				...(simplify === undefined ? {} : { simplify }),
			},
		});

	test("simplified (the default): the list's simplified fields, for the fields InboxKit's status answer has", async () => {
		const { items, error } = await status();
		expect(error).toBeUndefined();
		const simplified = {
			uid: 'cr_jane01',
			mailbox_email: 'jane.doe@acme-mail.com',
			mailbox_uid: 'mbx_jane01',
			status: 'completed',
			status_text: 'Consent granted',
			status_reason: null,
			completed_at: '2026-11-20T10:00:00.000Z',
		};
		expect(items.map((i) => i.json)).toEqual([simplified]);
		const listed = await env.run({
			parameters: { resource: 'consentRequest', operation: 'getMany', returnAll: true },
		});
		expect(listed.items[0].json).toMatchObject(simplified);
	});

	test("Simplify off: InboxKit's record itself, without the envelope around it", async () => {
		const { items } = await status(false);
		expect(items.map((i) => i.json)).toEqual([
			{
				uid: 'cr_jane01',
				status: 'completed',
				status_text: 'Consent granted',
				status_reason: null,
				mailbox: { email: 'jane.doe@acme-mail.com', uid: 'mbx_jane01' },
				completed_at: '2026-11-20T10:00:00.000Z',
			},
		]);
	});
});
