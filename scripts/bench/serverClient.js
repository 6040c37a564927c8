'use strict';
/** Starts ./server.js in its own process and talks to it over IPC. */
const { fork } = require('node:child_process');
const path = require('node:path');

/** `records`: { mailboxes, domains }, how many of each the sandbox's workspace holds. */
async function startServer(records) {
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

	const { url, token } = await call('start', { records });
	return {
		url,
		token,
		pid: child.pid,
		/** Latency and rate limit for the next run; resets counts and rate windows. */
		configure: (settings) => call('configure', settings),
		/** { requests, peakInFlight, limited } since the last configure. */
		stats: () => call('stats'),
		close: async () => {
			await call('close').catch(() => {});
			if (child.connected) child.disconnect();
		},
	};
}

module.exports = { startServer };
