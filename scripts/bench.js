'use strict';
/**
 * `npm run bench`: speed, CPU and memory of the node run by n8n-core, next to what users compare
 * it with, all measured in the same run on the same machine:
 *
 *   - n8n's HTTP Request node (n8n-nodes-base of the cached n8n install) with our credential as a
 *     Predefined Credential Type, run by the same n8n-core, as users set it up: no Batching (all
 *     items at once, its default) and with Batching at its defaults (50 items per 1,000 ms);
 *   - a bare undici loop (the floor for paging) and a minimal n8n node (one GET per item through
 *     the same n8n helper, nothing checked).
 *
 * Scenarios (BENCH_ONLY=1,3 runs some of them):
 *   1. 200 and 1,000 reads (Get mailbox details), 20 ms server latency.
 *   2. 500 reads, no latency: CPU per item.
 *   3. Return All of 10,000 and 50,000 mailboxes (HTTP Request: its pagination + Split Out).
 *   4. 1,000 reads against a server that enforces 5,000 requests a minute with 429s.
 *   5. Combine Input Items: 500 domains checked in 5 requests vs one request per item.
 *
 * The server (test/sandbox behind ./bench/server.js: latency, rate limit, counts of requests in
 * flight and 429s) runs in its own process, so the heap and CPU measured are the client's. Each
 * measurement is the median of BENCH_RUNS (default 5) runs after a warm-up, the contestants
 * alternating. Memory is the peak heap growth during a run. Targets are printed beside the
 * figures and the exit code is 1 when one is missed: timing on a shared machine varies, so this
 * is a tool for people, not part of CI. `--cpu-prof` profiles scenario 2 instead, and
 * `--cpu-prof=return-all` scenario 3 (see ./bench/profile.js).
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const userFolder = process.env.N8N_USER_FOLDER
	? undefined
	: fs.mkdtempSync(path.join(os.tmpdir(), 'inboxkit-bench-'));
if (userFolder) process.env.N8N_USER_FOLDER = userFolder;
process.env.N8N_LOG_LEVEL ??= 'silent';

const { registerTypeScript, loadPeerNodes } = require('./bench/load');

registerTypeScript();

const { request } = require('undici');
const { runInboxKit } = require('../test/support/n8n.ts');
const { WORKSPACE, mailboxItems, domainItems } = require('./bench/fixtures');
const { measure, once } = require('./bench/measure');
const { allMailboxesChain, getMailboxChain } = require('./bench/peers');
const { profileAll } = require('./bench/profile');
const { startServer } = require('./bench/serverClient');
const { runChain } = require('./bench/workflow');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ONLY = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5').split(',').map(Number));
const LATENCY_MS = 20;
const PARALLEL = 5; // our node's default Parallel Requests
/** InboxKit's documented limit: 5,000 requests a minute per API key. */
const PER_MINUTE = { max: 5000, windowMs: 60_000 };
/** The same 5,000 a minute, enforced per rolling second (84 a second), as a gateway may. */
const PER_SECOND = { max: Math.ceil(5000 / 60), windowMs: 1000 };

/** What `--cpu-prof[=name]` profiles (after a warm-up): scenario 2's reads, or Return All. */
const PROFILES = {
	reads: {
		title: '500 reads, no latency, × 20 runs',
		records: { mailboxes: 500 },
		items: 500,
		runs: 20,
	},
	'return-all': {
		title: 'Return All of 10,000 mailboxes, × 10 runs',
		records: { mailboxes: 10_000 },
		items: 10_000,
		runs: 10,
	},
};

/** Contestants, in the table's order ("bare undici" runs as many in flight as our node). */
const COLUMNS = [
	'bare undici',
	'minimal n8n node',
	'HTTP Request',
	'HTTP Request, batching 50/s',
	'InboxKit node',
];

if (typeof global.gc !== 'function') {
	console.error('Run with node --expose-gc (npm run bench does).');
	process.exit(2);
}

