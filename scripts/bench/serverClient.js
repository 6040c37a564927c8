'use strict';
/** Starts ./server.js in its own process and talks to it over IPC. */
const { fork } = require('node:child_process');
const path = require('node:path');

/**
 * `records`: { mailboxes, domains }, how many of each the sandbox's workspace holds; `tls`:
 * { key, cert } to serve HTTPS behind the delaying proxy too (at `networkUrl`).
 */
async function startServer(records, { tls } = {}) {
	const child = fork(path.join(__dirname, 'server.js'), [], {
		// Plain node for the server: not the bench's --expose-gc or --cpu-prof.
		execArgv: [],
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	const pending = new Map();
	let next = 0;
	child.on('message', ({ id, result, error }) => {
		const waiter = pending.get(id);
		pending.delete(id);
		if (error) waiter?.reject(new Error(`bench server: ${error}`));
		else waiter?.resolve(result);
	});
	child.on('exit', (code) => {
		for (const waiter of pending.values())
			waiter.reject(new Error(`bench server exited (${code})`));
		pending.clear();
	});
	const call = (command, args = {}) =>
		new Promise((resolve, reject) => {
			const id = next++;
			pending.set(id, { resolve, reject });
			child.send({ id, command, ...args });
		});

	const { url, networkUrl, token } = await call('start', { records, tls });
	return {
		url,
		networkUrl,
		token,
		pid: child.pid,
		/** Latency, rate limit and round trip for the next run; resets counts and rate windows. */
		configure: (settings) => call('configure', settings),
		/** { requests, connections, peakInFlight, limited, perSecond, perMinute } since configure. */
		stats: () => call('stats'),
		close: async () => {
			await call('close').catch(() => {});
			if (child.connected) child.disconnect();
		},
	};
}

module.exports = { startServer };
