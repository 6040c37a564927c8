'use strict';
/**
 * One install step at a time: an npm (or node) command whose output goes to a log file, npm's
 * environment cleaned of the parent `npm run`'s settings, and the log files themselves.
 */
const fs = require('node:fs');
const path = require('node:path');
const { spawn } = require('node:child_process');

const { log, progress } = require('./progress');

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

module.exports = { runStep, countWarnings, npmEnv, nodeHeadersDir, logFileFor };
