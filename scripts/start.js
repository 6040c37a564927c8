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
 * 6 minutes, once per machine); see ./n8n/install.js. n8n's data (owner login, workflows,
 * executions) lives in <cache>/user-sandbox or <cache>/user-live and survives restarts.
 *
 * The editor's owner account is created on the first start:
 *   email    owner@inboxkit.local    (INBOXKIT_N8N_OWNER_EMAIL)
 *   password InboxKit-dev-1          (INBOXKIT_N8N_OWNER_PASSWORD)
 */
const fs = require('node:fs');
const path = require('node:path');

const runner = require('./n8n');
const { OWNER, ownerSession, servedInboxKitTypes } = require('./n8n/owner');
const { formatDuration, progress } = require('./n8n/progress');
const { parseArgs } = require('./start/args');
const { liveToken, liveCredential, sandboxCredential } = require('./start/credential');
const { readExamples, activateExampleTriggers } = require('./start/examples');

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
	const token = args.live ? liveToken() : undefined;
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
		const userFolder = path.resolve(
			args.userFolder || path.join(runner.paths().root, `user-${mode}`),
		);
		fs.mkdirSync(userFolder, { recursive: true });

		say(args.build ? 'building and packing the package' : 'packing the package (--no-build)');
		const packDir = runner.tmpDir('inboxkit-pack-');
		const tgz = runner.buildAndPack(packDir, { build: args.build });
		runner.installPackage(userFolder, tgz);
		fs.rmSync(packDir, { recursive: true, force: true });
		say(`${path.basename(tgz)} installed into ${userFolder}/.n8n/nodes`);

		let credential;
		if (args.live) {
			credential = liveCredential(token);
		} else {
			({ sandbox, credential } = await sandboxCredential());
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
		// Against the sandbox only: see activateExampleTriggers.
		const { activated, leftOff } = args.live
			? { activated: [], leftOff: [] }
			: await activateExampleTriggers(n8n.url, cookie, examples);
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
