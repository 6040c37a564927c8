import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { searchList } from '../support/n8n';
import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * Pick, don't type: the pickers' lists (n8n's list search, run in its load-options context
 * against the sandbox: filtered, paged, in the chosen workspace), and the By Name / By Email
 * modes, which the node resolves to uids before it sends anything.
 */
const env = useSandbox();

const rl = (mode: string, value: string) => ({ __rl: true, mode, value });
const credentials = (extra: IDataObject = {}) => ({
	apiToken: env.sandbox.token,
	baseUrl: env.sandbox.url,
	workspaceId: DEFAULT_WORKSPACE,
	...extra,
});
const sent = (key: string) => env.sandbox.calls(key);

function mailbox(uid: string, username: string, domain_name: string, fields: IDataObject = {}) {
	return {
		uid,
		workspace_uid: DEFAULT_WORKSPACE,
		username,
		domain_name,
		first_name: 'Pat',
		last_name: 'Acme',
		platform: 'GOOGLE',
		status: 'active',
		...fields,
	};
}

/** `count` connected sequencers of the workspace, "Bulk <n>" unless `named` names them. */
function sequencers(count: number, named: Record<number, string> = {}): IDataObject[] {
	return Array.from({ length: count }, (_, n) => ({
		uid: `seq_bulk${String(n).padStart(4, '0')}`,
		workspace_uid: DEFAULT_WORKSPACE,
		name: named[n] ?? `Bulk ${n}`,
		platform: 'smartlead',
		status: 'connected',
	}));
}

