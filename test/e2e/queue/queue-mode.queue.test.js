'use strict';
/**
 * Queue mode end to end: n8n's main instance and one worker on Postgres and Redis (./stack.js),
 * the packed package installed on both, the sandbox credential imported. Asserts that an
 * InboxKit workflow started on the main instance is executed by the worker, as it is in a
 * production queue-mode setup; and that the InboxKit Trigger, activated on the main instance,
 * registers the main instance's URL with the (sandbox's) workspace, gets the signed
 * status-change webhook there, has the worker run the execution, and puts the workspace's
 * earlier URL back when deactivated; and that the InboxKit Poll Trigger, published on the main
 * instance, polls there and a status change it finds is executed by the worker.
 *
 * `npm run test:queue`; INBOXKIT_N8N_VERSION picks the n8n version. Needs Postgres and Redis
 * from Debian's packages (installed when missing, as root), loopback only.
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const http = require('node:http');

const runner = require('../../../scripts/n8n');
const { startSandbox } = require('../../sandbox/server');
const { seedState } = require('../../sandbox/state');
const { startQueueStack } = require('./stack');

jest.setTimeout(10 * 60 * 1000);

let sandbox;
let stack;

beforeAll(
	async () => {
		sandbox = await startSandbox();
		stack = await startQueueStack({
			credential: { baseUrl: sandbox.url, token: sandbox.token, workspaceId: 'ws_main01' },
			say: (message) => process.stderr.write(`[queue] ${message}\n`),
		});
	},
	30 * 60 * 1000,
);

afterAll(async () => {
	if (stack) await stack.stop();
	if (sandbox) await sandbox.close();
});

beforeEach(() => sandbox.reset());

/** Polls `read()` every 300 ms until `done(value)`, for at most `timeoutMs`; returns the last value. */
async function settle(read, done, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	let value = await read();
	while (!done(value) && Date.now() < deadline) {
		await new Promise((resolve) => setTimeout(resolve, 300));
		value = await read();
	}
	return value;
}

/**
 * The health report example as shipped, with its two triggers (schedule, manual) replaced by a
 * Webhook node that answers with the last node's output: a production execution that the main
 * instance hands to the queue.
 */
function healthReportByWebhook(webhookPath) {
	const example = JSON.parse(
		fs.readFileSync(path.join(runner.REPO, 'examples', 'health-report.json'), 'utf8'),
	);
	const triggers = example.nodes.filter((n) => /Trigger$/.test(n.type)).map((n) => n.name);
	expect(triggers).toEqual(['Every day at 07:00', 'Run now']);
	const next = example.connections[triggers[0]];
	const connections = Object.fromEntries(
		Object.entries(example.connections).filter(([from]) => !triggers.includes(from)),
	);
	return {
		...example,
		id: 'InboxKitQueueHealth1',
		name: 'Queue mode: health report by webhook',
		active: false,
		nodes: [
			{
				id: crypto.randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 100],
				webhookId: crypto.randomUUID(),
				parameters: {
					httpMethod: 'POST',
					path: webhookPath,
					responseMode: 'lastNode',
					options: {},
				},
			},
			...example.nodes.filter((n) => !triggers.includes(n.name)),
		],
		connections: { Webhook: next, ...connections },
	};
}

test('an InboxKit workflow started on the main instance is executed by the worker', async () => {
	const webhookPath = `inboxkit-health-${crypto.randomUUID()}`;
	const workflow = healthReportByWebhook(webhookPath);
	await stack.importWorkflows([workflow]);
	await stack.setActive(workflow.id, true);

	const res = await stack.callWebhook(webhookPath);
	expect({ status: res.status, body: res.status === 200 ? 'answered' : res.text }).toEqual({
		status: 200,
		body: 'answered',
	});
	// The report the workflow built from InboxKit's answers (the sandbox's seed).
	expect(res.json).toEqual(
		expect.objectContaining({
			creditsRemaining: 380,
			lowBalance: false,
			mailboxes: seedState().mailboxes.length,
		}),
	);
	expect(sandbox.calls('GET /billing/wallet')).toHaveLength(1);
	expect(sandbox.calls('POST /mailboxes/list').length).toBeGreaterThanOrEqual(1);

	// The main instance only enqueued it; the worker (and no other) started and finished it.
	const ran = await oneExecutionOnTheWorker(workflow.id, 'webhook');
	console.log(`[queue] n8n ${stack.version}: execution ${ran.id} ran on ${ran.worker}`);
});

const WORKSPACE = 'ws_main01';
const TRIGGER = 'InboxKit Trigger';
const EXPORT = 'Export to sequencer';

const workspace = () => sandbox.state.workspaces.find((w) => w.uid === WORKSPACE);
const webhookCalls = () => sandbox.calls('POST /workspaces/webhook').map((r) => r.body);
const isDone = (row) => !['new', 'running', 'waiting', 'unknown'].includes(row.status);