/**
 * n8n-nodes-base 2.41 loads under Node 20 today; should a later one not, the bench runs itself
 * again under the cached Node 24 (scripts/n8n-install.js).
 */
function peerNodesOrRerun() {
	try {
		return loadPeerNodes();
	} catch (error) {
		const { nodeBin } = require('./n8n-install').paths();
		if (process.env.INBOXKIT_BENCH_RERUN || !fs.existsSync(nodeBin)) throw error;
		console.error(
			`n8n-nodes-base does not load under Node ${process.version} (${error.message}): running under ${nodeBin}`,
		);
		const rerun = spawnSync(nodeBin, [...process.execArgv, ...process.argv.slice(1)], {
			stdio: 'inherit',
			env: { ...process.env, INBOXKIT_BENCH_RERUN: '1' },
		});
		process.exit(rerun.status ?? 1);
	}
}

/** Everything that runs a contestant once; each checks its output so a broken run cannot look fast. */
function runners(peers, server) {
	const credentials = { apiToken: server.token, baseUrl: server.url, workspaceId: WORKSPACE };
	const api = `${server.url}/v1/api`;
	const expect = (who, items, count) => {
		if (items.length !== count)
			throw new Error(`${who}: expected ${count} output items, got ${items.length}`);
	};
	return {
		async node(parameters, items, expected, nodeType) {
			const { items: output, error } = await runInboxKit({
				parameters,
				items,
				credentials,
				nodeType,
			});
			if (error) throw new Error(`the node failed: ${error.message}`);
			expect('the node', output, expected);
		},
		async chain(chain, items, expected) {
			const { items: output, error } = await runChain({ chain, items, credentials });
			if (error) throw new Error(`${chain[0].name} failed: ${error.message}`);
			expect(chain.map((link) => link.name).join(' + '), output, expected);
		},
		/** Return All as any client must do it: fetch and parse every page, keep every record. */
		async undiciPages(expected) {
			const records = [];
			for (let page = 1; ; page++) {
				const answer = await request(`${api}/mailboxes/list`, {
					method: 'POST',
					headers: {
						authorization: `Bearer ${server.token}`,
						'x-workspace-id': WORKSPACE,
						'content-type': 'application/json',
					},
					body: JSON.stringify({ page, limit: 100 }),
				});
				const body = await answer.body.json();
				records.push(...body.mailboxes);
				if (page >= body.pages) break;
			}
			expect('the undici loop', records, expected);
		},
		/** One GET per item, `parallel` at a time: what the server and the machine allow. */
		async undiciReads(items, parallel) {
			let next = 0;
			let done = 0;
			const worker = async () => {
				while (next < items.length) {
					const { uid } = items[next++];
					const answer = await request(`${api}/mailboxes/details?uid=${uid}`, {
						headers: { authorization: `Bearer ${server.token}`, 'x-workspace-id': WORKSPACE },
					});
					const body = await answer.body.json();
					if (body.mailbox?.uid === uid) done++;
				}
			};
			await Promise.all(Array.from({ length: parallel }, worker));
			if (done !== items.length) throw new Error(`the undici loop got ${done} of ${items.length}`);
		},
		peers,
		api,
	};
}

