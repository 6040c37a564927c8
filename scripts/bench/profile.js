'use strict';
/**
 * `npm run bench -- --cpu-prof[=return-all]`: where the time of 500 reads (or of Return All) goes. Our node and the HTTP
 * Request node each run in a process of their own under `node --cpu-prof` (so each profile holds
 * one side only), and each .cpuprofile is summarised: self time by origin (our node's code,
 * n8n-core, n8n-workflow, the HTTP client, Node's internals, GC) and the top functions.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { ROOT } = require('./load');

/** The package (or part of the project) a profiled function's file belongs to. */
function originOf({ functionName, url }) {
	if (!url) return functionName.startsWith('(') ? functionName : '(native)';
	if (url.startsWith('node:')) return 'Node.js internals (node:*)';
	const file = url.replace(/^file:\/\//, '');
	const modules = file.lastIndexOf('/node_modules/');
	if (modules !== -1) {
		const parts = file.slice(modules + '/node_modules/'.length).split('/');
		return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
	}
	const inRepo = path.relative(ROOT, file);
	if (inRepo.startsWith('nodes/') || inRepo.startsWith('credentials/'))
		return 'InboxKit node (nodes/, credentials/)';
	if (inRepo.startsWith('test/')) return 'bench harness (test/support)';
	if (inRepo.startsWith('scripts/')) return 'bench (scripts/)';
	return 'other';
}

function where({ url, lineNumber }) {
	if (!url) return '';
	const file = url.replace(/^file:\/\//, '');
	const modules = file.lastIndexOf('/node_modules/');
	const short =
		modules !== -1
			? file.slice(modules + '/node_modules/'.length)
			: file.startsWith(ROOT)
				? path.relative(ROOT, file)
				: file;
	return `${short}:${lineNumber + 1}`;
}

/**
 * Self time per function and per origin, in ms, from a V8 .cpuprofile, counting only samples
 * within `window` ({ start, end } in the profile's clock, µs): the measured runs, not start-up.
 */
function selfTimes(profile, window) {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const self = new Map();
	const { samples, timeDeltas } = profile;
	let at = profile.startTime;
	for (let i = 0; i < samples.length; i++) {
		at += timeDeltas[i];
		if (window && (at < window.start || at > window.end)) continue;
		// timeDeltas[i + 1] is the time from sample i to the next one: spent where sample i was.
		const us = timeDeltas[i + 1] ?? 0;
		self.set(samples[i], (self.get(samples[i]) ?? 0) + us);
	}
	const functions = new Map();
	const origins = new Map();
	for (const [id, us] of self) {
		const frame = byId.get(id).callFrame;
		const key = `${frame.functionName || '(anonymous)'} ${where(frame)}`;
		functions.set(key, (functions.get(key) ?? 0) + us / 1000);
		const origin = originOf(frame);
		origins.set(origin, (origins.get(origin) ?? 0) + us / 1000);
	}
	return { functions, origins };
}

function summarise(file, label, items, window) {
	const { functions, origins } = selfTimes(JSON.parse(fs.readFileSync(file, 'utf8')), window);
	const busy = [...origins.values()].reduce((a, b) => a + b, 0) - (origins.get('(idle)') ?? 0);
	// The profiler samples wall time: on a busy machine, time the thread waited for a core is
	// counted where it was when descheduled, so shares tell more than the milliseconds.
	const lines = [
		`${label}: ${busy.toFixed(0)} ms sampled (idle excluded), ${(busy / items).toFixed(2)} ms per item`,
	];
	const share = (ms) =>
		`${ms.toFixed(0).padStart(6)} ms ${((100 * ms) / busy).toFixed(1).padStart(5)}%`;
	const top = (map, count) =>
		[...map]
			.filter(([key]) => !key.startsWith('(idle)'))
			.sort((a, b) => b[1] - a[1])
			.slice(0, count);
	lines.push('  self time by origin:');
	const shown = top(origins, 14);
	for (const [origin, ms] of shown) lines.push(`    ${share(ms)}  ${origin}`);
	const rest = busy - shown.reduce((sum, [, ms]) => sum + ms, 0);
	lines.push(`    ${share(rest)}  (${origins.size - shown.length - 1} other origins)`);
	lines.push('  top functions by self time:');
	for (const [key, ms] of top(functions, 30)) lines.push(`    ${share(ms)}  ${key}`);
	const ours = top(functions, functions.size).filter(([key]) =>
		/\s(nodes|credentials)\//.test(key),
	);
	lines.push("  our node's functions by self time:");
	for (const [key, ms] of ours.slice(0, 15)) lines.push(`    ${share(ms)}  ${key}`);
	return lines.join('\n');
}

/**
 * Runs `node --cpu-prof <bench> --profile-run=<run>` for each target ({ run, label }) and prints
 * the summaries.
 */
function profileAll(targets, items) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inboxkit-bench-prof-'));
	const summaries = [];
	for (const [index, { run, label }] of targets.entries()) {
		const out = path.join(dir, String(index));
		fs.mkdirSync(out);
		const result = spawnSync(
			process.execPath,
			[
				'--expose-gc',
				'--cpu-prof',
				`--cpu-prof-dir=${out}`,
				path.join(ROOT, 'scripts', 'bench', 'index.js'),
				`--profile-run=${run}`,
			],
			{ stdio: 'inherit', env: { ...process.env, BENCH_PROFILE_DIR: out } },
		);
		if (result.status !== 0) throw new Error(`profiling ${label} failed (${result.status})`);
		const [file] = fs.readdirSync(out).filter((f) => f.endsWith('.cpuprofile'));
		const window = JSON.parse(fs.readFileSync(path.join(out, 'window.json'), 'utf8'));
		summaries.push(summarise(path.join(out, file), label, items, window));
		summaries.push(`  (profile: ${path.join(out, file)})`);
	}
	console.log(summaries.join('\n'));
}

module.exports = { profileAll, summarise };
