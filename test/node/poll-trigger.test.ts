import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { buyMailboxes } from '../support/mailboxes';
import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';
import { startPollTrigger, type PollHarness } from '../support/poll';

/**
 * The InboxKit Poll Trigger through n8n-core's PollContext against the sandbox: each poll loads
 * static data afresh and saves it whole afterwards, as n8n's server does.
 */
const env = useSandbox();

const MAILBOX = 'mailbox.status_changed';
const DOMAIN = 'domain.status_changed';

type State = { mailboxes: IDataObject[]; domains: IDataObject[] };
const state = () => env.sandbox.state as unknown as State;

function pollTrigger(parameters: INodeParameters = {}, staticData?: IDataObject): PollHarness {
	return startPollTrigger({
		parameters,
		credentials: {
			apiToken: env.sandbox.token,
			baseUrl: env.sandbox.url,
			workspaceId: DEFAULT_WORKSPACE,
		},
		staticData,
	});
}

/** A row as a record InboxKit might list without a uid. */
function withoutUid(row: IDataObject): IDataObject {
	const copy = { ...row };
	delete copy.uid;
	return copy;
}

const json = (items: { json: IDataObject }[] | null) => (items ?? []).map((i) => i.json);

/** The sandbox's main-workspace mailbox/domain rows, as /mailboxes/list would give them. */
function mailboxRow(uid: string, status: string, fields: IDataObject = {}): IDataObject {
	return {
		uid,
		workspace_uid: DEFAULT_WORKSPACE,
		domain_name: 'acme-mail.com',
		first_name: 'Bulk',
		last_name: 'Acme',
		username: `user.${uid}`,
		platform: 'GOOGLE',
		status,
		createdAt: '2025-06-15T11:53:54.260Z',
		...fields,
	};
}

describe('first poll', () => {
	test('lists every mailbox and domain of the workspace, starts nothing, and keeps only uid -> status', async () => {
		const t = pollTrigger();
		expect(await t.activate()).toBeNull();
		expect(t.started).toEqual([]);
		const lists = env.sandbox.requests.map((r) => [
			r.method,
			r.path,
			r.headers['x-workspace-id'],
			r.body,
		]);
		expect(lists).toEqual([
			['POST', '/mailboxes/list', DEFAULT_WORKSPACE, { page: 1, limit: 100 }],
			['POST', '/domains/list', DEFAULT_WORKSPACE, { page: 1, limit: 100 }],
		]);
		expect(t.staticData).toEqual({
			workspace: DEFAULT_WORKSPACE,
			mailbox: {
				mbx_jane01: 'active',
				mbx_john02: 'active',
				mbx_sam03: 'suspended',
				mbx_lee04: 'scheduled_for_cancellation',
			},
			domain: {
				dom_acmemail1: 'active|propagated',
				dom_acmeout2: 'active|propagated',
				dom_acmeconn3: 'pending|pending',
				dom_getacme4: 'active|propagated',
			},
		});
	});

	test('with Emit Existing Records on First Poll, starts one run with every record (previous status null)', async () => {
		const t = pollTrigger({ events: [MAILBOX], options: { emitOnFirstPoll: true } });
		const items = json(await t.activate());
		expect(items.map((i) => [i.uid, i.previous_status, i.status])).toEqual([
			['mbx_jane01', null, 'active'],
			['mbx_john02', null, 'active'],
			['mbx_sam03', null, 'suspended'],
			['mbx_lee04', null, 'scheduled_for_cancellation'],
		]);
		expect(await t.poll()).toBeNull();
	});

	test('is the poll n8n runs on publishing, whose snapshot n8n saves; quiet polls after it start and save nothing', async () => {
		const t = pollTrigger();
		await t.activate();
		expect(t.saves).toBe(1);
		expect(await t.poll()).toBeNull();
		expect(await t.poll()).toBeNull();
		expect(t.saves).toBe(1);
	});

	test('of an empty workspace keeps an empty snapshot: a mailbox added later is reported as new', async () => {
		state().mailboxes = [];
		const t = pollTrigger({ events: [MAILBOX] });
		expect(await t.activate()).toBeNull();
		expect(t.staticData).toEqual({ workspace: DEFAULT_WORKSPACE, mailbox: {} });
		state().mailboxes.push(mailboxRow('mbx_first1', 'scheduled'));
		expect(json(await t.poll()).map((i) => [i.uid, i.previous_status, i.status])).toEqual([
			['mbx_first1', null, 'scheduled'],
		]);
	});
});