/**
 * The baseline of scenarios 1 and 2: the least an n8n node does to get a mailbox per item, with
 * `inFlight` requests at a time (1 in scenario 2, our default Parallel Requests in scenario 1). It
 * has the InboxKit node's type name and credential, so the harness runs it in the node's place.
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
		properties: [
			{ displayName: 'Mailbox ID', name: 'mailboxId', type: 'string', default: '' },
			{ displayName: 'In Flight', name: 'inFlight', type: 'number', default: 1 },
		],
	},
	async execute() {
		const { baseUrl, workspaceId } = await this.getCredentials('inboxKitApi');
		const items = this.getInputData();
		const output = new Array(items.length);
		let next = 0;
		const worker = async () => {
			while (next < items.length) {
				const i = next++;
				const json = await this.helpers.httpRequestWithAuthentication.call(this, 'inboxKitApi', {
					method: 'GET',
					url: `${baseUrl}/v1/api/mailboxes/details`,
					qs: { uid: this.getNodeParameter('mailboxId', i) },
					headers: { 'X-Workspace-Id': workspaceId },
					json: true,
				});
				output[i] = { json, pairedItem: { item: i } };
			}
		};
		const inFlight = this.getNodeParameter('inFlight', 0);
		await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
		return [output];
	},
};

const GET_EACH = { resource: 'mailbox', operation: 'get', mailboxId: '={{ $json.uid }}' };

/** The contestants of a scenario that reads `count` mailboxes, one request per item. */
/**
 * `minimal`: how many requests the minimal n8n node keeps in flight (0: it does not run).
 */
function readers(run, count, { batching = true, minimal = 0, undici = false } = {}) {
	const items = mailboxItems(count);
	const list = [
		{
			column: 'HTTP Request',
			run: () => run.chain(getMailboxChain(run.peers, run.api), items, count),
		},
		{
			column: 'InboxKit node',
			run: () => run.node(GET_EACH, items, count),
		},
	];
	if (batching) {
		list.splice(1, 0, {
			column: 'HTTP Request, batching 50/s',
			run: () => run.chain(getMailboxChain(run.peers, run.api, { batching: true }), items, count),
		});
	}
	if (minimal) {
		list.unshift({
			column: 'minimal n8n node',
			run: () => run.node({ ...GET_EACH, inFlight: minimal }, items, count, minimalNode),
		});
	}
	if (undici) {
		list.unshift({
			column: 'bare undici',
			run: () => run.undiciReads(items, PARALLEL),
		});
	}
	return list.map((c) => ({ ...c, label: c.column }));
}

// ---------------------------------------------------------------------------------------------
// Report: one table of figures (a column per contestant), then the checks with their targets.

const rows = [];
const checks = [];

const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const fmtMb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const fmtX = (value) => `${value.toFixed(2)}x`;
const shorten = (text, length) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const MEASURES = {
	time: (r) => fmtMs(r.ms),
	'CPU per item': (r, items) => `${(r.cpuMs / items).toFixed(2)} ms`,
	'CPU time': (r) => fmtMs(r.cpuMs),
	'peak heap': (r) => fmtMb(r.bytes),
	requests: (r) => String(r.requests),
	'connections opened': (r) => String(r.connections),
	'most in flight': (r) => String(r.peakInFlight),
	'429s (most in a run)': (r) => String(r.limited),
};

function record(title, summary, items, measures) {
	for (const measure of measures) {
		const cells = {};
		for (const column of COLUMNS) {
			const result = summary[column];
			if (!result) continue;
			cells[column] =
				result.failures > 0 && measure === 'time'
					? `failed in ${result.failures}/${RUNS} runs: ${shorten(result.failure, 80)}`
					: MEASURES[measure](result, items);
		}
		rows.push({ title: measure === measures[0] ? title : '', measure, cells });
	}
}

/** A check: `value` against `target` ({ max } or { min }), shown as a ratio unless `count`. */
/** A figure beside its target (`{ max }` or `{ min }`); with `{}`, a figure shown for comparison. */
function check(name, value, target, { count = false } = {}) {
	const show = (v) => (count ? String(v) : fmtX(v));
	const ok =
		target.max !== undefined
			? value <= target.max
			: target.min !== undefined
				? value >= target.min
				: undefined;
	checks.push({
		name,
		value: show(value),
		target:
			target.max !== undefined
				? `<= ${show(target.max)}`
				: target.min !== undefined
					? `>= ${show(target.min)}`
					: '',
		ok,
	});
}

