'use strict';
/**
 * Queue mode end to end: n8n's main instance and one worker on Postgres and Redis (./stack.js),
 * the packed package installed on both, the sandbox credential imported. Asserts that an
 * InboxKit workflow started on the main instance is executed by the worker, as it is in a
 * production queue-mode setup.
 *
 * `npm run test:queue`; INBOXKIT_N8N_VERSION picks the n8n version. Needs Postgres and Redis
 * from Debian's packages (installed when missing, as root), loopback only.
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');

const runner = require('../../../scripts/n8n-runner');
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

	const executions = await settle(
		() => stack.executions(workflow.id),
		(rows) => rows.length === 1 && rows[0].finished,
	);
	expect(executions).toEqual([
		expect.objectContaining({ status: 'success', mode: 'webhook', finished: true }),
	]);
	const ran = await settle(
		() => stack.ranOn(executions[0].id),
		(r) => r.workerFinished && r.reportedWorkerId !== undefined,
	);
	// The main instance only enqueued it; the worker (and no other) started and finished it.
	expect(ran).toEqual({
		enqueuedByMain: true,
		workerStarted: true,
		workerFinished: true,
		workerHostId: expect.stringMatching(/^worker-/),
		reportedWorkerId: ran.workerHostId,
	});
	console.log(
		`[queue] n8n ${stack.version}: execution ${executions[0].id} ran on ${ran.workerHostId}`,
	);
});

/*
 * The InboxKit Trigger in queue mode. What is missing before these can be written:
 * - the InboxKit Trigger node (nodes/InboxKitTrigger, being added in another branch), whose
 *   webhook methods set the workspace's webhook URL (POST /workspaces/webhook) on activation
 *   and restore the previous one on deactivation;
 * - a way for the sandbox to send a status-change webhook (domain.status_changed, signed as
 *   the InboxKit API README describes) to the URL a workspace holds; today it only stores it,
 *   and it accepts only https URLs, while the main instance here is http://127.0.0.1.
 * With those, using this harness: import a workflow with the trigger (a workspace of the
 * seed), `await stack.setActive(id, true)`, check that the sandbox's workspace webhook_url is
 * `${stack.webhookBase}webhook/<webhookId>/...`, have the sandbox deliver the event, then
 * `stack.executions(id)` until one has finished and `stack.ranOn(executionId)` as above;
 * `await stack.setActive(id, false)` and check the workspace's webhook_url is the earlier one.
 */
test.todo(
	'InboxKit Trigger (missing: the node and a sandbox that sends webhooks): activated in queue mode, a status-change webhook to the main instance runs on the worker and succeeds',
);
test.todo(
	'InboxKit Trigger (missing: the node): deactivating it restores the workspace’s previous webhook URL',
);
