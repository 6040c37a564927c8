'use strict';
/**
 * 9. 1,000 items of Mailbox → Get, and Return All of 10,000 mailboxes, in a real n8n: the cached
 * n8n 2.41.1 (`n8n execute`, SQLite), this checkout built, packed and installed as a community
 * package, the sandbox on loopback. What the bench's in-memory n8n cannot show: n8n's own cost
 * per item, such as reading a credential from its database and decrypting it each time a node
 * asks. CPU is that of the n8n process and its children, less that of a workflow of one Get
 * (n8n starting). Contestants alternate; Linux only (children's CPU from /proc/self/stat).
 */
const fs = require('node:fs');
const path = require('node:path');

const runner = require('../n8n');
const { startSandbox } = require('../../test/sandbox/server');
const { bulkState, mailboxItems, WORKSPACE } = require('./fixtures');
const { allMailboxesChain, getMailboxChain } = require('./peers');
const { median } = require('./measure');
const { check, note, record } = require('./report');
const { inOrder } = require('./workflow');

const COUNT = 1000;
const RECORDS = 10_000;
const BATCHING = 'HTTP Request, batching 50/s';

/** CPU milliseconds of this process's children that have ended. */
function childrenCpuMs() {
	const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
	return ((Number(fields[13]) + Number(fields[14])) / 100) * 1000;
}

/** A workflow: Start, then `nodes` one after the other; the last is named `Out`. */
function chain(id, nodes) {
	const trigger = {
		name: 'Start',
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		parameters: {},
	};
	const named = [trigger, ...nodes].map((node, index, all) => ({
		id: `node-${index}`,
		position: [200 * index, 0],
		...node,
		name: index === all.length - 1 ? 'Out' : (node.name ?? `Node ${index}`),
	}));
	return {
		id,
		name: `bench ${id}`,
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: named,
		connections: inOrder(named),
	};
}

/** The first `count` mailboxes' uids as one item (Edit Fields), then one item each (Split Out). */
function uidItems(count) {
	const uids = mailboxItems(count).map(({ uid }) => uid);
	return [
		{
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ uids }) },
		},
		{
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			parameters: { fieldToSplitOut: 'uids', options: { destinationFieldName: 'uid' } },
		},
	];
}

const OURS = {
	type: runner.NODE_TYPE,
	typeVersion: 1,
	parameters: { resource: 'mailbox', operation: 'get', mailboxId: '={{ $json.uid }}' },
};
const OURS_ALL = {
	type: runner.NODE_TYPE,
	typeVersion: 1,
	parameters: { resource: 'mailbox', operation: 'getMany', returnAll: true },
};

/** ./peers.js's HTTP Request nodes as n8n runs them from a workflow file, with our credential. */
function inN8n(link) {
	const { type, typeVersion, parameters } = link;
	const credentials = { inboxKitApi: { id: runner.CREDENTIAL_ID, name: runner.CREDENTIAL_NAME } };
	return type === 'n8n-nodes-base.httpRequest'
		? { type, typeVersion, parameters, credentials }
		: { type, typeVersion, parameters };
}

/** One `n8n execute` of workflow `id`: its time and CPU, and the items its last node put out. */
async function execute(userFolder, id) {
	const cpuBefore = childrenCpuMs();
	const started = Date.now();
	const result = await runner.executeWorkflow(userFolder, id);
	const ms = Date.now() - started;
	if (result.status !== 0) throw new Error(`n8n execute ${id} exited ${result.status}`);
	const items = result.data ? (runner.nodeOutput(result.data, 'Out')?.length ?? 0) : 0;
	return { ms, cpuMs: childrenCpuMs() - cpuBefore, items };
}

/**
 * Runs each workflow of `scenarios` ({ title, items, measures, workflows: [[column, workflow]] })
 * `runs` times, alternating, with the one-item workflow `starting` once a round; records medians.
 */
