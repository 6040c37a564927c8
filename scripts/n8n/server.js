'use strict';
const { spawn } = require('node:child_process');

const { paths } = require('./paths');
const { n8nEnv } = require('./env');
const { track, killGroup, stopProcess } = require('./processes');
const { httpGet } = require('./rest');

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

module.exports = { startN8n };
