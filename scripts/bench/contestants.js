'use strict';
/**
 * Who runs in the bench, and how each is run once: our node (through test/support/n8n.ts, as the
 * tests run it), n8n's HTTP Request node as users set it up (./peers.js), a minimal n8n node (one
 * GET per item through the same n8n helper, nothing checked) and a bare undici loop. Each run
 * checks its output, so that a broken run cannot look fast.
 */
const { request } = require('undici');

const { runInboxKit } = require('../../test/support/n8n.ts');
const { WORKSPACE, mailboxItems } = require('./fixtures');
const { allMailboxesChain, getMailboxChain, statusChain } = require('./peers');
const { runChain } = require('./workflow');

/** The columns of the tables, in order. */
const COLUMNS = [
	'bare undici',
	'minimal n8n node',
	'HTTP Request',
	'HTTP Request, batching 50/s',
	'InboxKit node',
];

/**
 * Everything that runs a contestant once against `server`; `network`: over the emulated link
 * (HTTPS through the delaying proxy) rather than plain HTTP on loopback.
 */
function runners(peers, server, { network = false } = {}) {
	const base = network ? server.networkUrl : server.url;
	const credentials = { apiToken: server.token, baseUrl: base, workspaceId: WORKSPACE };
	const api = `${base}/v1/api`;
	const expect = (who, items, count) => {
		if (items.length !== count)
			throw new Error(`${who}: expected ${count} output items, got ${items.length}`);
	};
	return {
		async node(parameters, items, expected, nodeType) {
			const { items: output, error } = await runInboxKit({
				parameters,
				items,
				credentials,
				nodeType,
			});
			if (error) throw new Error(`the node failed: ${error.message}`);
			expect('the node', output, expected);
			return output;
		},
		async chain(chain, items, expected) {
			const { items: output, error } = await runChain({ chain, items, credentials });
			if (error) throw new Error(`${chain[0].name} failed: ${error.message}`);
			expect(chain.map((link) => link.name).join(' + '), output, expected);
			return output;
		},
		/** Return All as any client must do it: fetch and parse every page, keep every record. */
		async undiciPages(expected) {
			const records = [];
			for (let page = 1; ; page++) {
				const answer = await request(`${api}/mailboxes/list`, {
					method: 'POST',
					headers: {
						authorization: `Bearer ${server.token}`,
						'x-workspace-id': WORKSPACE,
						'content-type': 'application/json',
					},
					body: JSON.stringify({ page, limit: 100 }),
				});
				const body = await answer.body.json();
				records.push(...body.mailboxes);
				if (page >= body.pages) break;
			}
			expect('the undici loop', records, expected);
		},
		/** One GET per item, `parallel` at a time: what the server and the machine allow. */
		async undiciReads(items, parallel) {
			let next = 0;
			let done = 0;
			const worker = async () => {
				while (next < items.length) {
					const { uid } = items[next++];
					const answer = await request(`${api}/mailboxes/details?uid=${uid}`, {
						headers: { authorization: `Bearer ${server.token}`, 'x-workspace-id': WORKSPACE },
					});
					const body = await answer.body.json();
					if (body.mailbox?.uid === uid) done++;
				}
			};
			await Promise.all(Array.from({ length: parallel }, worker));
			if (done !== items.length) throw new Error(`the undici loop got ${done} of ${items.length}`);
		},
		peers,
		api,
	};
}

/**
 * The baseline for CPU: the least an n8n node does to get a mailbox per item, with `inFlight`
 * requests at a time and, with `spacingMs`, call starts that far apart (our node's pace: the
 * same run time, so the same timers and heap sampling around it). It has the InboxKit node's type name and credential, so the harness runs it
 * in the node's place.
 */