describe('changes', () => {
	test('a status change in the sandbox becomes exactly one item on the next poll, and only once', async () => {
		const t = pollTrigger();
		await t.activate();
		await env.sandbox.changeStatus('mailbox', 'mbx_jane01', { status: 'suspended' });
		const items = json(await t.poll());
		expect(items).toEqual([
			{
				event: MAILBOX,
				uid: 'mbx_jane01',
				previous_status: 'active',
				status: 'suspended',
				workspace_uid: DEFAULT_WORKSPACE,
				mailbox: expect.objectContaining({
					uid: 'mbx_jane01',
					username: 'jane.doe',
					domain_name: 'acme-mail.com',
					status: 'suspended',
				}),
			},
		]);
		expect(t.started).toHaveLength(1);
		expect((t.staticData.mailbox as IDataObject).mbx_jane01).toBe('suspended');
		expect(await t.poll()).toBeNull();
		expect(t.started).toHaveLength(1);
	});

	test('bought mailboxes show up as new (scheduled), then one item each when InboxKit makes them active', async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		const bought = await env.run({ parameters: buyMailboxes() });
		const uids = bought.items.map((i) => i.json.uid as string);
		expect(uids).toHaveLength(2);
		const appeared = json(await t.poll());
		expect(appeared.map((i) => [i.uid, i.previous_status, i.status])).toEqual(
			uids.map((uid) => [uid, null, 'scheduled']),
		);
		await env.sandbox.flushStatusChanges();
		const active = json(await t.poll());
		expect(active.map((i) => [i.uid, i.previous_status, i.status])).toEqual(
			uids.map((uid) => [uid, 'scheduled', 'active']),
		);
	});

	test("a domain's DNS propagation counts as a change, with both statuses in the item", async () => {
		const t = pollTrigger({ events: [DOMAIN] });
		await t.activate();
		await env.sandbox.changeStatus('domain', 'dom_acmeconn3', {
			status: 'active',
			dns_propagation_status: 'propagated',
		});
		expect(json(await t.poll())).toEqual([
			{
				event: DOMAIN,
				uid: 'dom_acmeconn3',
				previous_status: 'pending',
				status: 'active',
				previous_dns_propagation_status: 'pending',
				dns_propagation_status: 'propagated',
				workspace_uid: DEFAULT_WORKSPACE,
				domain: expect.objectContaining({ uid: 'dom_acmeconn3', name: 'acme-connect.io' }),
			},
		]);
	});

	test('a numeric id or status is followed as text; a record without uid, _id or id is left out', async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		const noUid = withoutUid(mailboxRow('x', 'active'));
		state().mailboxes.push({ ...noUid, id: 42, status: 3 }, { ...noUid, status: 'active' });
		expect(json(await t.poll()).map((i) => [i.uid, i.previous_status, i.status])).toEqual([
			['42', null, '3'],
		]);
		expect((t.staticData.mailbox as IDataObject)['42']).toBe('3');
		expect(Object.keys(t.staticData.mailbox as IDataObject)).toHaveLength(5);
		// A status InboxKit leaves out (null) is an empty status, a change from "3".
		state().mailboxes[4].status = null;
		expect(json(await t.poll()).map((i) => [i.uid, i.previous_status, i.status])).toEqual([
			['42', '3', ''],
		]);
	});

	test("a mailbox row's DNS propagation status is not the mailbox's status", async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		state().mailboxes[0].dns_propagation_status = 'pending';
		await t.activate();
		expect((t.staticData.mailbox as IDataObject).mbx_jane01).toBe('active');
		state().mailboxes[0].dns_propagation_status = 'propagated';
		expect(await t.poll()).toBeNull();
	});

	test('another workspace starts afresh: its first poll emits nothing, and the old snapshot is replaced', async () => {
		const t = pollTrigger({ events: [DOMAIN] });
		await t.activate();
		t.setParameters({
			events: [DOMAIN],
			workspace: { __rl: true, mode: 'id', value: 'ws_agency2' },
		});
		expect(await t.activate()).toBeNull();
		expect(t.staticData).toEqual({
			workspace: 'ws_agency2',
			domain: { dom_client5: 'active|propagated' },
		});
	});
});

