'use strict';
/**
 * `npm run bench`: speed, CPU and memory of the node run by n8n-core, next to what users compare
 * it with, all measured in the same run on the same machine: n8n's HTTP Request node with our
 * credential as a Predefined Credential Type (no Batching, its default: all items at once; and
 * Batching at its defaults, 50 items per 1,000 ms), a minimal n8n node and a bare undici loop.
 *
 * Scenarios (BENCH_ONLY=1,6 runs some of them):
 *   1-5 on loopback, plain HTTP, for CPU, heap and InboxKit's limits (./loopback.js);
 *   6-8 over an emulated real network, HTTPS at RTT 20, 60 and 120 ms (./network.js;
 *       BENCH_RTTS=60 picks RTTs);
 *   9 in a real n8n (the cached install, `n8n execute`), for n8n's own cost per item (./realN8n.js).
 * The server (test/sandbox behind ./server.js) runs in its own process, so the heap and CPU
 * measured are the client's. Loopback figures are medians of BENCH_RUNS (default 5) runs after a
 * warm-up, network ones of BENCH_NET_RUNS (default 3; Return All at least 5), the contestants
 * alternating. Targets are printed beside the figures and the exit code is 1 when one is missed:
 * timing on a shared machine varies, so this is a tool for people, not part of CI. `--cpu-prof`
 * profiles scenario 2's reads instead, and `--cpu-prof=return-all` Return All (see ./profile.js).
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

const { registerTypeScript, loadPeerNodes } = require('./load');

registerTypeScript();

const { COLUMNS, pagers, readers, runners } = require('./contestants');
const { loopback } = require('./loopback');
const { idleRate, once } = require('./measure');
const { network } = require('./network');
const { realN8n } = require('./realN8n');
const { profileAll } = require('./profile');
const { missed, printReport, setColumns } = require('./report');
const { startServer } = require('./serverClient');
const { trustedCertificateOrRerun } = require('./tls');

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const NET_RUNS = Number(process.env.BENCH_NET_RUNS ?? 3);
const ONLY = new Set((process.env.BENCH_ONLY ?? '1,2,3,4,5,6,7,8,9').split(',').map(Number));
const RTTS = (process.env.BENCH_RTTS ?? '20,60,120').split(',').map(Number);

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

if (typeof global.gc !== 'function') {
	console.error('Run with node --expose-gc (npm run bench does).');
	process.exit(2);
}

/**
 * n8n-nodes-base 2.41 loads under Node 20 today; should a later one not, the bench runs itself
 * again under the cached Node 24 (scripts/n8n/install.js).
 */
function peerNodesOrRerun() {
	try {
		return loadPeerNodes();
	} catch (error) {
		const { nodeBin } = require('../n8n/paths').paths();
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

/**
 * `--profile-run=<scenario>:<column>`: the body of one profiled process (see ./profile.js).
 * Only the runs after the warm-up count: their window (in the profile's clock) goes to
 * `window.json` in BENCH_PROFILE_DIR.
 */
async function profileRun(target, peers) {
	const [name, column] = target.split(':');
	const scenario = PROFILES[name];
	const server = await startServer(scenario.records);
	try {
		const run = runners(peers, server);
		const contestants =
			name === 'reads'
				? readers(run, scenario.items, { batching: false })
				: pagers(run, scenario.items);
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

	const networked = [6, 7, 8].some((n) => ONLY.has(n));
	// Node trusts an extra CA only from its start: the bench runs again in a child that trusts it.
	const tls = networked ? trustedCertificateOrRerun() : undefined;
	if (networked && !tls) return;

	const peers = peerNodesOrRerun();
	setColumns(COLUMNS);
	const loadBefore = os.loadavg();
	const started = Date.now();
	await loopback(peers, ONLY, RUNS);
	if (networked) await network(peers, tls, { only: ONLY, rtts: RTTS, runs: NET_RUNS });
	if (ONLY.has(9)) await realN8n(NET_RUNS);
	const loadAfter = os.loadavg();
	const idle = await idleRate();

	const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
	const minutes = ((Date.now() - started) / 60_000).toFixed(1);
	printReport(
		`InboxKit node benchmark: ${os.availableParallelism()} CPUs (${cpu}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GB; ` +
			`load average (1, 5, 15 min) ${loadBefore.map((l) => l.toFixed(1)).join(', ')} at start, ` +
			`${loadAfter.map((l) => l.toFixed(1)).join(', ')} at the end (${minutes} min); ` +
			`Node ${process.version} (bench and server); n8n-core ${require('n8n-core/package.json').version}, ` +
			`n8n-nodes-base ${peers.version} (HTTP Request 4.5, Predefined Credential Type); ` +
			`medians of ${RUNS} loopback runs after a warm-up, ${NET_RUNS} network runs (Return All at least 5); ` +
			`CPU times less the idle process's ${(idle * 1000).toFixed(0)} ms a second (heap sampling)`,
	);
	process.exitCode = missed() ? 1 : 0;
}

main()
	.catch((error) => {
		console.error(error);
		process.exitCode = 1;
	})
	.finally(() => {
		if (userFolder) fs.rmSync(userFolder, { recursive: true, force: true });
	});
