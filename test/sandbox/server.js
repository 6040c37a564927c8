'use strict';
/**
 * A local stand-in for the InboxKit API (https://api.inboxkit.com/v1/api) for tests and
 * `npm start`: node:http on 127.0.0.1, in-memory state, answers in InboxKit's shapes.
 *
 * It checks what a real call must carry (bearer token, X-Workspace-Id on workspace-level
 * routes, required fields) and records every request so tests can assert on it. Faults can be
 * scripted per route to test retries and error handling.
 *
 * Routes live in ./routes/<resource>.js as entries { method, path, scope, handle }. A path may
 * carry values in braces (`/mailboxes/{uid}/profile-picture`); the handler gets them as `params`.
 */
const fs = require('node:fs');
const http = require('node:http');
const { join } = require('node:path');
const { URL } = require('node:url');

const { seedState } = require('./state');
const { HttpAnswer } = require('./answers');
const { createStatusChanges } = require('./webhooks');

const API_PREFIX = '/v1/api';

/** `/mailboxes/{uid}/x` as a pattern that captures `uid` from one path segment. */
function pathPattern(path) {
	const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, '(?<$1>[^/]+)');
	return new RegExp(`^${source}$`);
}

/** Every ./routes/<resource>.js: a new resource's routes are one file, found here. */
function loadRoutes() {
	const dir = join(__dirname, 'routes');
	const routes = new Map();
	for (const file of fs
		.readdirSync(dir)
		.filter((name) => name.endsWith('.js'))
		.sort()) {
		for (const route of require(join(dir, file)).routes) {
			if (route.path.includes('{')) route.pattern = pathPattern(route.path);
			routes.set(`${route.method} ${route.path}`, route);
		}
	}
	return routes;
}

