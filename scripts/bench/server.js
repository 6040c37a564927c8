'use strict';
/**
 * The bench's InboxKit: test/sandbox's startSandbox in a process of its own (forked by
 * ./serverClient.js), so that the heap and CPU the bench measures are the client's alone.
 *
 * In front of the sandbox's routes it adds what the scenarios need, set per run over IPC:
 * - latency: every answer waits `latencyMs` (a real API is not on loopback);
 * - a rate limit: at most `max` requests per rolling `windowMs` per API key, answered 429 with
 *   X-RateLimit-Limit/-Remaining/-Reset (InboxKit documents 5,000 a minute per key and those
 *   headers; no source shows a Retry-After, so none is sent); refused requests do not count;
 * - counts: requests, TCP connections opened, the most in flight at once, 429s sent.
 */
const http = require('node:http');

let settings = { latencyMs: 0, limit: null };
let stats;
let windows; // per API key: arrival times (ms) of accepted requests, oldest first
let inFlight = 0;

function resetCounts() {
	stats = { requests: 0, connections: 0, peakInFlight: inFlight, limited: 0 };
	windows = new Map();
}
resetCounts();

/** Whether the key may send now; answers 429 itself when not. */
function admit(req, res) {
	const { limit } = settings;
	if (!limit) return true;
	const now = Date.now();
	const key = String(req.headers.authorization ?? '');
	const times = windows.get(key) ?? [];
	windows.set(key, times);
	while (times.length > 0 && times[0] <= now - limit.windowMs) times.shift();
	const reset = (at) => String(Math.ceil(at / 1000));
	if (times.length >= limit.max) {
		stats.limited++;
		res.writeHead(429, {
			'Content-Type': 'application/json; charset=utf-8',
			'X-RateLimit-Limit': String(limit.max),
			'X-RateLimit-Remaining': '0',
			'X-RateLimit-Reset': reset(times[0] + limit.windowMs),
		});
		res.end(JSON.stringify({ error: true, message: 'Too many requests' }));
		return false;
	}
	times.push(now);
	res.setHeader('X-RateLimit-Limit', String(limit.max));
	res.setHeader('X-RateLimit-Remaining', String(limit.max - times.length));
	res.setHeader('X-RateLimit-Reset', reset(times[0] + limit.windowMs));
	return true;
}

// The sandbox makes its server with http.createServer: its handler gets this gate in front.
const createServer = http.createServer;
http.createServer = (handler) => {
	const server = createServer((req, res) => {
		stats.requests++;
		stats.peakInFlight = Math.max(stats.peakInFlight, ++inFlight);
		res.on('close', () => inFlight--);
		if (!admit(req, res)) return;
		if (settings.latencyMs > 0) setTimeout(() => handler(req, res), settings.latencyMs);
		else handler(req, res);
	});
	// New TCP connections: a client without keep-alive opens one per request.
	server.on('connection', () => stats.connections++);
	return server;
};

const { startSandbox } = require('../../test/sandbox/server');
const { bulkState } = require('./fixtures');

let sandbox;
const commands = {
	/** `records`: how many mailboxes and domains the workspace holds ({ mailboxes, domains }). */
	async start({ records }) {
		sandbox = await startSandbox({ state: bulkState(records) });
		return { url: sandbox.url, token: sandbox.token };
	},
	/** New settings for the next run; counts and rate windows start afresh. */
	configure({ latencyMs = 0, limit = null }) {
		settings = { latencyMs, limit };
		sandbox.requests.length = 0; // the sandbox keeps every request: not across runs
		resetCounts();
		return {};
	},
	stats() {
		return { ...stats, recorded: sandbox.requests.length };
	},
	async close() {
		await sandbox?.close();
		setImmediate(() => process.exit(0));
		return {};
	},
};

process.on('message', async ({ id, command, ...args }) => {
	try {
		process.send({ id, result: await commands[command](args) });
	} catch (error) {
		process.send({ id, error: String(error?.stack ?? error) });
	}
});
// The bench died: do not outlive it.
process.on('disconnect', () => process.exit(0));
