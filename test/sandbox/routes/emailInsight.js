'use strict';
const { HttpAnswer, ok } = require('../answers');

/**
 * Email insights. Mailbox health answers as captured live: `{success: true, data}` without the
 * `error` flag, and 404 `{code, message}` for an unknown uid. The other reads are seen in clients
 * only, without answers: the sandbox's shapes below are its own guess.
 */

/** A bounce rate (percent) above which a mailbox counts as high-bounce (the sandbox's choice). */
const HIGH_BOUNCE = 5;

function mailboxOf(state, workspace, uid) {
	const mailbox = state.mailboxes.find((m) => m.uid === uid && m.workspace_uid === workspace.uid);
	if (!mailbox) throw new HttpAnswer(404, { code: 404, message: 'Mailbox not found' });
	return mailbox;
}

function healthRows(state, workspace) {
	return state.mailboxes
		.filter((m) => m.workspace_uid === workspace.uid && state.mailboxHealth[m.uid])
		.map((m) => ({
			mailbox_uid: m.uid,
			email: `${m.username}@${m.domain_name}`,
			...state.mailboxHealth[m.uid],
		}));
}

exports.routes = [
	{
		method: 'GET',
		path: '/email-insights/mailbox/{uid}/health',
		scope: 'workspace',
		handle: ({ state, params, workspace }) => {
			const mailbox = mailboxOf(state, workspace, params.uid);
			const health = state.mailboxHealth[mailbox.uid] ?? {
				status: 'inactive',
				bounce_rate_30d: 0,
				total_7d: 0,
				total_30d: 0,
				last_event_at: null,
			};
			return { success: true, data: health };
		},
	},
	{
		method: 'GET',
		path: '/email-insights/mailbox/{uid}/stats',
		scope: 'workspace',
		handle: ({ state, params, workspace }) => {
			const mailbox = mailboxOf(state, workspace, params.uid);
			const health = state.mailboxHealth[mailbox.uid] ?? {};
			return ok('Mailbox stats', {
				data: { sent_7d: health.total_7d ?? 0, sent_30d: health.total_30d ?? 0 },
			});
		},
	},
	{
		method: 'GET',
		path: '/email-insights/workspace/overview',
		scope: 'workspace',
		handle: ({ state, workspace }) => {
			const rows = healthRows(state, workspace);
			return ok('Workspace overview', {
				data: {
					mailboxes: rows.length,
					total_7d: rows.reduce((n, r) => n + r.total_7d, 0),
					total_30d: rows.reduce((n, r) => n + r.total_30d, 0),
				},
			});
		},
	},
	{
		method: 'GET',
		path: '/email-insights/workspace/mailboxes-health',
		scope: 'workspace',
		handle: ({ state, workspace }) =>
			ok('Mailboxes health', { data: healthRows(state, workspace) }),
	},
	{
		method: 'GET',
		path: '/email-insights/workspace/high-bounce-mailboxes',
		scope: 'workspace',
		handle: ({ state, workspace }) =>
			ok('High-bounce mailboxes', {
				data: healthRows(state, workspace).filter((r) => r.bounce_rate_30d > HIGH_BOUNCE),
			}),
	},
	{
		method: 'GET',
		path: '/email-insights/workspace/activity',
		scope: 'workspace',
		handle: ({ state, workspace }) =>
			ok('Workspace activity', {
				data: healthRows(state, workspace).map(({ mailbox_uid, last_event_at }) => ({
					mailbox_uid,
					last_event_at,
				})),
			}),
	},
];
