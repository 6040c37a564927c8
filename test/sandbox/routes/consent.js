'use strict';
const { ok, fail, requireFields, pageOf, totalsOf, newUid } = require('../answers');

/**
 * Consent and client-ID requests. A consent request is queued, then completes later: InboxKit
 * sends consent_request.status_changed (the trigger's event) for it; so does a client-ID request
 * (client_id_request.status_changed). The lists' answers are seen nowhere: `data`, as the status
 * answer's, is the sandbox's guess, like the node's.
 */

const inWorkspace = (list, workspace) => list.filter((r) => r.workspace_uid === workspace.uid);
const shown = ({ workspace_uid: _w, previous_status: _p, ...request }) => request;

function onlyKeys(body, keys) {
	for (const key of Object.keys(body))
		if (!keys.includes(key)) throw fail(400, `"${key}" is not allowed`);
}

/** `limit` + `offset` paging (the consent request list, as a client calls it). */
function offsetPage(records, query) {
	const limit = Number(query.limit ?? 10);
	const offset = Number(query.offset ?? 0);
	if (!Number.isInteger(limit) || limit < 1 || limit > 100)
		throw fail(400, 'limit must be between 1 and 100');
	return { data: records.slice(offset, offset + limit), total: records.length, limit, offset };
}

exports.routes = [
	{
		method: 'POST',
		path: '/mailboxes/consent-request/initiate',
		scope: 'workspace',
		handle: ({ state, body, workspace, statusChanges }) => {
			onlyKeys(body, ['consent_url', 'mailbox_uid', 'username', 'domain']);
			requireFields(body, ['consent_url']);
			let mailbox;
			if (body.mailbox_uid) {
				mailbox = state.mailboxes.find(
					(m) => m.uid === body.mailbox_uid && m.workspace_uid === workspace.uid,
				);
			} else {
				requireFields(body, ['username', 'domain']);
				mailbox = state.mailboxes.find(
					(m) =>
						m.username === body.username &&
						m.domain_name === body.domain &&
						m.workspace_uid === workspace.uid,
				);
			}
			if (!mailbox) throw fail(404, 'Mailbox not found');
			const email = `${mailbox.username}@${mailbox.domain_name}`;
			const request = {
				uid: newUid('cr_'),
				workspace_uid: workspace.uid,
				status: 'queued',
				status_text: 'Queued',
				status_reason: null,
				consent_url: body.consent_url,
				domain_name: mailbox.domain_name,
				mailbox_email: email,
				mailbox: { email, uid: mailbox.uid },
				completed_at: null,
			};
			state.consentRequests.push(request);
			statusChanges?.schedule('consent_request', request.uid, {
				status: 'completed',
				status_text: 'Consent granted',
				completed_at: new Date().toISOString(),
			});
			return ok('Consent request initiated', {
				data: { uid: request.uid, status: request.status, mailbox_email: email },
			});
		},
	},
	{
		method: 'GET',
		path: '/mailboxes/consent-request/status/{uid}',
		scope: 'workspace',
		handle: ({ state, params, workspace }) => {
			const request = inWorkspace(state.consentRequests, workspace).find(
				(r) => r.uid === params.uid,
			);
			if (!request) throw fail(404, 'Consent request not found');
			const { uid, status, status_text, status_reason, mailbox, completed_at } = request;
			return ok('Consent request status', {
				data: { uid, status, status_text, status_reason, mailbox, completed_at },
			});
		},
	},
	{
		method: 'GET',
		path: '/mailboxes/consent-requests',
		scope: 'workspace',
		handle: ({ state, query, workspace }) =>
			ok(
				'Consent requests retrieved',
				offsetPage(inWorkspace(state.consentRequests, workspace).map(shown), query),
			),
	},
	{
		method: 'GET',
		path: '/mailboxes/client-id-requests',
		scope: 'workspace',
		handle: ({ state, query, workspace }) =>
			ok(
				'Client ID requests retrieved',
				pageOf(
					inWorkspace(state.clientIdRequests, workspace).map(shown),
					query,
					'data',
					totalsOf(state),
				),
			),
	},
	{
		// As the node guesses it (one client, marked unverified by its author).
		method: 'POST',
		path: '/mailboxes/client-id-request/initiate',
		scope: 'workspace',
		handle: ({ state, body, workspace, statusChanges }) => {
			onlyKeys(body, ['client_id', 'domain_name', 'mailbox_email']);
			requireFields(body, ['client_id', 'domain_name', 'mailbox_email']);
			const request = {
				uid: newUid('cir_'),
				workspace_uid: workspace.uid,
				status: 'queued',
				status_text: 'Queued',
				status_reason: null,
				client_id: body.client_id,
				domain_name: body.domain_name,
				mailbox_email: body.mailbox_email,
			};
			state.clientIdRequests.push(request);
			statusChanges?.schedule('client_id_request', request.uid, {
				status: 'completed',
				status_text: 'Client ID added',
			});
			return ok('Client ID request initiated', {
				data: { uid: request.uid, status: request.status },
			});
		},
	},
];
