'use strict';
/**
 * This package as a user installs it: `npm run build`, `npm pack`, then the tgz installed with
 * npm into `<N8N_USER_FOLDER>/.n8n/nodes`, where n8n loads packages named n8n-nodes-* from
 * node_modules.
 */
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const REPO = path.resolve(__dirname, '..', '..');
const PACKAGE = require(path.join(REPO, 'package.json'));
const NODE_TYPE = `${PACKAGE.name}.inboxKit`;
const TRIGGER_TYPE = `${PACKAGE.name}.inboxKitTrigger`;
const POLL_TRIGGER_TYPE = `${PACKAGE.name}.inboxKitPollTrigger`;

function log(message) {
	if (process.env.INBOXKIT_E2E_QUIET !== '1') process.stderr.write(`[n8n] ${message}\n`);
}

function cleanEnv() {
	const env = { ...process.env };
	for (const key of Object.keys(env)) if (/^npm_/i.test(key)) delete env[key];
	return env;
}

function runSync(command, args, options = {}) {
	const result = spawnSync(command, args, {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
		...options,
	});
	if (result.error) throw result.error;
	if (result.status !== 0) {
		throw new Error(
			`${path.basename(command)} ${args.join(' ')} exited ${result.status}\n${result.stdout}\n${result.stderr}`,
		);
	}
	return result;
}

/** `npm run build` in the checkout, `npm pack` into outDir; returns the tgz path. */
function buildAndPack(outDir, { build = process.env.INBOXKIT_E2E_SKIP_BUILD !== '1' } = {}) {
	fs.mkdirSync(outDir, { recursive: true });
	if (build) {
		log('npm run build');
		runSync('npm', ['run', 'build'], { cwd: REPO, env: cleanEnv() });
	}
	const packed = runSync('npm', ['pack', '--json', '--pack-destination', outDir], {
		cwd: REPO,
		env: cleanEnv(),
	});
	const [{ filename }] = JSON.parse(packed.stdout);
	return path.join(outDir, path.basename(filename));
}

/** Installs the packed tgz as a community package of the n8n user folder. */
function installPackage(userFolder, tgz) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	if (!fs.existsSync(path.join(nodesDir, 'package.json'))) {
		fs.writeFileSync(
			path.join(nodesDir, 'package.json'),
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2) + '\n',
		);
	}
	// n8n-workflow is a peer dependency that n8n itself provides: do not install a copy.
	runSync(
		'npm',
		[
			'install',
			'--omit=peer',
			'--legacy-peer-deps',
			'--ignore-scripts',
			'--no-audit',
			'--no-fund',
			'--no-package-lock',
			tgz,
		],
		{
			cwd: nodesDir,
			env: cleanEnv(),
		},
	);
	const installed = path.join(nodesDir, 'node_modules', PACKAGE.name, 'package.json');
	if (!fs.existsSync(installed)) throw new Error(`package not installed at ${installed}`);
	return path.dirname(installed);
}

function tmpDir(prefix) {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = {
	REPO,
	PACKAGE,
	NODE_TYPE,
	TRIGGER_TYPE,
	POLL_TRIGGER_TYPE,
	buildAndPack,
	installPackage,
	tmpDir,
};