describe('n8n restarts', () => {
	test("a restart before any run: the activation's saved snapshot makes the restart's poll report what changed while n8n was down", async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		await env.sandbox.changeStatus('mailbox', 'mbx_jane01', { status: 'failed' });
		expect(json(await t.restart()).map((i) => [i.uid, i.previous_status, i.status])).toEqual([
			['mbx_jane01', 'active', 'failed'],
		]);
		expect(await t.poll()).toBeNull();
	});

	test('quiet polls, a re-publish and a restart with nothing changed write nothing to the database; a later change is still reported', async () => {
		const t = pollTrigger();
		await t.activate();
		const saved = t.savedJson;
		expect(await t.poll()).toBeNull();
		expect(await t.poll()).toBeNull();
		expect(await t.activate()).toBeNull();
		expect(await t.restart()).toBeNull();
		expect(await t.poll()).toBeNull();
		expect(t.saves).toBe(1);
		expect(t.savedJson).toBe(saved);
		await env.sandbox.changeStatus('domain', 'dom_acmeconn3', { status: 'failed' });
		expect(json(await t.poll()).map((i) => [i.uid, i.previous_status, i.status])).toEqual([
			['dom_acmeconn3', 'pending', 'failed'],
		]);
	});

	test('changes noted only in memory (filtered out) are not reported after a restart; a run saves the whole snapshot', async () => {
		const t = pollTrigger({ events: [MAILBOX], statuses: 'failed' });
		await t.activate();
		await env.sandbox.changeStatus('mailbox', 'mbx_jane01', { status: 'suspended' });
		expect(await t.poll()).toBeNull();
		expect(t.saves).toBe(1);
		expect(await t.restart()).toBeNull();
		await env.sandbox.changeStatus('mailbox', 'mbx_john02', { status: 'failed' });
		expect(json(await t.poll()).map((i) => i.uid)).toEqual(['mbx_john02']);
		expect(t.staticData.mailbox).toEqual(
			expect.objectContaining({ mbx_jane01: 'suspended', mbx_john02: 'failed' }),
		);
		await env.sandbox.changeStatus('mailbox', 'mbx_sam03', { status: 'failed' });
		expect(json(await t.restart()).map((i) => i.uid)).toEqual(['mbx_sam03']);
		expect(await t.poll()).toBeNull();
		expect(t.started).toHaveLength(2);
	});
});

describe('filters', () => {
	test('Events: only mailboxes are listed, and a domain change starts nothing', async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		await env.sandbox.changeStatus('domain', 'dom_acmeconn3', { status: 'failed' });
		expect(await t.poll()).toBeNull();
		expect(env.sandbox.calls('POST /domains/list')).toHaveLength(0);
		expect(t.staticData).not.toHaveProperty('domain');
	});

	test('Events: dropping a kind forgets its snapshot, so picking it again starts afresh', async () => {
		const t = pollTrigger();
		await t.activate();
		t.setParameters({ events: [MAILBOX] });
		await t.activate();
		expect(t.staticData).not.toHaveProperty('domain');
		t.setParameters({ events: [MAILBOX, DOMAIN] });
		await env.sandbox.changeStatus('domain', 'dom_acmeconn3', { status: 'failed' });
		expect(await t.activate()).toBeNull();
		expect(await t.poll()).toBeNull();
	});

	test('Only Statuses: changes to other statuses are noted but start nothing; any case, commas', async () => {
		const t = pollTrigger({ statuses: ' Active , failed' });
		await t.activate();
		await env.sandbox.changeStatus('mailbox', 'mbx_jane01', { status: 'suspended' });
		await env.sandbox.changeStatus('mailbox', 'mbx_sam03', { status: 'ACTIVE' });
		await env.sandbox.changeStatus('domain', 'dom_acmeconn3', { status: 'failed' });
		const items = json(await t.poll());
		expect(items.map((i) => [i.uid, i.status])).toEqual([
			['mbx_sam03', 'ACTIVE'],
			['dom_acmeconn3', 'failed'],
		]);
		// The suspended one is in the snapshot: it is not reported later either.
		expect((t.staticData.mailbox as IDataObject).mbx_jane01).toBe('suspended');
		expect(await t.poll()).toBeNull();
	});

	test("Only Statuses: a domain's DNS propagation status counts, as in the webhook trigger", async () => {
		const t = pollTrigger({ events: [DOMAIN], statuses: 'propagated' });
		await t.activate();
		await env.sandbox.changeStatus('domain', 'dom_acmeconn3', {
			dns_propagation_status: 'propagated',
		});
		expect(json(await t.poll()).map((i) => [i.uid, i.status, i.dns_propagation_status])).toEqual([
			['dom_acmeconn3', 'pending', 'propagated'],
		]);
	});
});

