#!/usr/bin/env node
'use strict';
/**
 * `npm run test:e2e:all`: the end-to-end suites once per tested n8n version
 * (./n8n/versions.js): for each version, its one-time install (if not cached yet), then the
 * e2e suite (test/e2e) and the queue-mode suite (test/e2e/queue), each timed. A failure does
 * not stop the other runs; the exit code says whether all passed.
 *
 *   node scripts/e2e-matrix.js [--versions 2.41.1,1.123.81] [--suites e2e,queue]
 */
const path = require('node:path');
const { spawn } = require('node:child_process');

const { TESTED } = require('./n8n/versions');
const { formatDuration } = require('./n8n/progress');

const REPO = path.resolve(__dirname, '..');
const SUITES = {
	e2e: 'test/e2e/jest.config.js',
	queue: 'test/e2e/queue/jest.config.js',
};

function parseArgs(argv) {
	const args = { versions: TESTED, suites: Object.keys(SUITES) };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split('=');
		const value = () => (inline !== undefined ? inline : argv[++i]);
		if (flag === '--versions') args.versions = value().split(',');
		else if (flag === '--suites') args.suites = value().split(',');
		else throw new Error(`unknown option ${argv[i]}`);
	}
	for (const suite of args.suites) if (!SUITES[suite]) throw new Error(`unknown suite ${suite}`);
	return args;
}

function run(command, args, env) {
	return new Promise((resolve) => {
		const child = spawn(command, args, { cwd: REPO, env, stdio: 'inherit' });
		child.on('error', () => resolve(1));
		child.on('close', (code) => resolve(code ?? 1));
	});
}

async function main() {
	const { versions, suites } = parseArgs(process.argv.slice(2));
	const rows = [];
	const timed = async (version, part, command, args) => {
		const env = { ...process.env, INBOXKIT_N8N_VERSION: version };
		process.stdout.write(`\n== n8n ${version}: ${part}\n`);
		const started = Date.now();
		const code = await run(command, args, env);
		rows.push({ version, part, ok: code === 0, took: Date.now() - started });
		return code === 0;
	};
	for (const version of versions) {
		const installed = await timed(
			version,
			'install (cached after the first run)',
			process.execPath,
			[path.join(__dirname, 'n8n', 'install.js')],
		);
		if (!installed) continue;
		for (const suite of suites) {
			await timed(version, `${suite} suite`, process.execPath, [
				require.resolve('jest/bin/jest', { paths: [REPO] }),
				'--ci',
				'-c',
				SUITES[suite],
			]);
		}
	}
	process.stdout.write('\n== e2e matrix\n');
	for (const row of rows)
		process.stdout.write(
			`${row.ok ? 'ok  ' : 'FAIL'}  n8n ${row.version.padEnd(9)} ${row.part.padEnd(40)} ${formatDuration(row.took)}\n`,
		);
	const skipped = versions.length * (suites.length + 1) - rows.length;
	if (skipped > 0) process.stdout.write(`(${skipped} runs skipped: their install failed)\n`);
	process.exit(rows.every((r) => r.ok) && skipped === 0 ? 0 : 1);
}

if (require.main === module) {
	main().catch((error) => {
		process.stderr.write(`[e2e-matrix] ${error.stack || error}\n`);
		process.exit(1);
	});
}
