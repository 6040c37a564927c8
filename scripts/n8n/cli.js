'use strict';
const { spawn } = require('node:child_process');

const { paths } = require('./paths');
const { n8nEnv } = require('./env');
const { track, stopProcess, randomPort } = require('./processes');

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

module.exports = { n8nCli };