describe('records that disappear', () => {
	test('a mailbox no longer listed becomes one item with status "removed" and its uid, and is forgotten', async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		state().mailboxes = state().mailboxes.filter((m) => m.uid !== 'mbx_sam03');
		expect(json(await t.poll())).toEqual([
			{
				event: MAILBOX,
				uid: 'mbx_sam03',
				previous_status: 'suspended',
				status: 'removed',
				workspace_uid: DEFAULT_WORKSPACE,
				mailbox: { uid: 'mbx_sam03' },
			},
		]);
		expect(t.staticData.mailbox).not.toHaveProperty('mbx_sam03');
		expect(await t.poll()).toBeNull();
	});

	test('a removed domain has empty DNS propagation statuses where it has none; "removed" is a status to filter on', async () => {
		const t = pollTrigger({ events: [DOMAIN], statuses: 'removed' });
		await t.activate();
		state().domains = state().domains.filter((d) => d.uid !== 'dom_getacme4');
		await env.sandbox.changeStatus('domain', 'dom_acmeconn3', { status: 'failed' });
		expect(json(await t.poll())).toEqual([
			expect.objectContaining({
				uid: 'dom_getacme4',
				previous_status: 'active',
				status: 'removed',
				previous_dns_propagation_status: 'propagated',
				dns_propagation_status: null,
				domain: { uid: 'dom_getacme4' },
			}),
		]);
	});

	test('with Report Removed Records off, a removal starts nothing but is still forgotten', async () => {
		const t = pollTrigger({ events: [MAILBOX], options: { reportRemoved: false } });
		await t.activate();
		state().mailboxes = state().mailboxes.filter((m) => m.uid !== 'mbx_sam03');
		expect(await t.poll()).toBeNull();
		// It comes back: reported as new.
		state().mailboxes.push(mailboxRow('mbx_sam03', 'active'));
		expect(json(await t.poll()).map((i) => [i.uid, i.previous_status, i.status])).toEqual([
			['mbx_sam03', null, 'active'],
		]);
	});
});

describe('secrets', () => {
	const secretRow = () =>
		mailboxRow('mbx_secret9', 'active', {
			password: 'Row-Pass-1!',
			App_Password: 'abcd efgh',
			// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a made-up 2FA seed the test checks is removed
			totp_secret: 'JBSWY3DPEHPK3PXP',
			credentials: { smtp_password: 'Smtp-1!', user: 'kept' },
			tags: [{ name: 'kept', api_key: 'key-1' }],
		});

	test('are removed from the record at any depth and in arrays', async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		state().mailboxes.push(secretRow());
		const [item] = json(await t.poll());
		const text = JSON.stringify(item);
		for (const secret of ['Row-Pass-1!', 'abcd efgh', 'JBSWY3DPEHPK3PXP', 'Smtp-1!', 'key-1'])
			expect(text).not.toContain(secret);
		expect(item.mailbox).toEqual(
			expect.objectContaining({
				uid: 'mbx_secret9',
				credentials: { user: 'kept' },
				tags: [{ name: 'kept' }],
			}),
		);
	});

	test('are kept with Include Secrets', async () => {
		const t = pollTrigger({ events: [MAILBOX], options: { includeSecrets: true } });
		await t.activate();
		state().mailboxes.push(secretRow());
		const [item] = json(await t.poll());
		expect(item.mailbox).toEqual(expect.objectContaining({ password: 'Row-Pass-1!' }));
	});
});