describe('the pickers list what InboxKit has', () => {
	test("Domain: the workspace's domains by full name, with their uid, narrowed by InboxKit's keyword", async () => {
		const all = await searchList('searchDomains', credentials());
		expect(all.results).toEqual([
			{ name: 'acme-mail.com', value: 'dom_acmemail1' },
			{ name: 'acmeoutreach.net', value: 'dom_acmeout2' },
			{ name: 'acme-connect.io', value: 'dom_acmeconn3' },
			{ name: 'getacme.org', value: 'dom_getacme4' },
		]);
		expect(all.paginationToken).toBeUndefined();

		const some = await searchList('searchDomains', credentials(), 'Outreach.n');
		expect(some.results).toEqual([{ name: 'acmeoutreach.net', value: 'dom_acmeout2' }]);
		const [first, second] = sent('POST /domains/list');
		expect(first.body).toEqual({ page: 1, limit: 100 });
		// The label goes to InboxKit (a record's name may lack its TLD); the rest is matched here.
		expect(second.body).toEqual({ keyword: 'outreach', page: 1, limit: 100 });
		expect(second.headers['x-workspace-id']).toBe(DEFAULT_WORKSPACE);
	});

	test("Consent Request: the workspace's requests by mailbox and status, narrowed by the typed text", async () => {
		const request = (
			uid: string,
			email: string,
			status: string,
			workspace_uid = DEFAULT_WORKSPACE,
		) => ({
			uid,
			workspace_uid,
			status,
			mailbox: { email, uid: `mbx_${uid}` },
		});
		env.sandbox.reset({
			consentRequests: [
				request('cr_ana01', 'ana@acme-mail.com', 'completed'),
				request('cr_bo02', 'bo@acme-mail.com', 'pending'),
				request('cr_other03', 'cy@other.com', 'pending', 'ws_agency02'),
				{ uid: 'cr_bare04', workspace_uid: DEFAULT_WORKSPACE },
			],
		});
		const all = await searchList('searchConsentRequests', credentials());
		expect(all.results).toEqual([
			{ name: 'ana@acme-mail.com (completed)', value: 'cr_ana01' },
			{ name: 'bo@acme-mail.com (pending)', value: 'cr_bo02' },
			// No mailbox or status in the record: its uid stands for it.
			{ name: 'cr_bare04', value: 'cr_bare04' },
		]);
		const pending = await searchList('searchConsentRequests', credentials(), 'PENDING');
		expect(pending.results).toEqual([{ name: 'bo@acme-mail.com (pending)', value: 'cr_bo02' }]);
		const [first] = sent('GET /mailboxes/consent-requests');
		expect(first.query).toEqual({ limit: '100', offset: '0' });
		expect(first.headers['x-workspace-id']).toBe(DEFAULT_WORKSPACE);
	});

	test('a domain whose record names the label and the TLD apart shows, and matches, as one name', async () => {
		env.sandbox.reset({
			domains: [
				{ uid: 'dom_split1', name: 'brandmail', tld: 'com', workspace_uid: DEFAULT_WORKSPACE },
				{ uid: 'dom_split2', name: 'brandmail', tld: '.net', workspace_uid: DEFAULT_WORKSPACE },
			],
		});
		expect((await searchList('searchDomains', credentials(), 'brandmail.com')).results).toEqual([
			{ name: 'brandmail.com', value: 'dom_split1' },
		]);
		// Buy takes the domain's name: its picker stores the name.
		expect((await searchList('searchDomainNames', credentials())).results).toEqual([
			{ name: 'brandmail.com', value: 'brandmail.com' },
			{ name: 'brandmail.net', value: 'brandmail.net' },
		]);
	});

	test("lists come from the workspace picked in the node, else from the credential's default", async () => {
		const parameters: INodeParameters = {
			resource: 'domain',
			operation: 'setCatchAll',
			workspace: rl('list', 'ws_agency2'),
		};
		const picked = await searchList('searchDomains', credentials(), undefined, { parameters });
		expect(picked.results).toEqual([{ name: 'client-one.com', value: 'dom_client5' }]);
		expect(sent('POST /domains/list')[0].headers['x-workspace-id']).toBe('ws_agency2');

		// An expression cannot be worked out in the editor: the default applies.
		const mapped = await searchList('searchDomains', credentials(), undefined, {
			parameters: { ...parameters, workspace: rl('id', '={{ $json.ws }}') },
		});
		expect(mapped.results.map((r) => r.value)).toContain('dom_acmemail1');
		expect(sent('POST /domains/list')[1].headers['x-workspace-id']).toBe(DEFAULT_WORKSPACE);
	});

	test('without a workspace picked or a default, the list says what to do', async () => {
		await expect(
			searchList('searchMailboxes', credentials({ workspaceId: '' }), undefined, {
				parameters: { resource: 'mailbox', operation: 'get' },
			}),
		).rejects.toThrow('Choose a workspace to list its mailboxes');
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('Mailbox: addresses, searched by the part before the @', async () => {
		const all = await searchList('searchMailboxes', credentials());
		expect(all.results).toEqual([
			{ name: 'jane.doe@acme-mail.com', value: 'mbx_jane01' },
			{ name: 'john.roe@acme-mail.com', value: 'mbx_john02' },
			{ name: 'sam.poe@acmeoutreach.net', value: 'mbx_sam03' },
			// Seeded scheduled for cancellation (for Uncancel).
			{ name: 'lee.cho@acmeoutreach.net', value: 'mbx_lee04' },
		]);
		const jane = await searchList('searchMailboxes', credentials(), 'Jane.Doe@acme');
		expect(jane.results).toEqual([{ name: 'jane.doe@acme-mail.com', value: 'mbx_jane01' }]);
		expect(sent('POST /mailboxes/list')[1].body).toEqual({
			keyword: 'jane.doe',
			page: 1,
			limit: 100,
		});
	});

	test('a workspace with 5,000 mailboxes is listed a page at a time, with pagination tokens', async () => {
		const many = Array.from({ length: 5000 }, (_, n) =>
			mailbox(`mbx_bulk${String(n).padStart(4, '0')}`, `user${n}`, 'acme-mail.com'),
		);
		env.sandbox.reset({ mailboxes: many });
		const seen: string[] = [];
		let token: string | undefined;
		let calls = 0;
		do {
			const page = await searchList('searchMailboxes', credentials(), undefined, {
				paginationToken: token,
			});
			calls += 1;
			expect(page.results.length).toBeLessThanOrEqual(100);
			seen.push(...page.results.map((r) => r.value));
			token = page.paginationToken;
		} while (token !== undefined && calls < 60);
		expect(calls).toBe(50);
		expect(seen).toEqual(many.map((m) => m.uid));
		expect(sent('POST /mailboxes/list').map((r) => r.body?.page)).toEqual(
			Array.from({ length: 50 }, (_, n) => n + 1),
		);

		// Searching asks InboxKit, so one address among 5,000 is one request away.
		env.sandbox.requests.length = 0;
		const one = await searchList('searchMailboxes', credentials(), 'user4321@acme-mail.com');
		expect(one.results).toEqual([{ name: 'user4321@acme-mail.com', value: 'mbx_bulk4321' }]);
		expect(sent('POST /mailboxes/list')).toHaveLength(1);
	});

	test('Sequencer: InboxKit cannot search them, so pages are read until the typed text matches', async () => {
		env.sandbox.reset({ sequencers: sequencers(230, { 229: 'Reply team' }) });
		const found = await searchList('searchSequencers', credentials(), 'reply');
		expect(found.results).toEqual([{ name: 'Reply team (smartlead)', value: 'seq_bulk0229' }]);
		expect(found.paginationToken).toBeUndefined();
		expect(sent('POST /sequencers/list').map((r) => r.body)).toEqual([
			{ limit: 100, offset: 0 },
			{ limit: 100, offset: 100 },
			{ limit: 100, offset: 200 },
		]);

		const first = await searchList('searchSequencers', credentials());
		expect(first.results).toHaveLength(100);
		expect(first.paginationToken).toBe('100');
		const next = await searchList('searchSequencers', credentials(), undefined, {
			paginationToken: first.paginationToken,
		});
		expect(next.results[0]).toEqual({ name: 'Bulk 100 (smartlead)', value: 'seq_bulk0100' });
	});

	test('Plan: the pricing plans, team-wide (no workspace)', async () => {
		const plans = await searchList('searchPlans', credentials({ workspaceId: '' }), 'gro');
		expect(plans.results).toEqual([{ name: 'Growth (99 / monthly)', value: 'growth' }]);
		const [request] = sent('GET /billing/pricing-plans');
		expect(request.headers['x-workspace-id']).toBeUndefined();
	});
});

describe('what the user types into a list, and where its pages start', () => {
	const offsets = () => sent('POST /sequencers/list').map((r) => r.body?.offset);

	test('text matching nothing reads 10 pages, then offers the rest with a pagination token', async () => {
		env.sandbox.reset({ sequencers: sequencers(1500) });
		const first = await searchList('searchSequencers', credentials(), 'no such sequencer');
		expect(first.results).toEqual([]);
		expect(offsets()).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900]);
		expect(first.paginationToken).toBe('1000');

		env.sandbox.requests.length = 0;
		const rest = await searchList('searchSequencers', credentials(), 'no such sequencer', {
			paginationToken: first.paginationToken,
		});
		expect(rest.results).toEqual([]);
		expect(offsets()).toEqual([1000, 1100, 1200, 1300, 1400]);
		expect(rest.paginationToken).toBeUndefined();
	});

	test('typed text is matched without its surrounding spaces and case, against the name and the uid', async () => {
		env.sandbox.reset({ sequencers: sequencers(3, { 1: 'Reply Team' }) });
		const byName = await searchList('searchSequencers', credentials(), '  rEPLY tEAM  ');
		expect(byName.results).toEqual([{ name: 'Reply Team (smartlead)', value: 'seq_bulk0001' }]);
		const byUid = await searchList('searchSequencers', credentials(), 'SEQ_BULK0002');
		expect(byUid.results).toEqual([{ name: 'Bulk 2 (smartlead)', value: 'seq_bulk0002' }]);
	});

	test.each(['abc', '-100', '2.5', ''])(
		'a pagination token that is no position (%j) starts at the first page',
		async (token) => {
			env.sandbox.reset({ sequencers: sequencers(150) });
			const page = await searchList('searchSequencers', credentials(), undefined, {
				paginationToken: token,
			});
			expect(page.results[0]).toEqual({ name: 'Bulk 0 (smartlead)', value: 'seq_bulk0000' });
			expect(offsets()).toEqual([0]);
			expect(page.paginationToken).toBe('100');
		},
	);

	test('the workspace picked, or the default, is used without surrounding spaces', async () => {
		await searchList('searchDomains', credentials(), undefined, {
			parameters: {
				resource: 'domain',
				operation: 'setCatchAll',
				workspace: rl('id', '  ws_agency2 '),
			},
		});
		await searchList('searchDomains', credentials({ workspaceId: ` ${DEFAULT_WORKSPACE}  ` }));
		expect(sent('POST /domains/list').map((r) => r.headers['x-workspace-id'])).toEqual([
			'ws_agency2',
			DEFAULT_WORKSPACE,
		]);
	});

	test('without a workspace, the list says where to pick one', async () => {
		const refusal = searchList('searchDomains', credentials({ workspaceId: '  ' }), undefined, {
			parameters: { resource: 'domain', operation: 'setCatchAll', workspace: rl('list', ' ') },
		});
		await expect(refusal).rejects.toThrow('Choose a workspace to list its domains');
		await expect(refusal).rejects.toMatchObject({
			description:
				'Pick one in the "Workspace" field, or set "Default Workspace ID" in the InboxKit credential.',
		});
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('a consent request whose mailbox has an empty address shows its uid', async () => {
		env.sandbox.reset({
			consentRequests: [
				{
					uid: 'cr_blank05',
					workspace_uid: DEFAULT_WORKSPACE,
					status: 'pending',
					mailbox: { email: '' },
				},
			],
		});
		expect((await searchList('searchConsentRequests', credentials())).results).toEqual([
			{ name: 'cr_blank05 (pending)', value: 'cr_blank05' },
		]);
	});
});

describe('By Email and By Name are resolved to uids before anything is sent', () => {
	test('a mailbox By Email: one list request, then the call with its uid', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'get',
				mailboxId: rl('email', ' Jane.Doe@ACME-mail.com '),
			},
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.requests.map((r) => [r.method, r.path])).toEqual([
			['POST', '/mailboxes/list'],
			['GET', '/mailboxes/details'],
		]);
		expect(env.sandbox.requests[0].body).toEqual({
			keyword: 'jane.doe',
			domain: 'acme-mail.com',
			page: 1,
			limit: 100,
		});
		expect(env.sandbox.requests[1].query).toEqual({ uid: 'mbx_jane01' });
		expect(items[0].json.uid).toBe('mbx_jane01');
	});

	test('an address no mailbox has stops the item, naming the field', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'changePassword',
				mailboxId: rl('email', 'nobody@acme-mail.com'),
				newPassword: ['Brand', 'New', 'Pass', '42'].join('-'),
			},
		});
		expect(error?.message).toBe(
			'The "Mailbox" field holds "nobody@acme-mail.com", but the workspace has no mailbox with that address',
		);
		expect(sent('POST /mailboxes/change-password')).toHaveLength(0);
	});

	test('an address two mailboxes share is refused rather than guessed', async () => {
		env.sandbox.reset({
			mailboxes: [
				mailbox('mbx_twin1', 'pat', 'acme-mail.com'),
				mailbox('mbx_twin2', 'pat', 'acme-mail.com'),
			],
		});
		const { error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'cancel',
				pickedMailboxes: { entries: [{ mailbox: rl('email', 'pat@acme-mail.com') }] },
			},
		});
		expect(error?.message).toBe(
			'The "Mailboxes (row 1)" field holds "pat@acme-mail.com", which matches 2 mailboxes of the workspace (mbx_twin1, mbx_twin2)',
		);
		expect(sent('POST /mailboxes/cancel')).toHaveLength(0);
	});

	test.each([
		[5, 'mbx_twin1, mbx_twin2, mbx_twin3, mbx_twin4, mbx_twin5'],
		[6, 'mbx_twin1, mbx_twin2, mbx_twin3, mbx_twin4, mbx_twin5, ...'],
		[7, 'mbx_twin1, mbx_twin2, mbx_twin3, mbx_twin4, mbx_twin5, ...'],
	])(
		'an address %i mailboxes share: the error names at most five of their uids',
		async (count, uids) => {
			env.sandbox.reset({
				mailboxes: Array.from({ length: count }, (_, n) =>
					mailbox(`mbx_twin${n + 1}`, 'pat', 'acme-mail.com'),
				),
			});
			const { error } = await env.run({
				parameters: {
					resource: 'mailbox',
					operation: 'get',
					mailboxId: rl('email', 'pat@acme-mail.com'),
				},
			});
			expect(error?.message).toBe(
				`The "Mailbox" field holds "pat@acme-mail.com", which matches ${count} mailboxes of the workspace (${uids})`,
			);
			expect(sent('GET /mailboxes/details')).toHaveLength(0);
		},
	);

	test('a domain By Name, also one whose record splits label and TLD', async () => {
		env.sandbox.reset({
			domains: [
				{ uid: 'dom_split1', name: 'brandmail', tld: 'com', workspace_uid: DEFAULT_WORKSPACE },
				{ uid: 'dom_other2', name: 'brandmail.net', workspace_uid: DEFAULT_WORKSPACE },
			],
		});
		const { error } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'setCatchAll',
				pickedDomains: {
					entries: [{ domain: rl('name', 'BrandMail.com') }, { domain: rl('list', 'dom_other2') }],
				},
				domainIds: 'dom_split1',
				email: 'inbox@acme.test',
			},
		});
		expect(error).toBeUndefined();
		expect(sent('POST /domains/list').map((r) => r.body)).toEqual([
			{ keyword: 'brandmail', page: 1, limit: 100 },
		]);
		// Picked and typed together, each once.
		expect(sent('POST /domains/catch-all')[0].body).toEqual({
			uids: ['dom_split1', 'dom_other2'],
			email: 'inbox@acme.test',
		});
	});

	const pickInstead = 'Pick the domain from the list, or give its ID.';
	test.each([
		{
			title: 'no domain of that name',
			domains: [],
			message: 'but the workspace has no domain with that name',
			hint: `Check the spelling and the workspace. ${pickInstead}`,
		},
		{
			title: 'two domains of that name',
			domains: [
				{ uid: 'dom_a', name: 'nope.com', workspace_uid: DEFAULT_WORKSPACE },
				{ uid: 'dom_b', name: 'nope', tld: 'com', workspace_uid: DEFAULT_WORKSPACE },
			],
			message: 'which matches 2 domains of the workspace (dom_a, dom_b)',
			hint: pickInstead,
		},
	])('$title: the item stops before its request', async ({ domains, message, hint }) => {
		env.sandbox.reset({ domains });
		const { error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'checkStatus',
				checkBy: 'domain_uids',
				pickedDomains: { entries: [{ domain: rl('name', 'nope.com') }] },
				returnAll: true,
			},
		});
		expect(error?.message).toBe(`The "Domains (row 1)" field holds "nope.com", ${message}`);
		expect(error?.description).toBe(hint);
		expect(sent('POST /mailboxes/status')).toHaveLength(0);
	});
});

