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