function printReport(header) {
	const used = COLUMNS.filter((column) => rows.some((row) => row.cells[column] !== undefined));
	const lines = [header, ''];
	lines.push(`| scenario | measure | ${used.join(' | ')} |`);
	lines.push(`|---|---|${used.map(() => '---:').join('|')}|`);
	for (const row of rows)
		lines.push(
			`| ${row.title} | ${row.measure} | ${used.map((c) => row.cells[c] ?? '').join(' | ')} |`,
		);
	lines.push('', '| check | value | target | |', '|---|---:|---:|---|');
	for (const c of checks)
		lines.push(
			`| ${c.name} | ${c.value} | ${c.target} | ${c.ok === undefined ? '' : c.ok ? 'ok' : '**MISSED**'} |`,
		);
	console.log(lines.join('\n'));
}

// ---------------------------------------------------------------------------------------------

async function scenarioReads(run, server) {
	for (const count of [200, 1000]) {
		const summary = await measure(
			server,
			{ latencyMs: LATENCY_MS },
			readers(run, count, { undici: true, minimal: PARALLEL }),
			RUNS,
		);
		record(`1. ${count.toLocaleString('en')} reads, ${LATENCY_MS} ms latency`, summary, count, [
			'time',
			'CPU per item',
			'peak heap',
			'most in flight',
		]);
		const ours = summary['InboxKit node'];
		const ideal = (count * LATENCY_MS) / PARALLEL;
		check(
			`1. ${count} reads: time ÷ ideal (${count} × ${LATENCY_MS} ms ÷ ${PARALLEL} = ${ideal} ms)`,
			ours.ms / ideal,
			{ max: 1.2 },
		);
		// The floor for any node that sends through n8n's request helper, as nodes must.
		const floor = summary['minimal n8n node'];
		check(
			`1. ${count} reads: minimal n8n node's time (${PARALLEL} in flight) ÷ ideal, for comparison`,
			floor.ms / ideal,
			{},
		);
		check(
			`1. ${count} reads: time ÷ minimal n8n node's (${PARALLEL} in flight)`,
			ours.ms / floor.ms,
			{ max: 1.1 },
		);
		check(
			`1. ${count} reads: HTTP Request with Batching 50/s, its time ÷ ours`,
			summary['HTTP Request, batching 50/s'].ms / ours.ms,
			{ min: 3 },
		);
		check(
			`1. ${count} reads: most requests in flight (Parallel Requests ${PARALLEL})`,
			ours.peakInFlight,
			{
				max: PARALLEL,
			},
			{ count: true },
		);
	}
}

async function scenarioCpu(run, server) {
	const count = 500;
	const summary = await measure(
		server,
		{ latencyMs: 0 },
		readers(run, count, { batching: false, minimal: 1 }),
		RUNS,
	);
	record('2. 500 reads, no latency', summary, count, [
		'time',
		'CPU per item',
		'peak heap',
		'most in flight',
		'connections opened',
	]);
	const ours = summary['InboxKit node'];
	check('2. 500 reads: CPU per item ÷ HTTP Request’s', ours.cpuMs / summary['HTTP Request'].cpuMs, {
		max: 1.0,
	});
	check('2. 500 reads: time ÷ minimal n8n node’s', ours.ms / summary['minimal n8n node'].ms, {
		max: 1.5,
	});
	check(
		'2. 500 reads: peak heap ÷ minimal n8n node’s',
		ours.bytes / Math.max(summary['minimal n8n node'].bytes, 1),
		{ max: 1.5 },
	);
}

/** The contestants of Return All over a workspace of `count` mailboxes. */
function pagers(run, count) {
	return [
		{ column: 'bare undici', run: () => run.undiciPages(count) },
		{
			column: 'HTTP Request',
			run: () => run.chain(allMailboxesChain(run.peers, run.api), [{}], count),
		},
		{
			column: 'InboxKit node',
			run: () =>
				run.node({ resource: 'mailbox', operation: 'getMany', returnAll: true }, [{}], count),
		},
	].map((c) => ({ ...c, label: c.column }));
}