describe('Fetch Test Event (manual mode)', () => {
	test('before any poll: the newest mailbox and domain, statuses as they are, nothing saved', async () => {
		state().mailboxes.push(
			mailboxRow('mbx_newest7', 'active', {
				createdAt: '2026-11-30T08:00:00.000Z',
				password: 'x-Pass-1!',
			}),
		);
		const t = pollTrigger();
		const items = json(await t.poll('manual'));
		expect(items.map((i) => [i.event, i.uid, i.previous_status, i.status])).toEqual([
			[MAILBOX, 'mbx_newest7', null, 'active'],
			// Domains are all from the same day in the seed: the first listed.
			[DOMAIN, 'dom_acmemail1', null, 'active'],
		]);
		expect(items[0].mailbox).not.toHaveProperty('password');
		expect(t.staticData).toEqual({});
		expect(t.saves).toBe(0);
	});

	test('the sample passes Only Statuses when a record does', async () => {
		const t = pollTrigger({ events: [MAILBOX], statuses: 'suspended' });
		expect(json(await t.poll('manual')).map((i) => i.uid)).toEqual(['mbx_sam03']);
	});

	test('after a production poll: the real changes since, without taking them from the next poll', async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		await env.sandbox.changeStatus('mailbox', 'mbx_john02', { status: 'failed' });
		const sample = json(await t.poll('manual'));
		expect(sample.map((i) => [i.uid, i.previous_status, i.status])).toEqual([
			['mbx_john02', 'active', 'failed'],
		]);
		expect(json(await t.poll()).map((i) => i.uid)).toEqual(['mbx_john02']);
	});

	test('a record time that does not parse gives way to the next time field; a record with no time to any that has one', async () => {
		state().mailboxes = [
			mailboxRow('mbx_notime1', 'active', { createdAt: undefined }),
			mailboxRow('mbx_older2', 'active', { createdAt: '2026-01-02T00:00:00.000Z' }),
			mailboxRow('mbx_newer3', 'active', {
				createdAt: 'yesterday-ish',
				created_at: '2026-03-04T00:00:00.000Z',
			}),
		];
		const t = pollTrigger({ events: [MAILBOX] });
		expect(json(await t.poll('manual')).map((i) => i.uid)).toEqual(['mbx_newer3']);
	});

	test('a record without any id is never the sample', async () => {
		const noUid = withoutUid(mailboxRow('x', 'active', { createdAt: '2026-12-01T00:00:00.000Z' }));
		state().mailboxes = [noUid, mailboxRow('mbx_only1', 'active')];
		const t = pollTrigger({ events: [MAILBOX] });
		expect(json(await t.poll('manual')).map((i) => i.uid)).toEqual(['mbx_only1']);
	});

	test('an empty workspace says so, and what to do', async () => {
		state().mailboxes = [];
		const t = pollTrigger({ events: [MAILBOX] });
		const error = (await t.poll('manual').catch((e: unknown) => e)) as NodeOperationError;
		expect([error.message, error.description]).toEqual([
			`Workspace ${DEFAULT_WORKSPACE} has no mailboxes to show`,
			'Fetch Test Event shows the changes since the last poll, else the newest record. Add a mailbox or domain to the workspace, or pick another workspace.',
		]);
		state().domains = [];
		await expect(pollTrigger().poll('manual')).rejects.toThrow(
			`Workspace ${DEFAULT_WORKSPACE} has no mailboxes or domains to show`,
		);
	});
});

describe('paging', () => {
	test('more than 100 mailboxes are listed page by page, and a change on page 3 is one item', async () => {
		state().mailboxes = Array.from({ length: 250 }, (_, i) =>
			mailboxRow(`mbx_bulk${String(i).padStart(4, '0')}`, 'active'),
		);
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		expect(env.sandbox.calls('POST /mailboxes/list').map((r) => r.body)).toEqual([
			{ page: 1, limit: 100 },
			{ page: 2, limit: 100 },
			{ page: 3, limit: 100 },
		]);
		expect(Object.keys(t.staticData.mailbox as IDataObject)).toHaveLength(250);
		state().mailboxes[230].status = 'failed';
		expect(json(await t.poll()).map((i) => [i.uid, i.previous_status, i.status])).toEqual([
			['mbx_bulk0230', 'active', 'failed'],
		]);
	});
});

