'use strict';
/**
 * Drives a real n8n (installed by ./n8n-install.js) with this package installed the way a user
 * installs a community node: `npm run build`, `npm pack`, then the tgz installed with npm into
 * `<N8N_USER_FOLDER>/.n8n/nodes`, where n8n loads packages named n8n-nodes-* from node_modules.
 *
 * Shared by `npm start` (./start.js) and the e2e tests.
 */
const crypto = require('node:crypto');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const http = require('node:http');
const { spawn, spawnSync } = require('node:child_process');

const { ensureN8n, paths, n8nEnv, progress } = require('./n8n-install');

const REPO = path.resolve(__dirname, '..');
const PACKAGE = require(path.join(REPO, 'package.json'));
const NODE_TYPE = `${PACKAGE.name}.inboxKit`;
const TRIGGER_TYPE = `${PACKAGE.name}.inboxKitTrigger`;
const POLL_TRIGGER_TYPE = `${PACKAGE.name}.inboxKitPollTrigger`;
const CREDENTIAL_ID = 'InboxKitSandbox1';
const CREDENTIAL_NAME = 'InboxKit API';

function log(message) {
	if (process.env.INBOXKIT_E2E_QUIET !== '1') process.stderr.write(`[n8n] ${message}\n`);
}

/**
 * Every n8n process this module started and that has not exited yet. Each runs in its own
 * process group (detached, so a stop reaches n8n's task runners too); if this process ends
 * with some still running (an uncaught error, process.exit), they are killed on the way out
 * rather than left orphaned.
 */
const live = new Set();
function track(child) {
	live.add(child);
	child.once('exit', () => live.delete(child));
	return child;
}
/** SIGKILL to the child's process group: what n8n left behind (its task runner) goes too. */
function killGroup(child) {
	try {
		process.kill(-child.pid, 'SIGKILL');
	} catch {
		// already gone
	}
}
process.once('exit', () => {
	for (const child of live) killGroup(child);
});

/** Stops every n8n process still running that this module started. */
function stopStarted() {
	return Promise.all([...live].map((child) => stopProcess(child)));
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

/**
 * Runs an n8n CLI command; resolves { stdout, stderr, status }. Asynchronous on purpose: the
 * InboxKit sandbox may live in this very process and must keep answering while n8n runs.
 */
function n8nCli(userFolder, args, { check = true, env = {}, timeoutMs = 5 * 60 * 1000 } = {}) {
	const p = paths();
	return new Promise((resolve, reject) => {
		const child = track(
			spawn(p.nodeBin, [p.n8nBin, ...args], {
				cwd: userFolder,
				// Each n8n process starts a task broker for its Code nodes (default port 5679): give CLI
				// runs their own port so they can run beside `npm start` or another test.
				env: n8nEnv(userFolder, { N8N_RUNNERS_BROKER_PORT: String(randomPort()), ...env }),
				stdio: ['ignore', 'pipe', 'pipe'],
				detached: process.platform !== 'win32',
			}),
		);
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (d) => (stdout += d));
		child.stderr.on('data', (d) => (stderr += d));
		let timedOut = false;
		const timer = setTimeout(() => {
			timedOut = true;
			stopProcess(child, 5000);
		}, timeoutMs);
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(error);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			const status = code ?? (signal ? 128 : 1);
			const result = { status, signal, stdout, stderr, timedOut };
			if (timedOut)
				return reject(
					new Error(
						`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout.slice(-3000)}\n${stderr.slice(-3000)}`,
					),
				);
			if (check && status !== 0) {
				return reject(
					new Error(
						`n8n ${args.join(' ')} exited ${status}\n--- stdout\n${stdout.slice(-4000)}\n--- stderr\n${stderr.slice(-4000)}`,
					),
				);
			}
			resolve(result);
		});
	});
}

function randomPort() {
	return 20000 + Math.floor(Math.random() * 30000);
}

function credentialJson({
	baseUrl,
	token,
	workspaceId = '',
	id = CREDENTIAL_ID,
	name = CREDENTIAL_NAME,
}) {
	return [{ id, name, type: 'inboxKitApi', data: { apiToken: token, workspaceId, baseUrl } }];
}

function writeJson(file, data) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
	return file;
}

/** `cli` holds options for n8nCli (e.g. the env of a Postgres-backed instance). */
function importCredential(userFolder, options, cli = {}) {
	const file = writeJson(
		path.join(userFolder, 'import', 'credentials.json'),
		credentialJson(options),
	);
	return n8nCli(userFolder, ['import:credentials', `--input=${file}`], cli);
}

