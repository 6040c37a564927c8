'use strict';
/** A running n8n's HTTP API: the types its editor is served, and its REST API as a logged-in user. */
const path = require('node:path');
const http = require('node:http');

const { paths } = require('./paths');
const { NODE_TYPE } = require('./communityPackage');

function httpGet(url, headers = {}) {
	return new Promise((resolve, reject) => {
		const req = http.get(url, { headers }, (res) => {
			const chunks = [];
			res.on('data', (c) => chunks.push(c));
			res.on('end', () =>
				resolve({
					status: res.statusCode,
					headers: res.headers,
					body: Buffer.concat(chunks).toString('utf8'),
				}),
			);
		});
		req.on('error', reject);
		req.setTimeout(10_000, () => req.destroy(new Error(`timeout GET ${url}`)));
	});
}

/** Fetches the node types n8n serves to its editor and returns the InboxKit ones. */
async function findServedNodeTypes(baseUrl) {
	const res = await httpGet(`${baseUrl}/types/nodes.json`);
	if (res.status !== 200)
		throw new Error(`GET /types/nodes.json answered ${res.status}: ${res.body.slice(0, 300)}`);
	const types = JSON.parse(res.body);
	return types.filter((t) => t.name === NODE_TYPE);
}

async function findServedCredentialTypes(baseUrl) {
	const res = await httpGet(`${baseUrl}/types/credentials.json`);
	if (res.status !== 200) throw new Error(`GET /types/credentials.json answered ${res.status}`);
	return JSON.parse(res.body).filter((t) => t.name === 'inboxKitApi');
}

/** A call to n8n's REST API as a logged-in user (cookie from ./owner.js's ownerSession). */
async function rest(baseUrl, cookie, method, route, body) {
	const res = await fetch(`${baseUrl}/rest${route}`, {
		method,
		headers: { cookie, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	if (!res.ok)
		throw new Error(`${method} /rest${route} answered ${res.status}: ${text.slice(0, 1000)}`);
	return json?.data ?? json;
}

/** Activates (publishes) a workflow's current version, as the editor's switch does. */
async function activateWorkflow(baseUrl, cookie, id) {
	const workflow = await rest(baseUrl, cookie, 'GET', `/workflows/${id}`);
	return await rest(baseUrl, cookie, 'POST', `/workflows/${id}/activate`, {
		versionId: workflow.versionId,
	});
}

function deactivateWorkflow(baseUrl, cookie, id) {
	return rest(baseUrl, cookie, 'POST', `/workflows/${id}/deactivate`, {});
}

/** The executions n8n recorded for a workflow: [{ id, status, mode, ... }], newest first. */
async function listExecutions(baseUrl, cookie, workflowId) {
	const filter = encodeURIComponent(JSON.stringify({ workflowId }));
	const page = await rest(baseUrl, cookie, 'GET', `/executions?filter=${filter}&limit=100`);
	return page.results ?? page;
}

/** One execution with its run data (n8n stores it "flatted"; its own copy of flatted reads it). */
async function getExecution(baseUrl, cookie, id) {
	const execution = await rest(baseUrl, cookie, 'GET', `/executions/${id}`);
	if (typeof execution.data === 'string') {
		const { parse } = require(path.join(paths().n8nDir, 'node_modules', 'flatted'));
		execution.data = parse(execution.data);
	}
	return execution;
}

module.exports = {
	httpGet,
	findServedNodeTypes,
	findServedCredentialTypes,
	rest,
	activateWorkflow,
	deactivateWorkflow,
	listExecutions,
	getExecution,
};