/** The route for `METHOD path`, and the values its path carries. */
function findRoute(routes, method, path) {
	const exact = routes.get(`${method} ${path}`);
	if (exact) return { route: exact, params: {} };
	for (const route of routes.values()) {
		const match = route.method === method && route.pattern?.exec(path);
		if (match) {
			const params = {};
			for (const [key, value] of Object.entries(match.groups ?? {})) {
				try {
					params[key] = decodeURIComponent(value);
				} catch {
					return undefined;
				}
			}
			return { route, params };
		}
	}
	return undefined;
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function send(res, status, body, headers = {}) {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
	res.end(text);
}

/** Parses a JSON body; undefined when there is none. */
function parseBody(raw) {
	if (raw.length === 0) return undefined;
	try {
		return JSON.parse(raw.toString('utf8'));
	} catch {
		throw new HttpAnswer(400, { error: true, message: 'Request body is not valid JSON' });
	}
}

/**
 * @param {{ token?: string, state?: object, port?: number, statusChanges?: { afterMs?: number,
 *   retries?: number, retryDelayMs?: number, log?: (line: string) => void } }} [options]
 *   statusChanges.afterMs: a purchased domain or mailbox changes status (and the webhook is
 *   sent) that many ms later; left out, changes wait for flushStatusChanges().
 */
async function startSandbox(options = {}) {
	const token = options.token ?? 'test-token-123';
	const routes = loadRoutes();
	let state = seedState(options.state);
	const requests = [];
	const faults = new Map();
	const statusChanges = createStatusChanges({
		token,
		getState: () => state,
		...options.statusChanges,
	});
	const hidden = new Set();

	async function handle(req, res) {
		const url = new URL(req.url, 'http://sandbox');
		const raw = await readBody(req);
		const path = url.pathname.startsWith(API_PREFIX)
			? url.pathname.slice(API_PREFIX.length)
			: url.pathname;
		const record = {
			method: req.method,
			path,
			query: Object.fromEntries(url.searchParams),
			headers: req.headers,
			rawBody: raw,
			body: undefined,
			/** When the request arrived (ms since the epoch), for tests of Retry-After. */
			receivedAt: Date.now(),
		};
		requests.push(record);

		const key = `${req.method} ${path}`;
		const fault = faults.get(key)?.shift();
		/** The scripted answer instead of the route's; false when the fault only delays. */
		async function sendFault() {
			if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
			if (fault.reset) {
				req.socket.destroy();
				return true;
			}
			if (fault.status === undefined) return false;
			const body = fault.raw ?? fault.body ?? { error: true, message: `Scripted ${fault.status}` };
			res.writeHead(fault.status, {
				'Content-Type': fault.contentType ?? 'application/json',
				...fault.headers,
			});
			res.end(typeof body === 'string' ? body : JSON.stringify(body));
			return true;
		}
		// `applied: true`: the route does its work first, then the scripted answer is sent (a call
		// that took effect although the caller saw it fail).
		if (fault && !fault.applied && (await sendFault())) return;

		if (req.headers.authorization !== `Bearer ${token}`) {
			return send(res, 401, {
				code: 401,
				message: req.headers.authorization ? 'jwt malformed' : 'No authorization token was found',
			});
		}
		const found = hidden.has(key) ? undefined : findRoute(routes, req.method, path);
		// InboxKit's gateway answer for a route it does not know: no `error` field.
		if (!url.pathname.startsWith(API_PREFIX) || !found)
			return send(res, 404, { code: 404, message: 'Not found' });
		const { route, params } = found;

		try {
			record.body = parseBody(raw);
			let workspace;
			if (route.scope === 'workspace') {
				const uid = req.headers['x-workspace-id'];
				if (!uid)
					throw new HttpAnswer(400, { error: true, message: 'X-Workspace-Id header is required' });
				workspace = state.workspaces.find((w) => w.uid === uid);
				if (!workspace) throw new HttpAnswer(404, { error: true, message: 'Workspace not found' });
			}
			const answer = await route.handle({
				query: record.query,
				params,
				body: record.body ?? {},
				workspace,
				state,
				headers: req.headers,
				statusChanges,
			});
			if (fault?.applied && (await sendFault())) return;
			if (answer instanceof HttpAnswer)
				return send(res, answer.status, answer.body, answer.headers);
			return send(res, 200, answer);
		} catch (error) {
			if (error instanceof HttpAnswer) return send(res, error.status, error.body, error.headers);
			return send(res, 500, { error: true, message: `Sandbox failure: ${error.message}` });
		}
	}

	// How many requests were being answered at once, at most: parallel reads and paced writes show here.
	const load = { inFlight: 0, peak: 0 };
	const server = http.createServer((req, res) => {
		load.peak = Math.max(load.peak, ++load.inFlight);
		res.on('close', () => load.inFlight--);
		handle(req, res).catch((error) => send(res, 500, { error: true, message: String(error) }));
	});
	await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const { port } = server.address();

	return {
		token,
		/** The credential's Base URL for this sandbox. */
		url: `http://127.0.0.1:${port}`,
		requests,
		get state() {
			return state;
		},
		/** The most requests in flight at once since the last reset. */
		get peakInFlight() {
			return load.peak;
		},
		/** Requests that reached a route, in order, optionally only those to `METHOD /path`. */
		calls(key) {
			return requests.filter((r) => !key || `${r.method} ${r.path}` === key);
		},
		/**
		 * Scripts the next answers of `METHOD /path`, one per request, before normal handling:
		 * { status, body?, raw?, headers?, contentType? } | { reset: true } | { delayMs, ... };
		 * add `applied: true` to let the route do its work before the scripted answer.
		 */
		fault(key, ...answers) {
			faults.set(key, [...(faults.get(key) ?? []), ...answers]);
		},
		/** Webhook deliveries, in order: { url, event, headers, body, attempts, delivered, skipped? }. */
		deliveries: statusChanges.deliveries,
		/** Status changes waiting to happen: [{ kind, uid, changes }]. */
		get scheduledStatusChanges() {
			return statusChanges.scheduled;
		},
		/** Makes every waiting status change now and sends its webhook; resolves with the deliveries. */
		flushStatusChanges() {
			return statusChanges.flush();
		},
		/** Changes a domain's or mailbox's status now, e.g. ('mailbox', uid, { status: 'failed' }). */
		changeStatus(kind, uid, changes) {
			return statusChanges.change(kind, uid, changes);
		},
		/** The team-level URL (Settings -> API -> Webhooks); used where a workspace has none. */
		setTeamWebhookUrl(url) {
			state.teamWebhookUrl = url;
		},
		/** Makes `METHOD /path` unknown until the next reset, as a route InboxKit moved or dropped. */
		hide(key) {
			hidden.add(key);
		},
		reset(stateOverrides) {
			state = seedState(stateOverrides ?? options.state);
			requests.length = 0;
			faults.clear();
			load.peak = load.inFlight;
			statusChanges.reset();
			hidden.clear();
		},
		close() {
			statusChanges.reset();
			server.closeAllConnections?.();
			return new Promise((resolve) => server.close(resolve));
		},
	};
}

module.exports = { startSandbox };
