'use strict';
/**
 * `npm run bench`: speed and memory of the node run by n8n-core, each against a baseline
 * measured in the same run on the same machine, so the figures are ratios, not absolute times.
 *
 *   1. Return All over 10,000 mailboxes (100 pages): the node vs the floor any client has to
 *      pay, a bare undici loop that fetches and parses the same pages.
 *   2. 500 input items, one request each (Get mailbox details): the node vs a minimal n8n node
 *      that sends the same GET through the same n8n helper (httpRequestWithAuthentication) and
 *      checks nothing: what this node's validation, error handling and retry layer cost.
 *   3. Combine Input Items: 500 domains checked in 5 requests vs one request per item.
 *
 * Everything runs against the local sandbox (test/sandbox), with n8n's logger silent. Each
 * scenario runs several times (after a warm-up) and the median is taken. Memory is the peak heap
 * growth during a run (sampled every few ms, after a forced GC), which is what n8n's worker
 * must have room for. The exit code is 1 when a ratio misses its target (printed beside it):
 * timing on a shared machine varies, so this is a tool for people, not part of CI.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

process.env.N8N_USER_FOLDER ??= fs.mkdtempSync(path.join(os.tmpdir(), 'inboxkit-bench-'));
process.env.N8N_LOG_LEVEL ??= 'silent';

// The harness and the node are TypeScript: transpile them on load, as ts-jest does for the tests.
// ".ts" is tried before ".json", as in jest, so that InboxKit.node resolves to the node, not to
// its codex file InboxKit.node.json.
const ts = require('typescript');
const extensions = require('node:module')._extensions;
const { '.json': json, '.node': native } = extensions;
delete extensions['.json'];
delete extensions['.node'];
extensions['.ts'] = (module, filename) => {
	const source = fs.readFileSync(filename, 'utf8');
	const { outputText } = ts.transpileModule(source, {
		fileName: filename,
		compilerOptions: {
			module: ts.ModuleKind.CommonJS,
			target: ts.ScriptTarget.ES2021,
			esModuleInterop: true,
		},
	});
	module._compile(outputText, filename);
};
Object.assign(extensions, { '.json': json, '.node': native });

const { request } = require('undici');
const { startSandbox } = require('../test/sandbox/server');
const { runInboxKit } = require('../test/support/n8n.ts');

const WORKSPACE = 'ws_main01';
const RUNS = Number(process.env.BENCH_RUNS ?? 5);

if (typeof global.gc !== 'function') {
	console.error('Run with node --expose-gc (npm run bench does).');
	process.exit(2);
}

const mailboxes = Array.from({ length: 10_000 }, (_, n) => ({
	uid: `mbx_${n}`,
	workspace_uid: WORKSPACE,
	username: `user${n}`,
	domain_name: `bulk-${n % 500}.com`,
	email: `user${n}@bulk-${n % 500}.com`,
	first_name: 'Ada',
	last_name: 'Lovelace',
	platform: 'GOOGLE',
	status: 'active',
}));
const domains = Array.from({ length: 500 }, (_, n) => ({
	uid: `dom_bulk${n}`,
	name: `bulk-${n}.com`,
	workspace_uid: WORKSPACE,
	dns_propagation_status: 'active',
	nameserver_match_status: 'matched',
}));

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

/** Time and peak heap growth of one run of `fn`. */
async function once(sandbox, fn) {
	sandbox.requests.length = 0; // the sandbox shares this heap and records every request
	global.gc();
	const before = process.memoryUsage().heapUsed;
	let peak = before;
	const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
	const started = performance.now();
	const result = await fn();
	const ms = performance.now() - started;
	peak = Math.max(peak, process.memoryUsage().heapUsed);
	clearInterval(sampler);
	if (result === undefined) throw new Error('a scenario returned nothing');
	return { ms, bytes: peak - before };
}

/**
 * Medians of `RUNS` runs of the baseline and of the measured scenario, after a warm-up of each.
 * The runs alternate, so neither side gains from going second (warmer caches, JIT).
 */
async function measurePair(sandbox, baseline, measured) {
	await baseline();
	await measured();
	const runs = { base: [], measured: [] };
	for (let run = 0; run < RUNS; run++) {
		runs.base.push(await once(sandbox, baseline));
		runs.measured.push(await once(sandbox, measured));
	}
	const summary = (list) => ({
		ms: median(list.map((r) => r.ms)),
		bytes: median(list.map((r) => r.bytes)),
	});
	return [summary(runs.base), summary(runs.measured)];
}

/**
 * The baseline of scenario 2: the least an n8n node does to get a mailbox per item. It has the
 * InboxKit node's type name and credential, so the harness runs it in the node's place.
 */
const minimalNode = {
	description: {
		displayName: 'Minimal',
		name: 'inboxKit',
		group: ['transform'],
		version: 1,
		description: 'Baseline: one GET per item, nothing checked',
		defaults: { name: 'Minimal' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'inboxKitApi', required: true }],
		properties: [{ displayName: 'Mailbox ID', name: 'mailboxId', type: 'string', default: '' }],
	},
	async execute() {
		const { baseUrl, workspaceId } = await this.getCredentials('inboxKitApi');
		const output = [];
		const items = this.getInputData();
		for (let i = 0; i < items.length; i++) {
			const json = await this.helpers.httpRequestWithAuthentication.call(this, 'inboxKitApi', {
				method: 'GET',
				url: `${baseUrl}/v1/api/mailboxes/details`,
				qs: { uid: this.getNodeParameter('mailboxId', i) },
				headers: { 'X-Workspace-Id': workspaceId },
				json: true,
			});
			output.push({ json, pairedItem: { item: i } });
		}
		return [output];
	},
};

