'use strict';
/**
 * Every n8n process this package's scripts started and that has not exited yet. Each runs in its
 * own process group (detached, so a stop reaches n8n's task runners too); if this process ends
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

/** Stops every n8n process still running that these scripts started. */
function stopStarted() {
	return Promise.all([...live].map((child) => stopProcess(child)));
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

function randomPort() {
	return 20000 + Math.floor(Math.random() * 30000);
}

module.exports = { track, killGroup, stopProcess, stopStarted, randomPort };
