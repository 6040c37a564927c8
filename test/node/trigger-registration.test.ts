// First: it turns n8n's logging up before the harness builds n8n's logger.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { capturedLogs } = require('../support/verbose-n8n-logs') as {
	capturedLogs: { text: () => string; clear: () => void };
};

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';
import { startTrigger, triggerChoice, type TriggerHarness } from '../support/trigger';

/**
 * "Register automatically": activation (checkExists, then create) points the workspace's webhook
 * URL at the trigger, deactivation (delete) puts the previous URL back; run by n8n-core's
 * HookContext against the sandbox. And the whole loop: a purchase in the sandbox, its status
 * change, the webhook, the run.
 */
const env = useSandbox();
let hook: TriggerHarness | undefined;

beforeEach(() => capturedLogs.clear());
afterEach(async () => {
	await hook?.close();
	hook = undefined;
});

const AGENCY = 'ws_agency2';
const AGENCY_URL = 'https://hooks.acme.test/inboxkit';
const ws = (value: string) => ({ __rl: true, mode: 'id', value });

async function trigger(parameters: INodeParameters = {}, credentials: IDataObject = {}) {
	hook = await startTrigger({
		parameters: { workspace: ws(DEFAULT_WORKSPACE), ...parameters },
		credentials: {
			apiToken: env.sandbox.token,
			baseUrl: env.sandbox.url,
			workspaceId: '',
			...credentials,
		},
	});
	return hook;
}

function workspaceUrl(uid: string) {
	const workspaces = env.sandbox.state.workspaces as IDataObject[];
	return workspaces.find((w) => w.uid === uid)?.webhook_url;
}

/** List Workspaces' and Get Workspace's answers for `uid` that do not report its webhook URL. */
function withoutWebhookUrl(uid: string) {
	return {
		rows: { status: 200, body: { error: false, workspaces: [{ uid }] } },
		bare: {
			status: 200,
			body: { error: false, message: 'Workspace details', workspace: { uid } },
		},
	};
}

const calls = () => env.sandbox.requests.map((r) => `${r.method} ${r.path}`);

