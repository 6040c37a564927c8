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
 * - counts: requests, TCP connections opened, the most in flight at once, 429s sent, and the
 *   most requests that arrived within any second and any minute;
 * - a real network (./network.js): the same handler over HTTPS, behind a TCP proxy that delays
 *   every chunk by half the round trip (`rttMs`), and a new connection's first bytes by one more
 *   round trip (TCP's handshake): a fresh HTTPS request then takes ~3 round trips, as over the
 *   internet, and a request on a kept-alive connection ~1.
 */
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const { startDelayProxy } = require('./proxy');

let settings = { latencyMs: 0, limit: null, rttMs: 0 };
let stats;
let windows; // per API key: arrival times (ms) of accepted requests, oldest first
let arrivals; // every request's arrival time (ms), in order
let inFlight = 0;

function resetCounts() {
	stats = { requests: 0, connections: 0, peakInFlight: inFlight, limited: 0 };
	windows = new Map();
	arrivals = [];
}

/** The most of the (sorted) `times` within any `windowMs`. */
function mostWithin(times, windowMs) {
	let most = 0;
	for (let first = 0, last = 0; first < times.length; first++) {
		while (last < times.length && times[last] < times[first] + windowMs) last++;
		most = Math.max(most, last - first);
	}
	return most;
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
let gated; // the sandbox's handler behind the gate, for the HTTPS server too
http.createServer = (handler) => {
	gated = (req, res) => {
		stats.requests++;
		arrivals.push(Date.now());
		stats.peakInFlight = Math.max(stats.peakInFlight, ++inFlight);
		res.on('close', () => inFlight--);
		if (!admit(req, res)) return;
		if (settings.latencyMs > 0) setTimeout(() => handler(req, res), settings.latencyMs);
		else handler(req, res);
	};
	const server = createServer(gated);
	// New TCP connections: a client without keep-alive opens one per request.
	server.on('connection', () => stats.connections++);
	return server;
};

const { startSandbox } = require('../../test/sandbox/server');
const { bulkState } = require('./fixtures');

let sandbox;
let secure; // the HTTPS server and its delaying proxy, when started with a certificate
const commands = {
	/**
	 * `records`: how many mailboxes and domains the workspace holds ({ mailboxes, domains });
	 * `tls`: { key, cert } file paths, to serve HTTPS behind the delaying proxy as well.
	 */
	async start({ records, tls }) {
		sandbox = await startSandbox({ state: bulkState(records) });
		let networkUrl;
		if (tls) {
			const server = https.createServer(
				{ key: fs.readFileSync(tls.key), cert: fs.readFileSync(tls.cert) },
				gated,
			);
			// Each TLS handshake: with n8n's agent per request, one per request.
			server.on('secureConnection', () => stats.connections++);
			await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
			const proxy = await startDelayProxy(server.address().port, () => settings.rttMs);
			secure = { server, proxy };
			networkUrl = `https://127.0.0.1:${proxy.port}`;
		}
		return { url: sandbox.url, networkUrl, token: sandbox.token };
	},
	/** New settings for the next run; counts and rate windows start afresh. */
	configure({ latencyMs = 0, limit = null, rttMs = 0 }) {
		settings = { latencyMs, limit, rttMs };
		sandbox.requests.length = 0; // the sandbox keeps every request: not across runs
		resetCounts();
		return {};
	},
	stats() {
		return {
			...stats,
			recorded: sandbox.requests.length,
			perSecond: mostWithin(arrivals, 1000),
			perMinute: mostWithin(arrivals, 60_000),
		};
	},
	async close() {
		secure?.proxy.close();
		secure?.server.closeAllConnections?.();
		secure?.server.close();
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