/** Sets every InboxKit node of a workflow to use the given credential. */
function bindCredential(workflow, id = CREDENTIAL_ID, name = CREDENTIAL_NAME) {
	for (const node of workflow.nodes) {
		if ([NODE_TYPE, TRIGGER_TYPE, POLL_TRIGGER_TYPE].includes(node.type))
			node.credentials = { inboxKitApi: { id, name } };
	}
	return workflow;
}

/**
 * An InboxKit Poll Trigger node that polls a workspace's mailboxes every minute (n8n's shortest
 * poll interval); bindCredential gives it the credential.
 */
function pollTriggerNode(name, workspace) {
	return {
		id: crypto.randomUUID(),
		name,
		type: POLL_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			workspace: { __rl: true, mode: 'id', value: workspace },
			events: ['mailbox.status_changed'],
			options: {},
		},
	};
}

/** Imports workflows (objects); each must carry an id. Returns a promise. */
function importWorkflows(userFolder, workflows, cli = {}) {
	const file = writeJson(
		path.join(userFolder, 'import', `workflows-${Date.now()}.json`),
		workflows.map((w) => bindCredential(structuredClone(w))),
	);
	return n8nCli(userFolder, ['import:workflow', `--input=${file}`], cli);
}

/**
 * `n8n execute --id <id> --rawOutput`: resolves { status, stdout, stderr, data } with the parsed
 * run data, or throws with n8n's output.
 */
async function executeWorkflow(userFolder, id) {
	// `execute` prints its JSON through n8n's logger at level info: a lower level hides it.
	const result = await n8nCli(userFolder, ['execute', `--id=${id}`, '--rawOutput'], {
		check: false,
		env: { N8N_LOG_LEVEL: 'info' },
	});
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
		data: parseRunJson(result.stdout),
	};
}

/** The pretty-printed run JSON among n8n's other log lines: from a line "{" to the last "}". */
function parseRunJson(stdout) {
	const lines = stdout.split('\n');
	const first = lines.findIndex((l) => l === '{');
	if (first < 0) return undefined;
	for (let last = lines.length - 1; last > first; last--) {
		if (lines[last] !== '}') continue;
		try {
			return JSON.parse(lines.slice(first, last + 1).join('\n'));
		} catch {
			// keep looking for an earlier closing line
		}
	}
	return undefined;
}

/** The items a node put out in a run: [{json}, ...] of its first output. */
function runsOf(run, nodeName) {
	// `execute` prints the execution: { data: { resultData: { runData } }, status, ... }.
	const execution = run?.data?.resultData ? run.data : run;
	return execution?.resultData?.runData?.[nodeName];
}

function nodeOutput(run, nodeName, output = 0) {
	const runs = runsOf(run, nodeName);
	if (!runs) return undefined;
	const last = runs[runs.length - 1];
	return last.data?.main?.[output]?.map((item) => item.json);
}

function nodeError(run, nodeName) {
	const runs = runsOf(run, nodeName);
	return runs?.[runs.length - 1]?.error;
}

/**
 * Starts `n8n start` (or `n8n worker`, with its health server on `port`) in the background;
 * resolves when its readiness endpoint answers. A process that exits or does not get ready in
 * time is stopped and reported with its output.
 */
async function startN8n(
	userFolder,
	{ command = 'start', port = 5678, env = {}, stdio = 'pipe', timeoutMs = 120_000 } = {},
) {
	const p = paths();
	const ports =
		command === 'worker'
			? { QUEUE_HEALTH_CHECK_ACTIVE: 'true', QUEUE_HEALTH_CHECK_PORT: String(port) }
			: {
					N8N_PORT: String(port),
					N8N_LISTEN_ADDRESS: '127.0.0.1',
					N8N_HOST: 'localhost',
					N8N_EDITOR_BASE_URL: `http://localhost:${port}`,
				};
	const child = track(
		spawn(p.nodeBin, [p.n8nBin, command], {
			cwd: userFolder,
			env: n8nEnv(userFolder, {
				...ports,
				N8N_RUNNERS_BROKER_PORT: String(port + 1),
				...env,
			}),
			stdio: stdio === 'inherit' ? 'inherit' : ['ignore', 'pipe', 'pipe'],
			detached: process.platform !== 'win32',
		}),
	);
	let output = '';
	if (child.stdout) child.stdout.on('data', (d) => (output += d));
	if (child.stderr) child.stderr.on('data', (d) => (output += d));
	let exited = null;
	child.on('exit', (code, signal) => (exited = { code, signal }));

	const base = `http://127.0.0.1:${port}`;
	// n8n 1.x answers its readiness check before it mounts the REST API (an early
	// /rest/owner/setup gets a 404), so the main instance is ready once /rest/settings answers.
	const probes =
		command === 'start' ? ['/healthz/readiness', '/rest/settings'] : ['/healthz/readiness'];
	const deadline = Date.now() + timeoutMs;
	let ready = false;
	while (!ready && Date.now() < deadline) {
		if (exited) {
			killGroup(child);
			throw new Error(`n8n ${command} exited early (${JSON.stringify(exited)})\n${output}`);
		}
		const res = await httpGet(`${base}${probes[0]}`).catch(() => undefined);
		if (res && res.status === 200) probes.shift();
		if (probes.length === 0) ready = true;
		else await new Promise((r) => setTimeout(r, 500));
	}
	if (!ready) {
		await stopProcess(child);
		throw new Error(
			`n8n ${command} did not become ready on ${base} within ${timeoutMs} ms\n${output}`,
		);
	}
	return {
		child,
		url: base,
		output: () => output,
		stop: () => stopProcess(child),
	};
}

