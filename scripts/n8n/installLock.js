'use strict';
/**
 * A cache folder built once, whole or not at all: each folder is built in a temp sibling and
 * renamed into place when complete, so an interrupted install never leaves a half folder that
 * looks usable; a lock keeps two concurrent installers (e.g. `npm start` and `npm test`) from
 * doing the work twice.
 */
const fs = require('node:fs');
const path = require('node:path');

const { log, progress } = require('./progress');

const LOCK_STALE_MS = 60 * 60 * 1000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isComplete(dir) {
	return fs.existsSync(path.join(dir, '.complete'));
}

/**
 * A lock by exclusive mkdir; a lock whose owner is gone, or older than an hour (a killed
 * installer), is taken over. Waiting on another installer is reported like an install step.
 */
async function withLock(root, name, fn) {
	const lock = path.join(root, `.${name}.lock`);
	const deadline = Date.now() + LOCK_STALE_MS;
	let waiting;
	for (;;) {
		try {
			fs.mkdirSync(lock);
			fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
			break;
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
			let stale = false;
			let owner = '?';
			try {
				owner = fs.readFileSync(path.join(lock, 'pid'), 'utf8').trim();
				if (Number(owner)) process.kill(Number(owner), 0);
			} catch (e) {
				stale = e.code === 'ESRCH';
			}
			const age =
				Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (stale || age > LOCK_STALE_MS) {
				log(`removing stale lock ${lock}`);
				fs.rmSync(lock, { recursive: true, force: true });
				continue;
			}
			if (!waiting) {
				log(`another install of ${name} is running (pid ${owner}); waiting for it`);
				waiting = progress(`waiting for the other install of ${name} (pid ${owner})`);
			}
			if (Date.now() > deadline) {
				waiting();
				throw new Error(`timed out waiting for ${lock}`);
			}
			await sleep(2000);
		}
	}
	if (waiting) log(`the other install of ${name} ended after ${waiting()}`);
	try {
		return await fn();
	} finally {
		fs.rmSync(lock, { recursive: true, force: true });
	}
}

/** Builds `finalDir` by `build(tmpDir)` in a temp sibling, then renames it into place. */
async function installInto(root, finalDir, build) {
	if (isComplete(finalDir)) return false;
	return withLock(root, path.basename(finalDir), async () => {
		if (isComplete(finalDir)) return false;
		const tmp = `${finalDir}.tmp-${process.pid}-${Date.now()}`;
		// Leftovers of interrupted runs.
		for (const entry of fs.readdirSync(root)) {
			if (entry.startsWith(`${path.basename(finalDir)}.tmp-`))
				fs.rmSync(path.join(root, entry), { recursive: true, force: true });
		}
		fs.rmSync(finalDir, { recursive: true, force: true });
		fs.mkdirSync(tmp, { recursive: true });
		try {
			await build(tmp);
			fs.writeFileSync(path.join(tmp, '.complete'), new Date().toISOString() + '\n');
			fs.renameSync(tmp, finalDir);
		} catch (error) {
			fs.rmSync(tmp, { recursive: true, force: true });
			throw error;
		}
		return true;
	});
}

module.exports = { isComplete, installInto };
