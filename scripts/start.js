#!/usr/bin/env node
'use strict';
/**
 * `npm start`: a real n8n on http://localhost:5678 with this package installed as a community
 * node, an "InboxKit API" credential and the example workflows imported.
 *
 *   npm start                      credential points at the local InboxKit sandbox
 *                                  (test/sandbox/server.js): no InboxKit account needed
 *   npm start -- --live            credential points at https://api.inboxkit.com with the token
 *                                  from INBOXKIT_API_TOKEN (and INBOXKIT_WORKSPACE_ID, optional)
 *
 * Options: --port <n> (or N8N_PORT; default 5678), --no-build (use dist/ as it is),
 * --check (start, verify that the editor serves the InboxKit node type, stop; exit code says).
 *
 * The first run installs Node 24 and n8n into a cache folder outside the checkout (about
 * 6 minutes, once per machine); see ./n8n-install.js. n8n's data (owner login, workflows,
 * executions) lives in <cache>/user-sandbox or <cache>/user-live and survives restarts.
 *
 * The editor's owner account is created on the first start:
 *   email    owner@inboxkit.local    (INBOXKIT_N8N_OWNER_EMAIL)
 *   password InboxKit-dev-1          (INBOXKIT_N8N_OWNER_PASSWORD)
 */
const fs = require('node:fs');
const path = require('node:path');

const runner = require('./n8n-runner');
const { paths, formatDuration, progress } = require('./n8n-install');

const OWNER = {
	email: process.env.INBOXKIT_N8N_OWNER_EMAIL || 'owner@inboxkit.local',
	password: process.env.INBOXKIT_N8N_OWNER_PASSWORD || 'InboxKit-dev-1',
	firstName: 'InboxKit',
	lastName: 'Developer',
};

function parseArgs(argv) {
	const args = {
		live: false,
		build: true,
		check: false,
		port: Number(process.env.N8N_PORT || 5678),
		userFolder: process.env.INBOXKIT_N8N_USER_FOLDER,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--live') args.live = true;
		else if (a === '--no-build') args.build = false;
		else if (a === '--check') args.check = true;
		else if (a === '--port') args.port = Number(argv[++i]);
		else if (a.startsWith('--port=')) args.port = Number(a.slice(7));
		else if (a === '--user-folder') args.userFolder = argv[++i];
		else if (a === '--help' || a === '-h') {
			process.stdout.write(
				fs
					.readFileSync(__filename, 'utf8')
					.split('*/')[0]
					.replace(/^[\s\S]*?\/\*\*/, '') + '\n',
			);
			process.exit(0);
		} else throw new Error(`unknown option ${a}`);
	}
	if (!Number.isInteger(args.port) || args.port <= 0) throw new Error('--port needs a port number');
	return args;
}

function readExamples() {
	const dir = path.join(runner.REPO, 'examples');
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

async function postJson(url, body, headers = {}) {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, headers: res.headers, body: text };
}

/** Creates the owner account if the instance has none yet; returns a session cookie. */
async function ownerSession(baseUrl) {
	const setup = await postJson(`${baseUrl}/rest/owner/setup`, OWNER);
	let cookie = setup.status === 200 ? setup.headers.get('set-cookie') : undefined;
	if (!cookie) {
		const login = await postJson(`${baseUrl}/rest/login`, {
			emailOrLdapLoginId: OWNER.email,
			password: OWNER.password,
		});
		if (login.status !== 200) {
			throw new Error(
				`could not log in as ${OWNER.email} (owner setup answered ${setup.status}: ${setup.body.slice(0, 200)}; login answered ${login.status}: ${login.body.slice(0, 200)})`,
			);
		}
		cookie = login.headers.get('set-cookie');
	}
	return String(cookie).split(';')[0];
}

