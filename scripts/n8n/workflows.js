'use strict';
/** The credential and workflows imported into n8n with its CLI, and workflows run by `execute`. */
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const { NODE_TYPE, TRIGGER_TYPE, POLL_TRIGGER_TYPE } = require('./communityPackage');
const { n8nCli } = require('./cli');
const { parseRunJson } = require('./runData');

const CREDENTIAL_ID = 'InboxKitSandbox1';
const CREDENTIAL_NAME = 'InboxKit API';

function credentialJson({
	baseUrl,
	token,
	workspaceId = '',
	id = CREDENTIAL_ID,
	name = CREDENTIAL_NAME,
}) {
	return [{ id, name, type: 'inboxKitApi', data: { apiToken: token, workspaceId, baseUrl } }];
}

function writeJson(file, data) {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
	return file;
}

/** `cli` holds options for n8nCli (e.g. the env of a Postgres-backed instance). */
function importCredential(userFolder, options, cli = {}) {
	const file = writeJson(
		path.join(userFolder, 'import', 'credentials.json'),
		credentialJson(options),
	);
	return n8nCli(userFolder, ['import:credentials', `--input=${file}`], cli);
}

/** Sets every InboxKit node of a workflow to use the given credential. */
function bindCredential(workflow, id = CREDENTIAL_ID, name = CREDENTIAL_NAME) {
	for (const node of workflow.nodes) {
		if ([NODE_TYPE, TRIGGER_TYPE, POLL_TRIGGER_TYPE].includes(node.type))
			node.credentials = { inboxKitApi: { id, name } };
	}
	return workflow;
}

/**
 * An InboxKit Poll Trigger node that polls a workspace's mailboxes every minute (n8n's shortest
 * poll interval); bindCredential gives it the credential.
 */
function pollTriggerNode(name, workspace) {
	return {
		id: crypto.randomUUID(),
		name,
		type: POLL_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {
			pollTimes: { item: [{ mode: 'everyMinute' }] },
			workspace: { __rl: true, mode: 'id', value: workspace },
			events: ['mailbox.status_changed'],
			options: {},
		},
	};
}

/** Imports workflows (objects); each must carry an id. Returns a promise. */
function importWorkflows(userFolder, workflows, cli = {}) {
	const file = writeJson(
		path.join(userFolder, 'import', `workflows-${Date.now()}.json`),
		workflows.map((w) => bindCredential(structuredClone(w))),
	);
	return n8nCli(userFolder, ['import:workflow', `--input=${file}`], cli);
}

/**
 * `n8n execute --id <id> --rawOutput`: resolves { status, stdout, stderr, data } with the parsed
 * run data, or throws with n8n's output.
 */
async function executeWorkflow(userFolder, id) {
	// `execute` prints its JSON through n8n's logger at level info: a lower level hides it.
	const result = await n8nCli(userFolder, ['execute', `--id=${id}`, '--rawOutput'], {
		check: false,
		env: { N8N_LOG_LEVEL: 'info' },
	});
	return {
		status: result.status,
		stdout: result.stdout,
		stderr: result.stderr,
		data: parseRunJson(result.stdout),
	};
}

module.exports = {
	CREDENTIAL_ID,
	CREDENTIAL_NAME,
	importCredential,
	importWorkflows,
	bindCredential,
	pollTriggerNode,
	executeWorkflow,
};
