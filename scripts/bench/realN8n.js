'use strict';
/**
 * 9. 1,000 items of Mailbox → Get in a real n8n: the cached n8n 2.41.1 (`n8n execute`, SQLite),
 * this checkout built, packed and installed as a community package, the sandbox on loopback.
 * What the bench's in-memory n8n cannot show: n8n's own cost per item, such as reading a
 * credential from its database and decrypting it each time a node asks. CPU is that of the n8n
 * process and its children, less that of the same workflow with one item (n8n starting).
 * Contestants alternate; Linux only (children's CPU from /proc/self/stat).
 */
const fs = require('node:fs');
const path = require('node:path');

const runner = require('../n8n');
const { startSandbox } = require('../../test/sandbox/server');
const { WORKSPACE } = require('./fixtures');
const { median } = require('./measure');
const { check, note, record } = require('./report');

const COUNT = 1000;
const BATCHING = 'HTTP Request, batching 50/s';

/** CPU seconds of this process's children that have ended. */
function childrenCpuMs() {
	const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
	return ((Number(fields[13]) + Number(fields[14])) / 100) * 1000;
}

/** Start → the uids as one item (Edit Fields) → Split Out → `node`: `count` items reach it. */
function workflow(id, count, node) {
	const uids = Array.from({ length: count }, () => 'mbx_jane01');
	const at = (x) => [x, 0];
	return {
		id,
		name: `bench ${id}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{
				id: 'start',
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: at(0),
				parameters: {},
			},
			{
				id: 'uids',
				name: 'Uids',
				type: 'n8n-nodes-base.set',
				typeVersion: 3.4,
				position: at(200),
				parameters: { mode: 'raw', jsonOutput: JSON.stringify({ uids }) },
			},
			{
				id: 'split',
				name: 'Split',
				type: 'n8n-nodes-base.splitOut',
				typeVersion: 1,
				position: at(400),
				parameters: { fieldToSplitOut: 'uids', options: { destinationFieldName: 'uid' } },
			},
			{ id: 'get', name: 'Get', position: at(600), ...node },
		],
		connections: {
			Start: { main: [[{ node: 'Uids', type: 'main', index: 0 }]] },
			Uids: { main: [[{ node: 'Split', type: 'main', index: 0 }]] },
			Split: { main: [[{ node: 'Get', type: 'main', index: 0 }]] },
		},
	};
}

const OURS = {
	type: runner.NODE_TYPE,
	typeVersion: 1,
	parameters: { resource: 'mailbox', operation: 'get', mailboxId: '={{ $json.uid }}' },
};

/** HTTP Request 4.5 with our credential as a Predefined Credential Type, as ./peers.js sends it. */
function httpRequest(api, batching) {
	return {
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.5,
		credentials: { inboxKitApi: { id: runner.CREDENTIAL_ID, name: runner.CREDENTIAL_NAME } },
		parameters: {
			method: 'GET',
			url: `${api}/mailboxes/details`,
			authentication: 'predefinedCredentialType',
			nodeCredentialType: 'inboxKitApi',
			sendHeaders: true,
			headerParameters: { parameters: [{ name: 'X-Workspace-Id', value: WORKSPACE }] },
			sendQuery: true,
			queryParameters: { parameters: [{ name: 'uid', value: '={{ $json.uid }}' }] },
			options: batching ? { batching: { batch: { batchSize: 50, batchInterval: 1000 } } } : {},
		},
	};
}

/** One `n8n execute` of workflow `id`: its time and CPU, and the items its last node put out. */
async function execute(userFolder, id) {
	const cpuBefore = childrenCpuMs();
	const started = Date.now();
	const result = await runner.executeWorkflow(userFolder, id);
	const ms = Date.now() - started;
	const items = result.data ? (runner.nodeOutput(result.data, 'Get')?.length ?? 0) : 0;
	if (result.status !== 0) throw new Error(`n8n execute ${id} exited ${result.status}`);
	return { ms, cpuMs: childrenCpuMs() - cpuBefore, items };
}

async function realN8n(runs) {
	if (!fs.existsSync('/proc/self/stat')) {
		note('9. skipped: the CPU of n8n processes is read from /proc (Linux only)');
		return;
	}
	await runner.ensureN8n();
	const work = runner.tmpDir('inboxkit-bench-n8n-');
	const userFolder = path.join(work, 'n8n');
	const sandbox = await startSandbox();
	try {
		runner.installPackage(userFolder, runner.buildAndPack(path.join(work, 'pack')));
		const api = `${sandbox.url}/v1/api`;
		await runner.importCredential(userFolder, {
			baseUrl: sandbox.url,
			token: sandbox.token,
			workspaceId: WORKSPACE,
		});
		const contestants = [
			['InboxKit node', workflow('BenchRealOurs1', COUNT, OURS)],
			['HTTP Request', workflow('BenchRealHttp1', COUNT, httpRequest(api, false))],
			[BATCHING, workflow('BenchRealBatch1', COUNT, httpRequest(api, true))],
		];
		const starting = workflow('BenchRealStart1', 1, OURS);
		await runner.importWorkflows(userFolder, [...contestants.map(([, w]) => w), starting]);

		const results = Object.fromEntries(contestants.map(([column]) => [column, []]));
		const startCpu = [];
		for (let round = 0; round < runs; round++) {
			startCpu.push((await execute(userFolder, starting.id)).cpuMs);
			for (const [column, w] of contestants) {
				const run = await execute(userFolder, w.id);
				if (run.items !== COUNT) throw new Error(`${column}: ${run.items} items of ${COUNT}`);
				results[column].push(run);
			}
		}
		const start = median(startCpu);
		const summary = Object.fromEntries(
			Object.entries(results).map(([column, list]) => [
				column,
				{
					ms: median(list.map((r) => r.ms)),
					cpuMs: median(list.map((r) => r.cpuMs)) - start,
				},
			]),
		);
		const name = `9. 1,000 Gets in n8n ${runner.paths().version} (n8n execute, SQLite)`;
		record(name, summary, COUNT, ['time', 'CPU per item'], runs);
		note(
			`9. n8n's start (the same workflow with one item): ${(start / 1000).toFixed(1)} s of CPU, taken off each figure; times include it`,
		);
		const ours = summary['InboxKit node'];
		check(`${name}: CPU per item ÷ HTTP Request’s`, ours.cpuMs / summary['HTTP Request'].cpuMs, {});
		check(`${name}: time ÷ HTTP Request with Batching’s`, ours.ms / summary[BATCHING].ms, {});
	} finally {
		await sandbox.close();
		fs.rmSync(work, { recursive: true, force: true });
	}
}

module.exports = { realN8n };