/** GET /types/nodes.json as the owner: the node types the editor offers. */
async function servedInboxKitTypes(baseUrl, cookie) {
	const get = async (p) => {
		const res = await fetch(`${baseUrl}${p}`, { headers: { cookie } });
		if (res.status !== 200) throw new Error(`GET ${p} answered ${res.status}`);
		return res.json();
	};
	const types = await get('/types/nodes.json');
	const nodes = types.filter((t) => t.name === runner.NODE_TYPE);
	const triggers = types.filter((t) => t.name === runner.TRIGGER_TYPE);
	const credentials = (await get('/types/credentials.json')).filter(
		(t) => t.name === 'inboxKitApi',
	);
	return { nodes, triggers, credentials };
}

/**
 * Everything after the arguments: each thing started (the sandbox, n8n) is stopped again on
 * every way out (an error at any step, Ctrl+C, --check done); only a successful interactive
 * start leaves n8n running, until Ctrl+C.
 */
async function main() {
	const args = parseArgs(process.argv.slice(2));
	const started = Date.now();
	const elapsed = () => formatDuration(Date.now() - started);
	const say = (message) => console.log(`[start] ${message} (${elapsed()})`);
	let token;
	if (args.live) {
		token = process.env.INBOXKIT_API_TOKEN;
		if (!token)
			throw new Error(
				'--live needs the InboxKit API token in the environment variable INBOXKIT_API_TOKEN',
			);
	}

	let sandbox;
	let stopping = false;
	let ready = false;
	const stopAll = async () => {
		await runner.stopStarted();
		if (sandbox) await sandbox.close().catch(() => undefined);
		sandbox = undefined;
	};
	const onSignal = async () => {
		if (stopping) return;
		stopping = true;
		console.log('\n[start] stopping n8n');
		await stopAll();
		// Ctrl+C is how a running n8n is stopped (success); during the setup it interrupts it.
		process.exit(ready ? 0 : 130);
	};
	process.on('SIGINT', onSignal);
	process.on('SIGTERM', onSignal);

	try {
		const { version } = runner.paths();
		say(`n8n ${version}: checking the install in ${runner.paths().root}`);
		await runner.ensureN8n();
		const mode = args.live ? 'live' : 'sandbox';
		const userFolder = path.resolve(args.userFolder || path.join(paths().root, `user-${mode}`));
		fs.mkdirSync(userFolder, { recursive: true });

		say(args.build ? 'building and packing the package' : 'packing the package (--no-build)');
		const packDir = runner.tmpDir('inboxkit-pack-');
		const tgz = runner.buildAndPack(packDir, { build: args.build });
		runner.installPackage(userFolder, tgz);
		fs.rmSync(packDir, { recursive: true, force: true });
		say(`${path.basename(tgz)} installed into ${userFolder}/.n8n/nodes`);

		let credential;
		if (args.live) {
			credential = {
				baseUrl: 'https://api.inboxkit.com',
				token,
				workspaceId: process.env.INBOXKIT_WORKSPACE_ID || '',
			};
		} else {
			const { startSandbox } = require('../test/sandbox/server');
			sandbox = await startSandbox({
				port: Number(process.env.INBOXKIT_SANDBOX_PORT || 0) || undefined,
				// Purchases change status (and send their webhooks) this long after: InboxKit takes
				// minutes to hours, the sandbox seconds.
				statusChanges: {
					afterMs: Number(process.env.INBOXKIT_SANDBOX_STATUS_DELAY_MS || 5000),
					log: (line) => console.log(`[sandbox] webhook ${line}`),
				},
			});
			credential = {
				baseUrl: sandbox.url.replace(/\/v1\/api\/?$/, ''),
				token: sandbox.token,
				workspaceId: 'ws_main01',
			};
			say(`InboxKit sandbox on ${sandbox.url} (token ${sandbox.token})`);
		}
		await runner.importCredential(userFolder, credential);
		const examples = readExamples();
		if (examples.length > 0) await runner.importWorkflows(userFolder, examples);
		say(
			`imported the "${runner.CREDENTIAL_NAME}" credential and ${examples.length} example workflows`,
		);

		// The sandbox delivers webhooks to loopback only: n8n's webhook URLs point at 127.0.0.1.
		// Live, InboxKit must reach n8n: set WEBHOOK_URL to n8n's public https address yourself.
		const n8nEnv = {};
		if (!args.live && !process.env.WEBHOOK_URL && !process.env.N8N_WEBHOOK_URL)
			n8nEnv.WEBHOOK_URL = `http://127.0.0.1:${args.port}/`;
		say(`starting n8n ${version} on port ${args.port}`);
		const waiting = progress(`starting n8n ${version}`, (m) => console.log(`[start] ${m}`));
		let n8n;
		try {
			n8n = await runner.startN8n(userFolder, {
				port: args.port,
				stdio: args.check ? 'pipe' : 'inherit',
				env: n8nEnv,
			});
		} finally {
			waiting();
		}
		const cookie = await ownerSession(n8n.url);
		const served = await servedInboxKitTypes(n8n.url, cookie);
		if (
			served.nodes.length === 0 ||
			served.triggers.length === 0 ||
			served.credentials.length === 0
		) {
			throw new Error(
				`n8n is up but does not serve ${runner.NODE_TYPE}, ${runner.TRIGGER_TYPE} and inboxKitApi (nodes: ${served.nodes.length}, triggers: ${served.triggers.length}, credentials: ${served.credentials.length})`,
			);
		}
		// Against the sandbox, the examples' triggers are switched on, so a purchase made in the
		// editor comes back as a webhook. Never live: that would change a real workspace's URL.
		// InboxKit keeps one webhook URL per workspace, so one trigger per workspace is switched on:
		// the first example (by file name) that listens to it; the others are named as left off.
		const activated = [];
		const leftOff = [];
		if (!args.live) {
			const taken = new Set();
			for (const workflow of examples) {
				const trigger = workflow.nodes.find((n) => n.type === runner.TRIGGER_TYPE);
				if (!trigger) continue;
				const workspace = trigger.parameters.workspace?.value || 'the default workspace';
				if (taken.has(workspace)) {
					leftOff.push(`${workflow.name} (another example listens to ${workspace})`);
					continue;
				}
				taken.add(workspace);
				const current = await runner.rest(n8n.url, cookie, 'GET', `/workflows/${workflow.id}`);
				if (!current.active) await runner.activateWorkflow(n8n.url, cookie, workflow.id);
				activated.push(workflow.name);
			}
		}
		const summary = {
			url: `http://localhost:${args.port}`,
			mode,
			n8nVersion: version,
			nodeType: runner.NODE_TYPE,
			nodeVersions: served.nodes.map((n) => n.version),
			triggerType: runner.TRIGGER_TYPE,
			activated,
			notActivated: leftOff,
			owner: { email: OWNER.email, password: OWNER.password },
			userFolder,
			sandbox: sandbox ? sandbox.url : undefined,
			seconds: Number(((Date.now() - started) / 1000).toFixed(1)),
		};
		if (args.check) {
			console.log(`[start] CHECK OK ${JSON.stringify(summary)}`);
			await stopAll();
			return;
		}

		console.log(`
n8n ${version} with n8n-nodes-inboxkit is ready (${elapsed()}): http://localhost:${args.port}
  log in as ${OWNER.email} / ${OWNER.password}
  credential "${runner.CREDENTIAL_NAME}" -> ${args.live ? 'https://api.inboxkit.com (live!)' : `the local sandbox ${sandbox.url}`}
  example workflows: ${examples.map((w) => w.name).join('; ')}${activated.length > 0 ? `\n  active (the sandbox's webhooks start them): ${activated.join('; ')}` : ''}
Press Ctrl+C to stop.`);
		ready = true;

		n8n.child.on('exit', async (code) => {
			if (stopping) return;
			await stopAll();
			process.exit(code ?? 1);
		});
	} catch (error) {
		await stopAll();
		throw error;
	}
}

if (require.main === module) {
	main().catch((error) => {
		console.error(`[start] ${error.stack || error}`);
		process.exit(1);
	});
}

module.exports = { ownerSession, servedInboxKitTypes, OWNER };
