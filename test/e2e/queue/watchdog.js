'use strict';
/**
 * Keeps the queue-mode suite's processes from outliving it. Started detached by ./stack.js:
 *
 *   node watchdog.js <parent pid> <deadline, epoch ms> <state file>
 *
 * The state file (JSON: { groups: [pid], dirs: [path] }) lists the process groups the suite
 * started (Postgres, Redis, n8n main and worker) and its temp folders. When the parent is gone
 * or the deadline has passed, the watchdog stops those groups (SIGTERM, SIGKILL after 10 s),
 * removes the folders and exits. A normal end of the suite deletes the state file, and the
 * watchdog then exits without touching anything.
 */
const fs = require('node:fs');

const [parent, deadline, stateFile] = [
	Number(process.argv[2]),
	Number(process.argv[3]),
	process.argv[4],
];

function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

function signalGroups(groups, signal) {
	for (const pid of groups) {
		try {
			process.kill(-pid, signal);
		} catch {
			// gone already
		}
	}
}

function cleanUp(reason) {
	let state;
	try {
		state = JSON.parse(fs.readFileSync(stateFile, 'utf8'));
	} catch {
		process.exit(0);
	}
	process.stderr.write(`[queue watchdog] ${reason}: stopping ${state.groups.join(', ')}\n`);
	signalGroups(state.groups, 'SIGTERM');
	setTimeout(() => {
		signalGroups(state.groups, 'SIGKILL');
		for (const dir of state.dirs) fs.rmSync(dir, { recursive: true, force: true });
		fs.rmSync(stateFile, { force: true });
		process.exit(0);
	}, 10_000);
}

const timer = setInterval(() => {
	if (!fs.existsSync(stateFile)) process.exit(0);
	if (!alive(parent)) {
		clearInterval(timer);
		cleanUp(`the test process ${parent} is gone`);
	} else if (Date.now() > deadline) {
		clearInterval(timer);
		cleanUp('the time limit has passed');
	}
}, 1000);