test('buy two mailboxes on a domain picked from the list and export them to a sequencer picked from the list, typing no ID', async () => {
	const buy = await env.run({
		parameters: {
			resource: 'mailbox',
			operation: 'buy',
			mailboxes: {
				mailbox: [
					{
						first_name: 'Ada',
						last_name: 'Lovelace',
						username: 'ada',
						domain_name: rl('list', 'getacme.org'),
						platform: 'GOOGLE',
					},
					{
						first_name: 'Alan',
						last_name: 'Turing',
						username: 'alan',
						domain_name: rl('list', 'getacme.org'),
						platform: 'GOOGLE',
					},
				],
			},
			useWalletBalance: true,
		},
	});
	expect(buy.error).toBeUndefined();
	expect(sent('POST /mailboxes/buy')[0].body?.mailboxes).toEqual([
		{
			first_name: 'Ada',
			last_name: 'Lovelace',
			username: 'ada',
			domain_name: 'getacme.org',
			platform: 'GOOGLE',
		},
		{
			first_name: 'Alan',
			last_name: 'Turing',
			username: 'alan',
			domain_name: 'getacme.org',
			platform: 'GOOGLE',
		},
	]);
	const bought = buy.items.map((i) => i.json.uid as string);

	env.sandbox.requests.length = 0;
	const exported = await env.run({
		parameters: {
			resource: 'sequencer',
			operation: 'exportMailboxes',
			sequencerId: rl('list', 'seq_inst02'),
			pickedMailboxes: {
				entries: [
					{ mailbox: rl('email', 'ada@getacme.org') },
					{ mailbox: rl('email', 'alan@getacme.org') },
				],
			},
		},
	});
	expect(exported.error).toBeUndefined();
	expect(sent('POST /sequencers/export')[0].body).toEqual({
		sequencer_uid: 'seq_inst02',
		mailbox_uids: bought,
	});
});