async function runAll(userFolder, scenarios, starting, runs) {
	const results = scenarios.map((scenario) =>
		Object.fromEntries(scenario.workflows.map(([column]) => [column, []])),
	);
	const startCpu = [];
	for (let round = 0; round < runs; round++) {
		startCpu.push((await execute(userFolder, starting.id)).cpuMs);
		for (const [index, scenario] of scenarios.entries()) {
			for (const [column, workflow] of scenario.workflows) {
				const run = await execute(userFolder, workflow.id);
				if (run.items !== scenario.items)
					throw new Error(`${scenario.title}, ${column}: ${run.items} items of ${scenario.items}`);
				results[index][column].push(run);
			}
		}
	}
	const start = median(startCpu);
	note(
		`9. n8n's start (a workflow of one Get): ${(start / 1000).toFixed(1)} s of CPU, taken off each CPU figure; times include it`,
	);
	return scenarios.map((scenario, index) => {
		const summary = {};
		for (const [column, list] of Object.entries(results[index]))
			summary[column] = {
				ms: median(list.map((r) => r.ms)),
				cpuMs: median(list.map((r) => r.cpuMs)) - start,
			};
		record(scenario.title, summary, scenario.items, scenario.measures, runs);
		return summary;
	});
}

async function realN8n(runs) {
	if (!fs.existsSync('/proc/self/stat')) {
		note('9. skipped: the CPU of n8n processes is read from /proc (Linux only)');
		return;
	}
	await runner.ensureN8n();
	const work = runner.tmpDir('inboxkit-bench-n8n-');
	const userFolder = path.join(work, 'n8n');
	const sandbox = await startSandbox({ state: bulkState({ mailboxes: RECORDS }) });
	try {
		runner.installPackage(userFolder, runner.buildAndPack(path.join(work, 'pack')));
		const api = `${sandbox.url}/v1/api`;
		await runner.importCredential(userFolder, {
			baseUrl: sandbox.url,
			token: sandbox.token,
			workspaceId: WORKSPACE,
		});
		const http = (links) => links.map(inN8n);
		const version = runner.paths().version;
		const gets = {
			title: `9. 1,000 Gets in n8n ${version}`,
			items: COUNT,
			measures: ['time', 'CPU per item'],
			workflows: [
				['InboxKit node', chain('BenchN8nGets1', [...uidItems(COUNT), OURS])],
				[
					'HTTP Request',
					chain('BenchN8nGets2', [...uidItems(COUNT), ...http(getMailboxChain({}, api))]),
				],
				[
					BATCHING,
					chain('BenchN8nGets3', [
						...uidItems(COUNT),
						...http(getMailboxChain({}, api, { batching: true })),
					]),
				],
			],
		};
		const all = {
			title: `9. Return All of 10,000 in n8n ${version}`,
			items: RECORDS,
			measures: ['time', 'CPU time'],
			workflows: [
				['InboxKit node', chain('BenchN8nAll1', [OURS_ALL])],
				['HTTP Request', chain('BenchN8nAll2', http(allMailboxesChain({}, api)))],
			],
		};
		const starting = chain('BenchN8nStart1', [...uidItems(1), OURS]);
		await runner.importWorkflows(userFolder, [
			...[gets, all].flatMap((scenario) => scenario.workflows.map(([, w]) => w)),
			starting,
		]);
		const [getsSummary, allSummary] = await runAll(userFolder, [gets, all], starting, runs);
		const ours = getsSummary['InboxKit node'];
		check(
			`${gets.title}: CPU per item ÷ HTTP Request’s`,
			ours.cpuMs / getsSummary['HTTP Request'].cpuMs,
			{},
		);
		check(
			`${gets.title}: time ÷ HTTP Request with Batching’s`,
			ours.ms / getsSummary[BATCHING].ms,
			{},
		);
		check(
			`${all.title}: CPU time ÷ HTTP Request pagination + Split Out’s`,
			allSummary['InboxKit node'].cpuMs / allSummary['HTTP Request'].cpuMs,
			{},
		);
	} finally {
		await sandbox.close();
		fs.rmSync(work, { recursive: true, force: true });
	}
}

module.exports = { realN8n };