async function scenarioReturnAll(peers) {
	const sizes = [10_000, 50_000];
	const results = {};
	for (const count of sizes) {
		// A workspace of exactly `count` mailboxes, so that "all" is `count` for every client.
		const server = await startServer({ mailboxes: count });
		const contestants = pagers(runners(peers, server), count);
		const summary = await measure(server, { latencyMs: 0 }, contestants, RUNS).finally(() =>
			server.close(),
		);
		results[count] = summary;
		record(
			`3. Return All, ${count.toLocaleString('en')} mailboxes (${count / 100} pages)`,
			summary,
			count,
			['time', 'CPU time', 'peak heap'],
		);
		const ours = summary['InboxKit node'];
		const peer = summary['HTTP Request'];
		check(`3. ${count} records: time ÷ HTTP Request + Split Out’s`, ours.ms / peer.ms, {
			max: 1.0,
		});
		check(`3. ${count} records: peak heap ÷ HTTP Request + Split Out’s`, ours.bytes / peer.bytes, {
			max: 1.0,
		});
		if (count === sizes[0]) {
			check(`3. ${count} records: time ÷ bare undici loop’s`, ours.ms / summary['bare undici'].ms, {
				max: 3,
			});
			check(
				`3. ${count} records: peak heap ÷ bare undici loop’s`,
				ours.bytes / Math.max(summary['bare undici'].bytes, 1),
				{ max: 3 },
			);
		}
	}
	// Linear: five times the records may cost five times as much, with 25% to spare, not more.
	const [small, large] = sizes.map((count) => results[count]['InboxKit node']);
	const scale = sizes[1] / sizes[0];
	check('3. 50,000 vs 10,000 records: time growth ÷ 5 (linear = 1)', large.ms / small.ms / scale, {
		max: 1.25,
	});
	// Wall time includes the server's paging, which grows faster than the list (see the bare
	// undici loop's growth); the node's own CPU time is what shows whether its work is linear.
	const undiciGrowth = results[sizes[1]]['bare undici'].ms / results[sizes[0]]['bare undici'].ms;
	check(
		'3. 50,000 vs 10,000 records: bare undici loop’s time growth ÷ 5, for comparison',
		undiciGrowth / scale,
		{},
	);
	check(
		'3. 50,000 vs 10,000 records: CPU time growth ÷ 5 (linear = 1)',
		large.cpuMs / small.cpuMs / scale,
		{ max: 1.25 },
	);
	check(
		'3. 50,000 vs 10,000 records: peak heap growth ÷ 5 (linear = 1)',
		large.bytes / small.bytes / scale,
		{ max: 1.25 },
	);
}

async function scenarioRateLimit(run, server) {
	const count = 1000;
	const limits = [
		['5,000 a minute (rolling minute, as documented)', PER_MINUTE, true],
		['5,000 a minute enforced per second (84 a second; no target)', PER_SECOND, false],
	];
	for (const [name, limit, targeted] of limits) {
		// HTTP Request fails on a 429 (it does not retry unless Retry On Fail is set).
		const contestants = readers(run, count, { batching: false }).map((c) =>
			c.column === 'InboxKit node' ? c : { ...c, mayFail: true },
		);
		const summary = await measure(server, { latencyMs: LATENCY_MS, limit }, contestants, RUNS);
		record(`4. 1,000 reads, ${LATENCY_MS} ms latency, ${name}`, summary, count, [
			'time',
			'429s (most in a run)',
			'requests',
		]);
		if (targeted)
			check(
				'4. 1,000 reads under 5,000/min: 429s in a run (default settings)',
				summary['InboxKit node'].limited,
				{
					max: 0,
				},
				{ count: true },
			);
	}
}

