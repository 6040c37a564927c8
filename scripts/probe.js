'use strict';
/**
 * `npm run probe`: which of the node's routes InboxKit knows, checked read-only, so that anyone
 * with a key can settle the guessed paths (README → Known limits) and paste the table into an
 * issue.
 *
 *   INBOXKIT_API_TOKEN=… [INBOXKIT_WORKSPACE_ID=…] [INBOXKIT_BASE_URL=…] npm run probe
 *
 * Without a token it probes the local sandbox (test/sandbox), which it starts itself.
 *
 * Each operation of the built node (dist/, as scripts/readme-operations.js reads it) gets one
 * request that cannot change anything: GETs with no parameters but a one-record page, and writes
 * with an empty body, which InboxKit turns away with its `{"error": true}` validation answer.
 * The answer tells the route apart: InboxKit's envelope (or a 2xx) means the route exists; its
 * gateway's 404 without an `error` field means it does not. Operations that could change data
 * even with an empty body are never sent: those that spend money, every DELETE, every name or
 * value with delete, remove, cancel, repair, pause, connect or initiate in it, and every billing
 * write.
 */

// Pause, Connect and Initiate act on what an empty body may still name (all warmups, every
// Cloudflare zone, a consent request): never sent either.
const SKIP_WORDS = /delete|remove|cancel|repair|pause|connect|initiate/i;

/** Where a probe must not send anything, with an empty body or not. */
function wouldChangeData(operation) {
	return (
		operation.charges === true ||
		operation.sentOnce === true ||
		operation.method === 'DELETE' ||
		SKIP_WORDS.test(operation.name) ||
		SKIP_WORDS.test(operation.value) ||
		// An empty body might switch a billing setting off (auto top-up) rather than be refused.
		(operation.path.startsWith('/billing/') && operation.method !== 'GET')
	);
}

/** `https://api.inboxkit.com`, with or without `/v1/api`, as the API root (as the node does). */
function apiRoot(baseUrl) {
	const base = (baseUrl || 'https://api.inboxkit.com').trim().replace(/\/+$/, '');
	return `${base.replace(/\/v1\/api$/, '')}/v1/api`;
}

/** The harmless request for an operation: a page of one for lists, nothing else. */
function probeRequest(operation) {
	// A value the path carries gets a made-up ID: InboxKit answers "not found" if the route exists.
	const path = operation.path.replace(/\{\w+\}/g, 'probe-route-check');
	const paging = operation.list?.paging;
	const page =
		paging === 'page' ? { page: 1, limit: 1 } : paging === 'offset' ? { limit: 1, offset: 0 } : {};
	return operation.method === 'GET'
		? { method: 'GET', path, query: page, body: undefined }
		: { method: operation.method, path, query: {}, body: page };
}

/** The message of InboxKit's gateway for a route it does not know (live). */
const GATEWAY_NOT_FOUND = 'Not found';

/** What an answer says about the route. */
function verdict(status, body) {
	const envelope = body !== null && typeof body === 'object' && 'error' in body;
	const message = body && typeof body.message === 'string' ? body.message : '';
	const answer = `${status}${message ? ` ${message}` : ''}`;
	if (status === 401 || (status === 403 && !envelope)) return { result: 'auth failed', answer };
	if (envelope || (status >= 200 && status < 300)) return { result: 'exists', answer };
	// Email insights answer a made-up mailbox with 404 {code, message} too (live), but with their
	// own message: only the gateway's exact "Not found" says the route is unknown.
	if (status === 404 && message !== '' && message !== GATEWAY_NOT_FOUND)
		return { result: 'exists', answer };
	if (status === 404) return { result: 'unknown', answer };
	return { result: 'unclear', answer };
}