/**
 * Waits (up to `timeoutMs`) for the workflow's one finished execution, expects it succeeded in
 * `mode` and that the main instance only enqueued it while the worker ran it; returns its id and
 * the worker's host id.
 */
async function oneExecutionOnTheWorker(workflowId, mode, timeoutMs) {
	const executions = await settle(
		() => stack.executions(workflowId),
		(rows) => rows.length >= 1 && rows.every(isDone),
		timeoutMs,
	);
	expect(executions).toEqual([
		expect.objectContaining({ status: 'success', mode, finished: true }),
	]);
	const ran = await settle(
		() => stack.ranOn(executions[0].id),
		(r) => r.workerFinished && r.reportedWorkerId !== undefined,
	);
	expect(ran).toEqual({
		enqueuedByMain: true,
		workerStarted: true,
		workerFinished: true,
		workerHostId: expect.stringMatching(/^worker-/),
		reportedWorkerId: ran.workerHostId,
	});
	return { id: executions[0].id, worker: ran.workerHostId };
}

/**
 * The trigger example as shipped (examples/export-active-mailboxes.json: InboxKit Trigger on
 * mailbox.status_changed, status active → Export to sequencer), under its own workflow id and a
 * fresh webhook id, registering itself in the credential's default workspace (ws_main01).
 * The id has at most 16 characters: n8n 1.123 silently never saves the static data (where the
 * trigger keeps the URL it replaced) of a workflow with a longer id; 2.x allows 21.
 */
function exporterWorkflow(id) {
	const example = JSON.parse(
		fs.readFileSync(path.join(runner.REPO, 'examples', 'export-active-mailboxes.json'), 'utf8'),
	);
	const webhookId = crypto.randomUUID();
	const nodes = example.nodes.map((n) =>
		n.type === runner.TRIGGER_TYPE
			? { ...n, webhookId, parameters: { ...n.parameters, registration: 'automatic' } }
			: n,
	);
	expect(nodes.filter((n) => n.type === runner.TRIGGER_TYPE).map((n) => n.name)).toEqual([TRIGGER]);
	return {
		workflow: { ...example, id, name: `Queue mode: ${example.name}`, active: false, nodes },
		// The URL n8n gives the trigger: the main instance's WEBHOOK_URL, on 127.0.0.1.
		hookUrl: `${stack.webhookBase}webhook/${webhookId}/webhook`,
	};
}