function stopProcess(child, timeoutMs = 15_000) {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		const timer = setTimeout(() => {
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				child.kill('SIGKILL');
			}
		}, timeoutMs);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			child.kill('SIGTERM');
		}
	});
}

function httpGet(url, headers = {}) {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { headers }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () =>
				resolve({
					status: res.statusCode,
					headers: res.headers,
					body: Buffer.concat(chunks).toString('utf8'),
				}),
			);
		});
		req.on('error', reject);
		req.setTimeout(10_000, () => req.destroy(new Error(`timeout GET ${url}`)));
	});
}

/** Fetches the node types n8n serves to its editor and returns the InboxKit ones. */
async function findServedNodeTypes(baseUrl) {
	const res = await httpGet(`${baseUrl}/types/nodes.json`);
	if (res.status !== 200)
		throw new Error(`GET /types/nodes.json answered ${res.status}: ${res.body.slice(0, 300)}`);
	const types = JSON.parse(res.body);
	return types.filter((t) => t.name === NODE_TYPE);
}

async function findServedCredentialTypes(baseUrl) {
	const res = await httpGet(`${baseUrl}/types/credentials.json`);
	if (res.status !== 200) throw new Error(`GET /types/credentials.json answered ${res.status}`);
	return JSON.parse(res.body).filter((t) => t.name === 'inboxKitApi');
}

/** A call to n8n's REST API as a logged-in user (cookie from start.js's ownerSession). */
async function rest(baseUrl, cookie, method, route, body) {
	const res = await fetch(`${baseUrl}/rest${route}`, {
		method,
		headers: { cookie, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	if (!res.ok)
		throw new Error(`${method} /rest${route} answered ${res.status}: ${text.slice(0, 1000)}`);
	return json?.data ?? json;
}

/** Activates (publishes) a workflow's current version, as the editor's switch does. */
async function activateWorkflow(baseUrl, cookie, id) {
	const workflow = await rest(baseUrl, cookie, 'GET', `/workflows/${id}`);
	return await rest(baseUrl, cookie, 'POST', `/workflows/${id}/activate`, {
		versionId: workflow.versionId,
	});
}

function deactivateWorkflow(baseUrl, cookie, id) {
	return rest(baseUrl, cookie, 'POST', `/workflows/${id}/deactivate`, {});
}

/** The executions n8n recorded for a workflow: [{ id, status, mode, ... }], newest first. */
async function listExecutions(baseUrl, cookie, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const page = await rest(baseUrl, cookie, 'GET', `/executions?filter=${filter}&limit=100`);
	return page.results ?? page;
}

/** One execution with its run data (n8n stores it "flatted"; its own copy of flatted reads it). */
async function getExecution(baseUrl, cookie, id) {
	const execution = await rest(baseUrl, cookie, 'GET', `/executions/${id}`);
	if (typeof execution.data === 'string') {
		const { parse } = require(path.join(paths().n8nDir, 'node_modules', 'flatted'));
		execution.data = parse(execution.data);
	}
	return execution;
}

function tmpDir(prefix) {
	return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

module.exports = {
	REPO,
	NODE_TYPE,
	TRIGGER_TYPE,
	POLL_TRIGGER_TYPE,
	CREDENTIAL_ID,
	CREDENTIAL_NAME,
	ensureN8n,
	buildAndPack,
	installPackage,
	n8nCli,
	importCredential,
	importWorkflows,
	bindCredential,
	pollTriggerNode,
	executeWorkflow,
	nodeOutput,
	nodeError,
	startN8n,
	stopProcess,
	stopStarted,
	progress,
	paths,
	httpGet,
	findServedNodeTypes,
	findServedCredentialTypes,
	rest,
	activateWorkflow,
	deactivateWorkflow,
	listExecutions,
	getExecution,
	tmpDir,
};