async function scenarioCombine(run, server) {
	const names = domainItems(500);
	const parameters = {
		resource: 'domain',
		operation: 'checkPropagation',
		domains: '={{ $json.name }}',
	};
	const contestants = [
		{ label: 'per item', run: () => run.node(parameters, names, names.length) },
		{
			label: 'combined',
			run: () => run.node({ ...parameters, combineItems: true }, names, names.length),
		},
	];
	const summary = await measure(server, { latencyMs: 0 }, contestants, RUNS);
	for (const [label, name] of [
		['per item', 'one request per item'],
		['combined', 'Combine Input Items'],
	]) {
		record(
			`5. Check Propagation, 500 domains, ${name} (${summary[label].requests} requests)`,
			{ 'InboxKit node': summary[label] },
			names.length,
			['time', 'peak heap'],
		);
	}
	check(
		'5. Combine Input Items: time ÷ one request per item',
		summary.combined.ms / summary['per item'].ms,
		{ max: 0.2 },
	);
}

/**
 * `--profile-run=<scenario>:<column>`: the body of one profiled process (see ./bench/profile.js).
 * Only the runs after the warm-up count: their window (in the profile's clock) goes to
 * `window.json` in BENCH_PROFILE_DIR.
 */
async function profileRun(target, peers) {
	const [name, column] = target.split(':');
	const scenario = PROFILES[name];
	const server = await startServer(scenario.records);
	try {
		const contestants =
			name === 'reads'
				? readers(runners(peers, server), scenario.items, { batching: false })
				: pagers(runners(peers, server), scenario.items);
		const contestant = contestants.find((c) => c.column === column);
		const settings = { latencyMs: 0 };
		await once(server, settings, contestant);
		const now = () => Number(process.hrtime.bigint() / 1000n);
		const start = now();
		for (let k = 0; k < scenario.runs; k++) await once(server, settings, contestant);
		fs.writeFileSync(
			path.join(process.env.BENCH_PROFILE_DIR, 'window.json'),
			JSON.stringify({ start, end: now() }),
		);
	} finally {
		await server.close();
	}
}

async function main() {
	const profiled = process.argv.find((a) => a === '--cpu-prof' || a.startsWith('--cpu-prof='));
	if (profiled) {
		const name = profiled.split('=')[1] ?? 'reads';
		const scenario = PROFILES[name];
		if (!scenario) throw new Error(`--cpu-prof=${Object.keys(PROFILES).join('|')}`);
		profileAll(
			['InboxKit node', 'HTTP Request'].map((column) => ({
				run: `${name}:${column}`,
				label: `${column}, ${scenario.title}`,
			})),
			scenario.items * scenario.runs,
		);
		return;
	}
	const profileTarget = process.argv.find((a) => a.startsWith('--profile-run='))?.split('=')[1];
	if (profileTarget) return await profileRun(profileTarget, peerNodesOrRerun());

	const peers = peerNodesOrRerun();
	const loadAverage = os.loadavg()[0];
	const reads = await startServer({ mailboxes: 1000, domains: 500 });
	try {
		const run = runners(peers, reads);
		if (ONLY.has(1)) await scenarioReads(run, reads);
		if (ONLY.has(2)) await scenarioCpu(run, reads);
		if (ONLY.has(3)) await scenarioReturnAll(peers);
		if (ONLY.has(4)) await scenarioRateLimit(run, reads);
		if (ONLY.has(5)) await scenarioCombine(run, reads);
	} finally {
		await reads.close();
	}

	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	printReport(
		`InboxKit node benchmark: ${os.availableParallelism()} CPUs (${cpu}), load average ${loadAverage.toFixed(1)} at start; ` +
			`Node ${process.version} (bench and server); n8n-core ${require('n8n-core/package.json').version}, ` +
			`n8n-nodes-base ${peers.version} (HTTP Request 4.5, Predefined Credential Type); median of ${RUNS} runs`,
	);
	process.exitCode = checks.some((c) => c.ok === false) ? 1 : 0;
}

main()
	.catch((error) => {
		console.error(error);
		process.exitCode = 1;
	})
	.finally(() => {
		if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
	});