const minimalNode = {
	description: {
		displayName: 'Minimal',
		name: 'inboxKit',
		group: ['transform'],
		version: 1,
		description: 'Baseline: one GET per item, nothing checked',
		defaults: { name: 'Minimal' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'inboxKitApi', required: true }],
		properties: [
			{ displayName: 'Mailbox ID', name: 'mailboxId', type: 'string', default: '' },
			{ displayName: 'In Flight', name: 'inFlight', type: 'number', default: 1 },
			{ displayName: 'Spacing (ms)', name: 'spacingMs', type: 'number', default: 0 },
		],
	},
	async execute() {
		const { baseUrl, workspaceId } = await this.getCredentials('inboxKitApi');
		const items = this.getInputData();
		const output = new Array(items.length);
		let next = 0;
		const spacing = this.getNodeParameter('spacingMs', 0);
		let nextStart = 0;
		const turn = async () => {
			const now = Date.now();
			const at = Math.max(nextStart, now);
			nextStart = at + spacing;
			if (at > now) await new Promise((resolve) => setTimeout(resolve, at - now));
		};
		const worker = async () => {
			while (next < items.length) {
				const i = next++;
				if (spacing > 0) await turn();
				const json = await this.helpers.httpRequestWithAuthentication.call(this, 'inboxKitApi', {
					method: 'GET',
					url: `${baseUrl}/v1/api/mailboxes/details`,
					qs: { uid: this.getNodeParameter('mailboxId', i) },
					headers: { 'X-Workspace-Id': workspaceId },
					json: true,
				});
				output[i] = { json, pairedItem: { item: i } };
			}
		};
		const inFlight = this.getNodeParameter('inFlight', 0);
		await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, worker));
		return [output];
	},
};

const GET_EACH = { resource: 'mailbox', operation: 'get', mailboxId: '={{ $json.uid }}' };
const STATUS_EACH = {
	resource: 'mailbox',
	operation: 'checkStatus',
	mailboxIds: '={{ $json.uid }}',
};

const labelled = (list) => list.map((c) => ({ ...c, label: c.column }));

/**
 * The contestants that read `count` mailboxes, one per item: `minimal` ({ inFlight, spacingMs })
 * and `undici` (in flight) add those baselines; `batching: false` leaves out HTTP Request with
 * Batching.
 */
function readers(run, count, { batching = true, minimal, undici = 0 } = {}) {
	const items = mailboxItems(count);
	const list = [
		{
			column: 'HTTP Request',
			run: () => run.chain(getMailboxChain(run.peers, run.api), items, count),
		},
		{ column: 'InboxKit node', run: () => run.node(GET_EACH, items, count) },
	];
	if (batching)
		list.splice(1, 0, {
			column: 'HTTP Request, batching 50/s',
			run: () => run.chain(getMailboxChain(run.peers, run.api, { batching: true }), items, count),
		});
	if (minimal)
		list.unshift({
			column: 'minimal n8n node',
			run: () => run.node({ ...GET_EACH, ...minimal }, items, count, minimalNode),
		});
	if (undici) list.unshift({ column: 'bare undici', run: () => run.undiciReads(items, undici) });
	return labelled(list);
}

/** The contestants that check the status of `count` mailboxes given one uid per item. */
function statusCheckers(run, count) {
	const items = mailboxItems(count);
	return labelled([
		{ column: 'HTTP Request', run: () => run.chain(statusChain(run.peers, run.api), items, count) },
		{
			column: 'HTTP Request, batching 50/s',
			run: () => run.chain(statusChain(run.peers, run.api, { batching: true }), items, count),
		},
		{ column: 'InboxKit node', run: () => run.node(STATUS_EACH, items, count) },
	]);
}

/** The contestants of Return All over a workspace of `count` mailboxes. */
function pagers(run, count, { undici = true } = {}) {
	const list = [
		{
			column: 'HTTP Request',
			run: () => run.chain(allMailboxesChain(run.peers, run.api), [{}], count),
		},
		{
			column: 'InboxKit node',
			run: () =>
				run.node({ resource: 'mailbox', operation: 'getMany', returnAll: true }, [{}], count),
		},
	];
	if (undici) list.unshift({ column: 'bare undici', run: () => run.undiciPages(count) });
	return labelled(list);
}

module.exports = { COLUMNS, runners, readers, statusCheckers, pagers };
