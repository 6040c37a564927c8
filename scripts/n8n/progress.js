'use strict';
/**
 * What a long step says while it runs: a line every INBOXKIT_PROGRESS_SECONDS (default 20), and
 * how long it took.
 */
const PROGRESS_MS = Math.max(1, Number(process.env.INBOXKIT_PROGRESS_SECONDS) || 20) * 1000;

function log(message) {
	process.stderr.write(`[n8n-install] ${message}\n`);
}

/** 150000 -> "2m30s" */
function formatDuration(ms) {
	const seconds = Math.round(ms / 1000);
	const minutes = Math.floor(seconds / 60);
	return minutes > 0 ? `${minutes}m${String(seconds % 60).padStart(2, '0')}s` : `${seconds}s`;
}

/**
 * Logs "still <what>… 2m30s" every PROGRESS_MS until the returned function is called; that
 * returns the time taken ("3m05s").
 */
function progress(what, say = log) {
	const started = Date.now();
	const timer = setInterval(
		() => say(`still ${what}… ${formatDuration(Date.now() - started)}`),
		PROGRESS_MS,
	);
	return () => {
		clearInterval(timer);
		return formatDuration(Date.now() - started);
	};
}

module.exports = { log, formatDuration, progress };
