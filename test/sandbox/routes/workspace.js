'use strict';
const { ok, fail, requireFields, newUid } = require('../answers');

function findWorkspace(state, uid) {
	const workspace = state.workspaces.find((w) => w.uid === uid);
	if (!workspace) throw fail(404, 'Workspace not found');
	return workspace;
}

/** https, or plain http to this machine so that a local n8n can receive the sandbox's webhooks. */
function checkWebhook(url) {
	if (url === undefined || url === null || url === '') return;
	const text = String(url);
	if (/^https:\/\//.test(text)) return;
	if (/^http:\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?(\/|$)/.test(text)) return;
	throw fail(400, 'webhook_url must be a valid https URL');
}

/** Team-level workspace management: no X-Workspace-Id. */
exports.routes = [
	{
		method: 'GET',
		path: '/workspaces/list',
		scope: 'team',
		handle: ({ state }) => ok('Workspaces', { workspaces: state.workspaces }),
	},
	{
		method: 'GET',
		path: '/workspaces/details',
		scope: 'team',
		handle: ({ state, query }) => {
			requireFields(query, ['uid']);
			return ok('Workspace details', { workspace: findWorkspace(state, query.uid) });
		},
	},
	{
		method: 'POST',
		path: '/workspaces/create',
		scope: 'team',
		handle: ({ state, body }) => {
			requireFields(body, ['name']);
			checkWebhook(body.webhook_url);
			const workspace = {
				uid: newUid('ws_'),
				name: body.name,
				webhook_url: body.webhook_url ?? null,
				admins_only: body.admins_only ?? false,
				created_at: new Date().toISOString(),
			};
			state.workspaces.push(workspace);
			return ok('Workspace created successfully', { uid: workspace.uid, workspace });
		},
	},
	{
		method: 'PUT',
		path: '/workspaces/update',
		scope: 'team',
		handle: ({ state, body }) => {
			requireFields(body, ['uid']);
			const workspace = findWorkspace(state, body.uid);
			if (body.name !== undefined) workspace.name = body.name;
			if (body.admins_only !== undefined) workspace.admins_only = body.admins_only;
			return ok('Workspace updated successfully', { workspace });
		},
	},
	{
		method: 'DELETE',
		path: '/workspaces/delete',
		scope: 'team',
		handle: ({ state, query }) => {
			requireFields(query, ['uid']);
			findWorkspace(state, query.uid);
			state.workspaces = state.workspaces.filter((w) => w.uid !== query.uid);
			return ok('Workspace deleted successfully', { uid: query.uid });
		},
	},
	{
		method: 'POST',
		path: '/workspaces/webhook',
		scope: 'team',
		handle: ({ state, body }) => {
			requireFields(body, ['uid']);
			// Clearing is sent as an empty URL (assumed: no source shows how InboxKit unsets it).
			if (!('webhook_url' in body)) throw fail(400, 'webhook_url is required');
			checkWebhook(body.webhook_url);
			const workspace = findWorkspace(state, body.uid);
			workspace.webhook_url = body.webhook_url || null;
			return ok('Webhook updated successfully', {
				uid: workspace.uid,
				webhook_url: workspace.webhook_url,
			});
		},
	},
];