describe('errors', () => {
	test("an API error fails the poll with InboxKit's message, and the snapshot stays as it was", async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		const before = structuredClone(t.staticData);
		env.sandbox.fault('POST /mailboxes/list', {
			status: 403,
			body: { error: true, message: 'Workspace access denied' },
		});
		const error = await t.poll().then(
			() => undefined,
			(e: unknown) => e,
		);
		// The node's modules are loaded apart (a fresh n8n process): its classes are other objects.
		expect((error as Error).constructor.name).toBe(NodeApiError.name);
		expect({
			message: (error as NodeApiError).message,
			description: (error as NodeApiError).description,
		}).toEqual({
			message: 'InboxKit: Workspace access denied',
			description:
				"POST /mailboxes/list answered 403. The API token is valid but may not do this. Check the workspace and the token's rights.",
		});
		expect(t.staticData).toEqual(before);
		expect(t.started).toEqual([]);
	});

	test('a list answered 503 once is asked again (a read): the poll goes on', async () => {
		const t = pollTrigger({ events: [MAILBOX] });
		await t.activate();
		await env.sandbox.changeStatus('mailbox', 'mbx_lee04', { status: 'cancelled' });
		env.sandbox.fault('POST /mailboxes/list', { status: 503, headers: { 'Retry-After': '0' } });
		expect(json(await t.poll()).map((i) => [i.uid, i.status])).toEqual([
			['mbx_lee04', 'cancelled'],
		]);
		expect(env.sandbox.calls('POST /mailboxes/list')).toHaveLength(3);
	});

	test('without a workspace in the field or the credential, nothing is sent', async () => {
		const t = startPollTrigger({
			parameters: {},
			credentials: { apiToken: env.sandbox.token, baseUrl: env.sandbox.url, workspaceId: '' },
		});
		await expect(t.activate()).rejects.toThrow('No workspace chosen for this trigger');
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test('without any event picked, nothing is sent', async () => {
		const t = pollTrigger({ events: [] });
		const error = (await t.activate().catch((e: unknown) => e)) as NodeOperationError;
		expect([error.message, error.description]).toEqual([
			'No events are picked',
			'Pick Mailbox Status Changed, Domain Status Changed or both in "Events".',
		]);
		expect(env.sandbox.requests).toHaveLength(0);
	});
});

describe('the credential', () => {
	test('is read at every poll, so an edited token applies from the next poll', async () => {
		const credentials = {
			apiToken: env.sandbox.token,
			baseUrl: env.sandbox.url,
			workspaceId: DEFAULT_WORKSPACE,
		};
		const t = startPollTrigger({ parameters: { events: [MAILBOX] }, credentials });
		await t.activate();
		// Edited in n8n while the workflow stays published: n8n keeps the poll functions.
		credentials.apiToken = 'edited-token';
		await expect(t.poll()).rejects.toThrow('InboxKit did not accept the API token');
		expect(env.sandbox.requests.at(-1)?.headers.authorization).toBe('Bearer edited-token');
		credentials.apiToken = env.sandbox.token;
		await expect(t.poll()).resolves.toBeNull();
	});
});

describe('scale', () => {
	test('5,000 mailboxes: static data stays small; time and size printed', async () => {
		const count = 5000;
		state().mailboxes = Array.from({ length: count }, (_, i) =>
			mailboxRow(`8f2c1a7e-0000-4000-8000-${String(i).padStart(12, '0')}`, 'active'),
		);
		const t = pollTrigger({ events: [MAILBOX] });
		let started = performance.now();
		await t.activate();
		const firstMs = performance.now() - started;
		state().mailboxes[4321].status = 'failed';
		state().mailboxes.splice(17, 1);
		started = performance.now();
		const items = json(await t.poll());
		const changedMs = performance.now() - started;
		started = performance.now();
		await t.poll();
		const quietMs = performance.now() - started;
		expect(items.map((i) => i.status)).toEqual(['failed', 'removed']);
		const bytes = Buffer.byteLength(t.savedJson);
		// eslint-disable-next-line no-console -- the figures issue 26 asks for (no timed assertion)
		console.log(
			`[poll] ${count} mailboxes (${env.sandbox.calls('POST /mailboxes/list').length / 3} list calls per poll): first poll ${firstMs.toFixed(0)} ms, poll with 2 changes ${changedMs.toFixed(0)} ms, quiet poll ${quietMs.toFixed(0)} ms; static data ${(bytes / 1024).toFixed(1)} KiB (${(bytes / count).toFixed(1)} bytes per mailbox)`,
		);
		// uid (36 characters) -> status: well under 100 bytes each.
		expect(bytes / count).toBeLessThan(60);
	});
});