/** A receiver on 127.0.0.1 that answers 200 and keeps what it got: a workspace's earlier URL. */
async function startReceiver() {
	const received = [];
	const server = http.createServer((req, res) => {
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => {
			received.push({ headers: req.headers, body: JSON.parse(Buffer.concat(chunks).toString()) });
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end('{"ok":true}');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${server.address().port}/previous-hook`,
		received,
		close: () => {
			server.closeAllConnections();
			return new Promise((resolve) => server.close(resolve));
		},
	};
}

test('InboxKit Trigger: activated on the main instance, a status-change webhook it receives runs on the worker and succeeds with the event', async () => {
	const { workflow, hookUrl } = exporterWorkflow('InboxKitQTrig1');
	await stack.importWorkflows([workflow]);
	expect(workspace().webhook_url).toBeNull();
	await stack.setActive(workflow.id, true);
	try {
		// The main instance ran the trigger's registration: the workspace now sends to it.
		await settle(workspace, (w) => w.webhook_url === hookUrl);
		expect(webhookCalls()).toEqual([{ uid: WORKSPACE, webhook_url: hookUrl }]);

		// InboxKit's side: a suspended mailbox becomes active, and the signed event goes out.
		const delivery = await sandbox.changeStatus('mailbox', 'mbx_sam03', { status: 'active' });
		expect({ url: delivery.url, answers: delivery.attempts.map((a) => a.status) }).toEqual({
			url: hookUrl,
			answers: [200],
		});

		// The main instance took the webhook and only enqueued the execution; the worker ran it.
		const ran = await oneExecutionOnTheWorker(workflow.id, 'webhook');

		// What the execution holds: the event as the trigger put it out, then the export it drove.
		const execution = await stack.execution(ran.id);
		const runData = execution.data.resultData.runData;
		expect(execution.data.resultData.error).toBeUndefined();
		const items = runData[TRIGGER][0].data.main[0].map((i) => i.json);
		expect(items).toEqual([
			expect.objectContaining({
				event: 'mailbox.status_changed',
				team_id: 'acct_1f2e3d',
				mailbox: expect.objectContaining({
					uid: 'mbx_sam03',
					email: 'sam.poe@acmeoutreach.net',
					status: 'active',
					previous_status: 'suspended',
				}),
				metadata: expect.objectContaining({ workspace_id: WORKSPACE }),
			}),
		]);
		// Secrets are off by default: the mailbox's password is in no stored execution.
		expect(items[0].mailbox).not.toHaveProperty('password');
		expect(JSON.stringify(execution.data)).not.toContain(
			seedState().mailboxSecrets.mbx_sam03.password,
		);
		expect(runData[EXPORT][0].error).toBeUndefined();
		expect(runData[EXPORT][0].data.main[0]).toHaveLength(1);
		expect(sandbox.calls('POST /sequencers/export').map((r) => r.body)).toEqual([
			expect.objectContaining({ sequencer_uid: 'seq_smart01', mailbox_uids: ['mbx_sam03'] }),
		]);
		console.log(`[queue] n8n ${stack.version}: trigger execution ${ran.id} ran on ${ran.worker}`);
	} finally {
		await stack.setActive(workflow.id, false);
	}
});

test('InboxKit Trigger: deactivating it in queue mode puts the workspace’s previous webhook URL back', async () => {
	const previous = await startReceiver();
	try {
		const { workflow, hookUrl } = exporterWorkflow('InboxKitQTrig2');
		await stack.importWorkflows([workflow]);
		workspace().webhook_url = previous.url;

		await stack.setActive(workflow.id, true);
		await settle(workspace, (w) => w.webhook_url === hookUrl);
		expect(workspace().webhook_url).toBe(hookUrl);

		await stack.setActive(workflow.id, false);
		await settle(workspace, (w) => w.webhook_url === previous.url);
		expect(workspace().webhook_url).toBe(previous.url);
		expect(webhookCalls()).toEqual([
			{ uid: WORKSPACE, webhook_url: hookUrl },
			{ uid: WORKSPACE, webhook_url: previous.url },
		]);

		// InboxKit's events reach the earlier receiver again, and n8n starts nothing.
		const delivery = await sandbox.changeStatus('mailbox', 'mbx_sam03', { status: 'active' });
		expect({ url: delivery.url, answers: delivery.attempts.map((a) => a.status) }).toEqual({
			url: previous.url,
			answers: [200],
		});
		expect(previous.received.map((r) => [r.body.event, r.body.data.mailbox.uid])).toEqual([
			['mailbox.status_changed', 'mbx_sam03'],
		]);
		expect(await stack.executions(workflow.id)).toEqual([]);
	} finally {
		await previous.close();
	}
});

const POLL_TRIGGER = 'InboxKit Poll Trigger';

/** The poll trigger alone, polling the main workspace's mailboxes every minute. */
function pollWorkflow(id) {
	return {
		id,
		name: 'Queue mode: InboxKit Poll Trigger',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: [runner.pollTriggerNode(POLL_TRIGGER, WORKSPACE)],
	};
}

/** Publishes (activates) a workflow without webhooks: stack.setActive waits for webhooks. */
async function publish(id, active) {
	const { versionId } = await stack.rest('GET', `/workflows/${id}`);
	if (stack.version.startsWith('1.'))
		return await stack.rest('PATCH', `/workflows/${id}`, { active, versionId });
	return await stack.rest(
		'POST',
		`/workflows/${id}/${active ? 'activate' : 'deactivate'}`,
		active ? { versionId } : {},
	);
}

test('InboxKit Poll Trigger: published on the main instance, which polls; a mailbox status change in the sandbox becomes one execution, run by the worker', async () => {
	const workflow = pollWorkflow('InboxKitQPoll1');
	await stack.importWorkflows([workflow]);
	await publish(workflow.id, true);
	try {
		// Publishing polls once and saves the snapshot; it starts nothing.
		const snapshot = await settle(
			async () =>
				(await stack.rest('GET', `/workflows/${workflow.id}`)).staticData?.[`node:${POLL_TRIGGER}`]
					?.mailbox,
			(value) => value !== undefined,
		);
		expect(snapshot).toEqual(expect.objectContaining({ mbx_sam03: 'suspended' }));
		expect(await stack.executions(workflow.id)).toEqual([]);

		await sandbox.changeStatus('mailbox', 'mbx_sam03', { status: 'active' });
		// The next poll (within a minute) finds it on the main instance; the worker runs it.
		const ran = await oneExecutionOnTheWorker(workflow.id, 'trigger', 90_000);
		const execution = await stack.execution(ran.id);
		const items = execution.data.resultData.runData[POLL_TRIGGER][0].data.main[0].map(
			(i) => i.json,
		);
		expect(items).toEqual([
			expect.objectContaining({
				event: 'mailbox.status_changed',
				uid: 'mbx_sam03',
				previous_status: 'suspended',
				status: 'active',
				workspace_uid: WORKSPACE,
			}),
		]);
		console.log(
			`[queue] n8n ${stack.version}: poll trigger execution ${ran.id} ran on ${ran.worker}`,
		);
	} finally {
		await publish(workflow.id, false);
	}
});