async function send(root, token, workspaceId, request) {
	const url = new URL(`${root}${request.path}`);
	for (const [key, value] of Object.entries(request.query)) url.searchParams.set(key, value);
	const headers = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
	if (workspaceId) headers['X-Workspace-Id'] = workspaceId;
	if (request.body) headers['Content-Type'] = 'application/json';
	const response = await fetch(url, {
		method: request.method,
		headers,
		body: request.body ? JSON.stringify(request.body) : undefined,
		signal: AbortSignal.timeout(30_000),
	});
	const text = await response.text();
	let body;
	try {
		body = JSON.parse(text);
	} catch {
		body = undefined;
	}
	return { status: response.status, body };
}

/** The first workspace of the team, for the workspace-level routes. */
async function firstWorkspace(root, token) {
	const { body } = await send(root, token, undefined, {
		method: 'GET',
		path: '/workspaces/list',
		query: {},
	});
	const uid = body?.workspaces?.[0]?.uid;
	return typeof uid === 'string' ? uid : undefined;
}

/**
 * One row per operation of `resources`: { resource, operation, request, evidence, result,
 * answer }, result being exists | unknown | auth failed | unclear | skipped (would change data).
 */
async function probeRoutes({ resources, baseUrl, token, workspaceId }) {
	const root = apiRoot(baseUrl);
	const workspace = workspaceId || (await firstWorkspace(root, token));
	const rows = [];
	for (const resource of resources) {
		for (const operation of resource.operations) {
			const row = {
				resource: resource.name,
				operation: operation.name,
				request: `${operation.method} ${operation.path}`,
				evidence: operation.evidence,
			};
			if (wouldChangeData(operation)) {
				rows.push({ ...row, result: 'skipped (would change data)', answer: '' });
				continue;
			}
			try {
				const request = probeRequest(operation);
				const { status, body } = await send(
					root,
					token,
					operation.workspaceScoped ? workspace : undefined,
					request,
				);
				rows.push({ ...row, ...verdict(status, body) });
			} catch (error) {
				rows.push({
					...row,
					result: 'unclear',
					answer: String(error.cause?.code ?? error.message),
				});
			}
		}
	}
	return rows;
}

function renderReport(rows, target) {
	const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 120);
	const lines = [
		`InboxKit routes probed ${new Date().toISOString().slice(0, 10)} against ${target}`,
		'',
		'| Resource | Operation | Request | Evidence | Result | Answer |',
		'|---|---|---|---|---|---|',
		...rows.map(
			(r) =>
				`| ${r.resource} | ${r.operation} | \`${r.request}\` | ${r.evidence} | ${r.result} | ${cell(r.answer)} |`,
		),
		'',
	];
	const counts = {};
	for (const { result } of rows) counts[result] = (counts[result] ?? 0) + 1;
	lines.push(
		Object.entries(counts)
			.map(([result, n]) => `${n} ${result}`)
			.join(', '),
	);
	return lines.join('\n');
}

async function main() {
	const path = require('node:path');
	let RESOURCES;
	try {
		({ RESOURCES } = require(path.join(__dirname, '..', 'dist', 'nodes', 'InboxKit', 'resources')));
	} catch {
		console.error('The probe reads the built node: run `npm run build` first.');
		process.exit(1);
	}
	const token = process.env.INBOXKIT_API_TOKEN;
	let sandbox;
	let target = process.env.INBOXKIT_BASE_URL || 'https://api.inboxkit.com';
	if (!token) {
		const { startSandbox } = require('../test/sandbox/server');
		sandbox = await startSandbox();
		target = `the local sandbox (${sandbox.url}); set INBOXKIT_API_TOKEN to probe InboxKit`;
	}
	try {
		const rows = await probeRoutes({
			resources: RESOURCES,
			baseUrl: sandbox ? sandbox.url : process.env.INBOXKIT_BASE_URL,
			token: sandbox ? sandbox.token : token,
			workspaceId: process.env.INBOXKIT_WORKSPACE_ID,
		});
		console.log(renderReport(rows, target));
	} finally {
		await sandbox?.close();
	}
}

if (require.main === module) {
	main().catch((error) => {
		console.error(error.message);
		process.exit(1);
	});
}

module.exports = { probeRoutes, renderReport, wouldChangeData };