describe('register automatically', () => {
	test('activation on a workspace without a URL: reads it, sets ours; checkExists then finds it; deactivation clears it', async () => {
		const t = await trigger();
		expect(await t.checkExists()).toBe(false);
		expect(await t.create()).toBe(true);
		expect(calls()).toEqual([
			'GET /workspaces/list',
			'GET /workspaces/list',
			'POST /workspaces/webhook',
		]);
		const [, read, set] = env.sandbox.requests;
		expect(read.headers.authorization).toBe(`Bearer ${env.sandbox.token}`);
		expect(set.body).toEqual({ uid: DEFAULT_WORKSPACE, webhook_url: t.url });
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBe(t.url);
		expect(t.staticData.registration).toEqual({
			workspaceUid: DEFAULT_WORKSPACE,
			webhookUrl: t.url,
			previousUrl: null,
		});
		expect(capturedLogs.text()).toContain(
			`InboxKit Trigger: workspace ${DEFAULT_WORKSPACE} sends its events to ${t.url}`,
		);

		expect(await t.checkExists()).toBe(true);

		env.sandbox.requests.length = 0;
		expect(await t.delete()).toBe(true);
		expect(calls()).toEqual(['GET /workspaces/list', 'POST /workspaces/webhook']);
		expect(env.sandbox.requests[1].body).toEqual({ uid: DEFAULT_WORKSPACE, webhook_url: '' });
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBeNull();
		expect(t.staticData.registration).toBeUndefined();
		expect(capturedLogs.text()).toContain(
			`InboxKit Trigger: workspace ${DEFAULT_WORKSPACE} has no webhook URL any more`,
		);
	});

	test("someone else's URL was there: activation names it in n8n's log and replaces it; deactivation puts it back", async () => {
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.activate();
		expect(workspaceUrl(AGENCY)).toBe(t.url);
		const log = capturedLogs.text();
		expect(log).toContain(`workspace ${AGENCY} sent its events to a URL on hooks.acme.test`);
		expect(log).toContain(t.url);
		expect(t.staticData.registration).toEqual(expect.objectContaining({ previousUrl: AGENCY_URL }));

		await t.delete();
		expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
		expect(env.sandbox.calls('POST /workspaces/webhook').map((r) => r.body)).toEqual([
			{ uid: AGENCY, webhook_url: t.url },
			{ uid: AGENCY, webhook_url: AGENCY_URL },
		]);
		expect(capturedLogs.text()).toContain(
			`workspace ${AGENCY} sends its events to its previous URL (on hooks.acme.test) again`,
		);
		expect(capturedLogs.text()).not.toContain(env.sandbox.token);
	});

	test('an activation that finds its own URL already set (e.g. n8n restarted) sends nothing', async () => {
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.activate();
		env.sandbox.requests.length = 0;
		await t.activate();
		expect(calls()).toEqual(['GET /workspaces/list']);
		// The URL to put back is still known.
		await t.delete();
		expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
	});

	test('lost static data heals: checkExists sees our URL on the workspace and deactivation still removes it', async () => {
		const t = await trigger();
		await t.activate();
		delete t.staticData.registration;
		expect(await t.checkExists()).toBe(true);
		expect(t.staticData.registration).toEqual(
			expect.objectContaining({ workspaceUid: DEFAULT_WORKSPACE, webhookUrl: t.url }),
		);
		await t.delete();
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBeNull();
	});

	test('someone replaced our URL while active: checkExists says so, and the next activation keeps theirs to restore', async () => {
		const t = await trigger();
		await t.activate();
		const theirs = 'https://other.example/hook';
		(env.sandbox.state.workspaces as IDataObject[])[0].webhook_url = theirs;
		expect(await t.checkExists()).toBe(false);
		await t.create();
		expect(capturedLogs.text()).toContain('sent its events to a URL on other.example');
		await t.delete();
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBe(theirs);
	});

	test('deactivation leaves alone a URL that someone else set since', async () => {
		const t = await trigger();
		await t.activate();
		const theirs = 'https://other.example/hook';
		(env.sandbox.state.workspaces as IDataObject[])[0].webhook_url = theirs;
		env.sandbox.requests.length = 0;
		expect(await t.delete()).toBe(true);
		expect(calls()).toEqual(['GET /workspaces/list']);
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBe(theirs);
		expect(capturedLogs.text()).toContain(
			`workspace ${DEFAULT_WORKSPACE} sends its events to a URL on other.example, not to this workflow: left as it is`,
		);
	});

	test('deactivation after someone cleared the URL sends nothing and says the workspace has none', async () => {
		const t = await trigger();
		await t.activate();
		(env.sandbox.state.workspaces as IDataObject[])[0].webhook_url = null;
		env.sandbox.requests.length = 0;
		expect(await t.delete()).toBe(true);
		expect(calls()).toEqual(['GET /workspaces/list']);
		expect(capturedLogs.text()).toContain(
			`workspace ${DEFAULT_WORKSPACE} sends its events to no URL, not to this workflow: left as it is`,
		);
	});

	test("deactivation that cannot read the workspace (not a 404) fails with InboxKit's message and keeps what it would put back", async () => {
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.activate();
		const denied = { status: 403, body: { error: true, message: 'Workspace access denied' } };
		env.sandbox.fault('GET /workspaces/list', denied);
		env.sandbox.fault('GET /workspaces/details', denied);
		await expect(t.delete()).rejects.toThrow('InboxKit: Workspace access denied');
		expect(capturedLogs.text()).not.toContain('no longer exists');
		expect(t.staticData.registration).toEqual(expect.objectContaining({ previousUrl: AGENCY_URL }));
		expect(await t.delete()).toBe(true);
		expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
	});

	test('an empty Workspace field uses the default workspace of the credential', async () => {
		const t = await trigger(
			{ workspace: { __rl: true, mode: 'list', value: '' } },
			{ workspaceId: AGENCY },
		);
		await t.activate();
		expect(workspaceUrl(AGENCY)).toBe(t.url);
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBeNull();
	});

	test('no workspace anywhere: activation fails saying where to set one, and sends nothing', async () => {
		const t = await trigger({ workspace: { __rl: true, mode: 'list', value: '' } });
		await expect(t.activate()).rejects.toThrow('No workspace chosen for this trigger');
		await expect(t.create()).rejects.toMatchObject({
			description: expect.stringContaining('Default Workspace ID'),
		});
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test.each([
		[
			'an expression giving nothing',
			"={{ '' }}",
			'must hold a workspace ID, but its value is empty',
		],
		[
			'a value that is no ID',
			'ws 1/../admin',
			'holds "ws 1/../admin", which is not an InboxKit ID',
		],
	])(
		'the Workspace field holding %s: activation fails naming the field, as in the node, and sends nothing',
		async (_case, value, problem) => {
			const t = await trigger({ workspace: { __rl: true, mode: 'id', value } });
			await expect(t.activate()).rejects.toThrow(`The "Workspace" field ${problem}`);
			expect(env.sandbox.requests).toHaveLength(0);
		},
	);

	test("InboxKit refusing the URL fails the activation with InboxKit's message and the https hint", async () => {
		const t = await trigger();
		env.sandbox.fault('POST /workspaces/webhook', {
			status: 400,
			body: { error: true, message: 'webhook_url must be a valid https URL' },
		});
		const failure = await t.create().catch((error: Error) => error);
		expect(failure).toMatchObject({
			message: 'InboxKit: webhook_url must be a valid https URL',
			description: expect.stringMatching(
				/^POST \/workspaces\/webhook answered 400\b.* InboxKit may accept only https URLs: this node's URL is http:\/\/127\.0\.0\.1:\d+\/\S+\. Set n8n's WEBHOOK_URL to its public https address\.$/,
			),
		});
		expect(t.staticData.registration).toBeUndefined();
		// Refused, not applied: the URL found before is still there, and nothing is sent to undo.
		expect(env.sandbox.calls('POST /workspaces/webhook')).toHaveLength(1);
	});

	test('InboxKit refusing to clear the URL at deactivation fails it with its message, without the https hint', async () => {
		const t = await trigger();
		await t.activate();
		env.sandbox.fault('POST /workspaces/webhook', {
			status: 400,
			body: { error: true, message: 'webhook_url is required' },
		});
		const failure = (await t.delete().catch((error: Error) => error)) as Error & {
			description?: string;
		};
		expect(failure.message).toBe('InboxKit: webhook_url is required');
		expect(failure.description).not.toContain('https');
	});

	test("a failed activation on a workspace that had no URL clears what InboxKit applied; if that fails too, n8n's log says to check", async () => {
		const t = await trigger();
		env.sandbox.fault('POST /workspaces/webhook', { status: 500, applied: true });
		await expect(t.activate()).rejects.toThrow();
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBeNull();

		env.sandbox.fault('POST /workspaces/webhook', { status: 500, applied: true }, { status: 500 });
		await expect(t.activate()).rejects.toThrow('Scripted 500');
		expect(capturedLogs.text()).toContain(
			`InboxKit Trigger: activation failed, and the previous webhook URL of workspace ${DEFAULT_WORKSPACE} could not be put back; check it in InboxKit`,
		);
	});

	test('a failed activation after which InboxKit no longer reports the URL puts back the one found before', async () => {
		// The first reads answer as usual (the fault only passes them on), the ones after the set do not say.
		const { rows, bare } = withoutWebhookUrl(AGENCY);
		env.sandbox.fault('GET /workspaces/list', { delayMs: 0 }, rows);
		env.sandbox.fault('GET /workspaces/details', bare);
		env.sandbox.fault('POST /workspaces/webhook', { status: 500, applied: true });
		const t = await trigger({ workspace: ws(AGENCY) });
		await expect(t.create()).rejects.toThrow();
		expect(env.sandbox.calls('POST /workspaces/webhook').map((r) => r.body)).toEqual([
			{ uid: AGENCY, webhook_url: t.url },
			{ uid: AGENCY, webhook_url: AGENCY_URL },
		]);
		expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
	});

	test("a record left from another workspace (its deactivation failed) is not this workspace's URL to put back", async () => {
		const { rows, bare } = withoutWebhookUrl(DEFAULT_WORKSPACE);
		env.sandbox.fault('GET /workspaces/list', rows);
		env.sandbox.fault('GET /workspaces/details', bare);
		hook = await startTrigger({
			parameters: { workspace: ws(DEFAULT_WORKSPACE) },
			credentials: { apiToken: env.sandbox.token, baseUrl: env.sandbox.url, workspaceId: '' },
			staticData: {
				registration: {
					workspaceUid: AGENCY,
					webhookUrl: 'https://n8n.example/webhook/old/webhook',
					previousUrl: AGENCY_URL,
				},
			},
		});
		await hook.create();
		expect(hook.staticData.registration).toEqual({
			workspaceUid: DEFAULT_WORKSPACE,
			webhookUrl: hook.url,
			previousUrl: null,
		});
	});

	test('a failed activation where InboxKit does not report the URL leaves the workspace as InboxKit left it', async () => {
		const { rows, bare } = withoutWebhookUrl(DEFAULT_WORKSPACE);
		env.sandbox.fault('GET /workspaces/details', bare, bare, bare);
		env.sandbox.fault('GET /workspaces/list', rows, rows, rows);
		const t = await trigger();
		env.sandbox.fault('POST /workspaces/webhook', { status: 500, applied: true });
		await expect(t.create()).rejects.toThrow();
		expect(env.sandbox.calls('POST /workspaces/webhook')).toHaveLength(1);
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBe(t.url);
	});

	test.each([
		['answered 500', { status: 500, applied: true }],
		['reset the connection', { reset: true, applied: true }],
	])(
		"a failed activation after InboxKit applied the set call (it %s) keeps the workspace's previous URL",
		async (_title, fault) => {
			const t = await trigger({ workspace: ws(AGENCY) });
			env.sandbox.fault('POST /workspaces/webhook', fault);
			await expect(t.activate()).rejects.toThrow();
			expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
			expect(t.staticData.registration).toBeUndefined();
		},
	);

	test('neither List Workspaces nor Get Workspace reporting a webhook field: activation still sets the URL and warns that the old one is unknown; checkExists relies on its static data; deactivation cannot tell whose the URL is and leaves it', async () => {
		const t = await trigger();
		const { rows, bare } = withoutWebhookUrl(DEFAULT_WORKSPACE);
		env.sandbox.fault('GET /workspaces/details', bare, bare, bare, bare);
		env.sandbox.fault('GET /workspaces/list', rows, rows, rows, rows);
		expect(await t.checkExists()).toBe(false);
		await t.create();
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBe(t.url);
		expect(capturedLogs.text()).toContain('did not report the webhook URL');
		expect(await t.checkExists()).toBe(true);
		await t.delete();
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBe(t.url);
		expect(capturedLogs.text()).toContain('left as it is');
	});

	test('a workspace deleted while active: deactivation logs it and succeeds', async () => {
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.activate();
		env.sandbox.state.workspaces = (env.sandbox.state.workspaces as IDataObject[]).filter(
			(w) => w.uid !== AGENCY,
		);
		env.sandbox.requests.length = 0;
		expect(await t.delete()).toBe(true);
		expect(calls()).toEqual(['GET /workspaces/list', 'GET /workspaces/details']);
		expect(capturedLogs.text()).toContain(`workspace ${AGENCY} no longer exists`);
	});
});

describe('where the webhook URL is read (API evidence)', () => {
	test('from the /workspaces/list rows first, where InboxKit is seen to report it: Get Workspace is not needed', async () => {
		env.sandbox.hide('GET /workspaces/details');
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.activate();
		expect(calls()).toEqual([
			'GET /workspaces/list',
			'GET /workspaces/list',
			'POST /workspaces/webhook',
		]);
		expect(t.staticData.registration).toEqual(expect.objectContaining({ previousUrl: AGENCY_URL }));
		await t.delete();
		expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
	});

	test('a workspace missing from the list is looked up with Get Workspace', async () => {
		const rows = (env.sandbox.state.workspaces as IDataObject[]).filter((w) => w.uid !== AGENCY);
		env.sandbox.fault('GET /workspaces/list', {
			status: 200,
			body: { error: false, workspaces: rows },
		});
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.create();
		expect(calls()).toEqual([
			'GET /workspaces/list',
			'GET /workspaces/details',
			'POST /workspaces/webhook',
		]);
		expect(t.staticData.registration).toEqual(expect.objectContaining({ previousUrl: AGENCY_URL }));
	});

	test('both reads are tried again after a 503 (they change nothing)', async () => {
		const busy = { status: 503, headers: { 'Retry-After': '0' } };
		env.sandbox.fault('GET /workspaces/list', busy);
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.create();
		expect(calls()).toEqual([
			'GET /workspaces/list',
			'GET /workspaces/list',
			'POST /workspaces/webhook',
		]);
		expect(t.staticData.registration).toEqual(expect.objectContaining({ previousUrl: AGENCY_URL }));

		const rows = (env.sandbox.state.workspaces as IDataObject[]).filter((w) => w.uid !== AGENCY);
		env.sandbox.fault('GET /workspaces/list', { status: 200, body: { workspaces: rows } });
		env.sandbox.fault('GET /workspaces/details', busy);
		env.sandbox.requests.length = 0;
		expect(await t.checkExists()).toBe(true);
		expect(calls()).toEqual([
			'GET /workspaces/list',
			'GET /workspaces/details',
			'GET /workspaces/details',
		]);
	});

	test("the workspace's own row is read, whatever else the list holds", async () => {
		const others = [
			null,
			'ws_text',
			{ uid: 'ws_other9', webhook_url: 'https://elsewhere.example/hook' },
		];
		env.sandbox.fault('GET /workspaces/list', {
			status: 200,
			body: { workspaces: [...others, { uid: AGENCY, webhook_url: AGENCY_URL }] },
		});
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.create();
		expect(t.staticData.registration).toEqual(expect.objectContaining({ previousUrl: AGENCY_URL }));
	});

	test('the Client ID Request event is described as Google OAuth (domain-wide delegation), not Microsoft', () => {
		const option = triggerChoice('events', { value: 'client_id_request.status_changed' });
		expect(option.description).toContain('Google');
		expect(option.description).toContain('domain-wide delegation');
		expect(option.description).not.toContain('Microsoft');
	});
});

describe('comparing and logging URLs', () => {
	function unreported() {
		const { rows, bare } = withoutWebhookUrl(DEFAULT_WORKSPACE);
		env.sandbox.fault('GET /workspaces/details', bare, bare);
		env.sandbox.fault('GET /workspaces/list', rows, rows);
	}

	test("when InboxKit does not report the URL, deactivation leaves the workspace as it is (it may be someone else's) and says so", async () => {
		const t = await trigger();
		await t.activate();
		const theirs = 'https://other.example/hook';
		(env.sandbox.state.workspaces as IDataObject[])[0].webhook_url = theirs;
		unreported();
		env.sandbox.requests.length = 0;
		expect(await t.delete()).toBe(true);
		expect(env.sandbox.calls('POST /workspaces/webhook')).toHaveLength(0);
		expect(workspaceUrl(DEFAULT_WORKSPACE)).toBe(theirs);
		expect(capturedLogs.text()).toContain('did not report the webhook URL');
	});

	test("a trailing slash does not make our URL someone else's", async () => {
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.activate();
		(env.sandbox.state.workspaces as IDataObject[]).find((w) => w.uid === AGENCY)!.webhook_url =
			`${t.url}/`;
		expect(await t.checkExists()).toBe(true);
		await t.delete();
		expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
	});

	test("n8n's log names only the host of a URL it replaces or puts back (the rest may carry a secret)", async () => {
		const secretUrl = 'https://hooks.acme.test/inboxkit/k-7f3a9?token=s3cr3t';
		(env.sandbox.state.workspaces as IDataObject[]).find((w) => w.uid === AGENCY)!.webhook_url =
			secretUrl;
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.activate();
		await t.delete();
		expect(workspaceUrl(AGENCY)).toBe(secretUrl);
		const log = capturedLogs.text();
		expect(log).toContain('hooks.acme.test');
		expect(log).not.toContain('s3cr3t');
		expect(log).not.toContain('k-7f3a9');
	});
});

test('a refused delivery is answered in JSON and logged with its reason, never with the token', async () => {
	const t = await trigger({ registration: 'manual' });
	const result = await t.post(
		{ event: 'mailbox.status_changed' },
		{ 'X-InboxKit-Signature': 'sha256=00' },
	);
	expect([result.status, result.contentType]).toEqual([401, 'application/json; charset=utf-8']);
	expect(capturedLogs.text()).toContain(
		'InboxKit Trigger refused a request (401): X-InboxKit-Signature does not match the API token of the credential',
	);
	expect(capturedLogs.text()).not.toContain(env.sandbox.token);
});

describe('two triggers of this n8n on one workspace', () => {
	const OTHER_WEBHOOK_ID = '0b6e2f7c-3d4a-4e5f-8a9b-0c1d2e3f4a5b';
	let second: TriggerHarness | undefined;
	afterEach(async () => {
		await second?.close();
		second = undefined;
	});

	async function twoTriggers() {
		const first = await trigger({ workspace: ws(AGENCY) });
		second = await startTrigger({
			parameters: { workspace: ws(AGENCY) },
			credentials: { apiToken: env.sandbox.token, baseUrl: env.sandbox.url, workspaceId: '' },
			n8n: first.n8n,
			webhookId: OTHER_WEBHOOK_ID,
		});
		return [first, second] as const;
	}

	test("the second does not record the first's URL as the one to put back, and activation warns that one trigger per workspace is supported", async () => {
		const [first, other] = await twoTriggers();
		await first.activate();
		await other.activate();
		expect(workspaceUrl(AGENCY)).toBe(other.url);
		expect(other.staticData.registration).toEqual(expect.objectContaining({ previousUrl: null }));
		expect(capturedLogs.text()).toContain('One trigger per workspace is supported');
		await first.delete();
		await other.delete();
		expect(workspaceUrl(AGENCY)).not.toBe(first.url);
	});

	test('a trigger that takes its workspace back from another of this n8n still knows the URL from before both', async () => {
		const [first, other] = await twoTriggers();
		await first.activate();
		await other.activate();
		expect(await first.checkExists()).toBe(false);
		await first.create();
		expect(workspaceUrl(AGENCY)).toBe(first.url);
		await first.delete();
		expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
	});

	test('publishing while another workflow of this n8n listens for a test event takes the workspace (the test listen gives way)', async () => {
		const [first, other] = await twoTriggers();
		await other.listenForTest();
		expect(workspaceUrl(AGENCY)).toBe(other.testUrl);
		await first.activate();
		expect(workspaceUrl(AGENCY)).toBe(first.url);
	});

	test('n8n restarting and re-activating both: after deactivating both, the workspace does not point at either', async () => {
		const [first, other] = await twoTriggers();
		await first.activate();
		await other.activate();
		await first.activate('init');
		await other.activate('init');
		for (const t of [first, other])
			expect(t.staticData.registration).not.toEqual(
				expect.objectContaining({ previousUrl: expect.stringContaining('127.0.0.1') }),
			);
		await other.delete();
		await first.delete();
		expect([first.url, other.url]).not.toContain(workspaceUrl(AGENCY));
	});
});

describe('"Listen for test event" (test URL, mode manual)', () => {
	test('with no active workflow of this n8n on the workspace, a test listen takes it and its end puts the previous URL back', async () => {
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.listenForTest();
		expect(workspaceUrl(AGENCY)).toBe(t.testUrl);
		await t.stopTestListen();
		expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
	});

	test('while the published workflow holds the workspace, a test listen refuses, says why and what to do, and changes nothing', async () => {
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.activate();
		const failure = await t.listenForTest().catch((error: Error) => error);
		expect(failure).toMatchObject({
			message: expect.stringContaining('active workflow'),
			description: expect.stringContaining('another workspace'),
		});
		expect(workspaceUrl(AGENCY)).toBe(t.url);
		expect(env.sandbox.calls('POST /workspaces/webhook')).toHaveLength(1);
		// The published workflow's record is intact: deactivating it still puts the URL back.
		await t.delete();
		expect(workspaceUrl(AGENCY)).toBe(AGENCY_URL);
	});

	test("another workflow of this n8n listening for a test event does not take an active workflow's workspace either", async () => {
		const t = await trigger({ workspace: ws(AGENCY) });
		await t.activate();
		const other = await startTrigger({
			parameters: { workspace: ws(AGENCY) },
			credentials: { apiToken: env.sandbox.token, baseUrl: env.sandbox.url, workspaceId: '' },
			n8n: t.n8n,
			webhookId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
		});
		try {
			await expect(other.listenForTest()).rejects.toThrow('active workflow');
			expect(workspaceUrl(AGENCY)).toBe(t.url);
		} finally {
			await other.close();
		}
	});
});

test("I'll paste the URL myself: activation and deactivation make no API calls; a team-level URL pasted in InboxKit gets the events", async () => {
	const t = await trigger({ registration: 'manual' });
	expect(await t.checkExists()).toBe(true);
	expect(await t.create()).toBe(true);
	expect(await t.delete()).toBe(true);
	expect(env.sandbox.requests).toHaveLength(0);

	env.sandbox.setTeamWebhookUrl(t.url);
	const delivery = await env.sandbox.changeStatus('mailbox', 'mbx_sam03', { status: 'failed' });
	expect(delivery).toEqual(expect.objectContaining({ url: t.url, delivered: true }));
	expect(t.started).toHaveLength(1);
	expect(t.started[0][0].json.mailbox).toEqual(
		expect.objectContaining({ uid: 'mbx_sam03', status: 'failed', previous_status: 'suspended' }),
	);
});

test('the sandbox sends webhooks only to this machine: a workspace URL elsewhere is recorded as skipped', async () => {
	// ws_agency2's seeded URL is https://hooks.acme.test/inboxkit.
	const delivery = await env.sandbox.changeStatus('domain', 'dom_client5', { status: 'failed' });
	expect(delivery).toEqual(
		expect.objectContaining({
			url: AGENCY_URL,
			delivered: false,
			attempts: [],
			skipped: expect.stringContaining('loopback'),
		}),
	);
});

test('the whole loop: activation, a mailbox bought through the InboxKit node, its status change sent by the sandbox, one run', async () => {
	const t = await trigger({ statuses: 'active' });
	await t.activate();
	const bought = await env.run({
		parameters: {
			resource: 'mailbox',
			operation: 'buy',
			workspace: ws(DEFAULT_WORKSPACE),
			mailboxesInput: 'json',
			mailboxesJson: JSON.stringify([
				{
					first_name: 'Ada',
					last_name: 'Ops',
					username: 'ada',
					domain_name: 'acme-mail.com',
					platform: 'GOOGLE',
				},
			]),
			useWalletBalance: true,
		},
	});
	expect(bought.error).toBeUndefined();
	const uid = bought.items[0].json.uid as string;
	expect(env.sandbox.scheduledStatusChanges).toEqual([
		{ kind: 'mailbox', uid, changes: { status: 'active' } },
	]);
	expect(t.started).toHaveLength(0);

	const [delivery] = await env.sandbox.flushStatusChanges();
	expect(delivery).toEqual(
		expect.objectContaining({
			url: t.url,
			delivered: true,
			attempts: [expect.objectContaining({ status: 200 })],
		}),
	);
	expect(t.started).toHaveLength(1);
	expect(t.started[0][0].json).toEqual(
		expect.objectContaining({
			event: 'mailbox.status_changed',
			mailbox: expect.objectContaining({
				uid,
				email: 'ada@acme-mail.com',
				status: 'active',
				previous_status: 'scheduled',
			}),
		}),
	);
	expect(t.started[0][0].json.mailbox).not.toHaveProperty('password');
	// The sandbox sent the password (as InboxKit does); the trigger removed it.
	expect((delivery.body.data as IDataObject).mailbox).toHaveProperty('password', 'New-Pass-1!');
});

test("npm start's timing: with statusChanges.afterMs the sandbox makes the change and sends the webhook by itself", async () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { startSandbox } = require('../sandbox/server') as {
		startSandbox: (o: object) => Promise<typeof env.sandbox>;
	};
	let sent: (line: string) => void = () => {};
	const logged = new Promise<string>((resolve) => (sent = resolve));
	const timed = await startSandbox({
		statusChanges: { afterMs: 0, log: (line: string) => sent(line) },
	});
	try {
		hook = await startTrigger({
			parameters: { workspace: ws(DEFAULT_WORKSPACE) },
			credentials: { apiToken: timed.token, baseUrl: timed.url, workspaceId: '' },
		});
		await hook.activate();
		const { runInboxKit } = await import('../support/n8n');
		const registered = await runInboxKit({
			parameters: {
				resource: 'domain',
				operation: 'register',
				workspace: ws(DEFAULT_WORKSPACE),
				domains: 'fresh-outreach.com',
			},
			credentials: { apiToken: timed.token, baseUrl: timed.url, workspaceId: DEFAULT_WORKSPACE },
		});
		expect(registered.error).toBeUndefined();
		expect(await logged).toBe(`domain.status_changed -> ${hook.url}: 200`);
		expect(hook.started).toHaveLength(1);
		expect(hook.started[0][0].json.domain).toEqual(
			expect.objectContaining({
				name: 'fresh-outreach.com',
				previous_status: 'pending',
				dns_propagation_status: 'propagated',
			}),
		);
	} finally {
		await timed.close();
	}
});