async function main() {
	const sandbox = await startSandbox({ state: { mailboxes, domains } });
	const credentials = { apiToken: sandbox.token, baseUrl: sandbox.url, workspaceId: WORKSPACE };
	const headers = {
		authorization: `Bearer ${sandbox.token}`,
		'x-workspace-id': WORKSPACE,
		'content-type': 'application/json',
	};
	const api = `${sandbox.url}/v1/api`;

	/** Runs the node and checks it did what the scenario claims, so a broken run cannot look fast. */
	async function node(parameters, items, expectedItems, nodeType) {
		const { items: output, error } = await runInboxKit({
			parameters,
			items,
			credentials,
			nodeType,
		});
		if (error) throw new Error(`the node failed: ${error.message}`);
		if (output.length !== expectedItems)
			throw new Error(`expected ${expectedItems} output items, got ${output.length}`);
		return output;
	}

	const rows = [];

	// 1. Return All over 10,000 mailboxes.
	const rawPages = async () => {
		const records = [];
		for (let page = 1; ; page++) {
			const answer = await request(`${api}/mailboxes/list`, {
				method: 'POST',
				headers,
				body: JSON.stringify({ page, limit: 100 }),
			});
			const body = await answer.body.json();
			records.push(...body.mailboxes);
			if (page >= body.pages) break;
		}
		if (records.length !== mailboxes.length) throw new Error('the raw loop missed records');
		return records;
	};
	const nodePages = () =>
		node({ resource: 'mailbox', operation: 'getMany', returnAll: true }, [{}], mailboxes.length);
	rows.push(
		compare(
			'Return All, 10,000 mailboxes (100 pages)',
			'bare undici loop',
			'node',
			await measurePair(sandbox, rawPages, nodePages),
			{ time: 3, memory: 3 },
		),
	);

	// 2. 500 items, one request each.
	const ids = mailboxes.slice(0, 500).map(({ uid }) => ({ uid }));
	const getEach = { resource: 'mailbox', operation: 'get', mailboxId: '={{ $json.uid }}' };
	const minimalEach = () => node(getEach, ids, ids.length, minimalNode);
	const nodeEach = () => node(getEach, ids, ids.length);
	rows.push(
		compare(
			'500 items, Get mailbox details (500 requests)',
			'minimal n8n node',
			'node',
			await measurePair(sandbox, minimalEach, nodeEach),
			{ time: 1.5, memory: 1.5 },
		),
	);

	// 3. Combine Input Items.
	const names = domains.map(({ name }) => ({ name }));
	const check = { resource: 'domain', operation: 'checkPropagation', domains: '={{ $json.name }}' };
	const perItem = () => node(check, names, names.length);
	const combined = () => node({ ...check, combineItems: true }, names, names.length);
	const requestsOf = async (fn) => (await once(sandbox, fn), sandbox.requests.length);
	const title = `Check Propagation, 500 domains (${await requestsOf(perItem)} vs ${await requestsOf(combined)} requests)`;
	rows.push(
		compare(
			title,
			'one request per item',
			'Combine Input Items',
			await measurePair(sandbox, perItem, combined),
			{ time: 1 / 5 },
		),
	);

	await sandbox.close();

	console.log(
		`InboxKit node benchmark: node ${process.version}, ${os.cpus().length} CPUs, median of ${RUNS} runs\n`,
	);
	let missed = 0;
	for (const row of rows) {
		console.log(row.title);
		console.log(`  ${row.baseLabel.padEnd(26)} ${fmtMs(row.base.ms)}  ${fmtMb(row.base.bytes)}`);
		console.log(
			`  ${row.label.padEnd(26)} ${fmtMs(row.measured.ms)}  ${fmtMb(row.measured.bytes)}`,
		);
		for (const ratio of row.ratios) {
			const ok = ratio.value <= ratio.target;
			if (!ok) missed++;
			console.log(
				`  ${ratio.name.padEnd(26)} ${ratio.value.toFixed(2)}x  (target <= ${ratio.target.toFixed(2)}x) ${ok ? 'ok' : 'MISSED'}`,
			);
		}
		console.log('');
	}
	process.exitCode = missed > 0 ? 1 : 0;
}

function compare(title, baseLabel, label, [base, measured], targets) {
	const ratios = [{ name: 'time ratio', value: measured.ms / base.ms, target: targets.time }];
	if (targets.memory !== undefined) {
		ratios.push({
			name: 'memory ratio',
			value: measured.bytes / Math.max(base.bytes, 1),
			target: targets.memory,
		});
	}
	return { title, baseLabel, base, label, measured, ratios };
}

const fmtMs = (ms) => `${ms.toFixed(0).padStart(7)} ms`;
const fmtMb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1).padStart(7)} MB peak heap`;

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
