'use strict';
const { ok, fail, requireFields, totalsOf, newUid } = require('../answers');

/** Sequencers (sending tools) of the workspace; lists page by limit/offset and answer `data`. */

function offsetPage(list, body, { totals }) {
	const limit = Number(body.limit ?? 10);
	const offset = Number(body.offset ?? 0);
	if (!Number.isInteger(limit) || limit < 1 || limit > 100)
		throw fail(400, 'limit must be between 1 and 100');
	const page = list.slice(offset, offset + limit);
	if (totals === 'null') return { data: page, total: null, limit, offset };
	return totals ? { data: page, total: list.length, limit, offset } : { data: page, limit, offset };
}

function inWorkspace(state, workspace) {
	return state.sequencers.filter((s) => s.workspace_uid === workspace.uid);
}

function findSequencer(state, workspace, uid) {
	const found = inWorkspace(state, workspace).find((s) => s.uid === uid);
	if (!found) throw fail(404, `Sequencer not found: ${uid}`);
	return found;
}

const PUBLIC = ({ sequencer_password: _p, api_key: _k, workspace_uid: _w, ...rest }) => rest;

exports.routes = [
	{
		method: 'GET',
		path: '/sequencers/platforms',
		scope: 'workspace',
		handle: ({ state }) => ok('Sequencer platforms', { platforms: state.sequencerPlatforms }),
	},
	{
		method: 'POST',
		path: '/sequencers/list',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			let list = inWorkspace(state, workspace);
			if (Array.isArray(body.sequencer_platforms))
				list = list.filter((s) => body.sequencer_platforms.includes(s.platform));
			return ok('Sequencers', offsetPage(list.map(PUBLIC), body, totalsOf(state)));
		},
	},
	{
		method: 'POST',
		path: '/sequencers/add',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			requireFields(body, ['name', 'platform']);
			if (!state.sequencerPlatforms.some((p) => p.value === body.platform))
				throw fail(400, `Unknown platform: ${body.platform}`);
			const created = {
				uid: newUid('seq_'),
				workspace_uid: workspace.uid,
				status: 'connected',
				...body,
			};
			state.sequencers.push(created);
			return ok('Sequencer added successfully', { uid: created.uid });
		},
	},
	{
		method: 'POST',
		path: '/sequencers/update',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			requireFields(body, ['uid']);
			const found = findSequencer(state, workspace, body.uid);
			Object.assign(found, body);
			return ok('Sequencer updated successfully', { sequencer: PUBLIC(found) });
		},
	},
	{
		method: 'POST',
		path: '/sequencers/delete',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			if (!Array.isArray(body.uids) || body.uids.length === 0) throw fail(400, 'uids is required');
			body.uids.forEach((uid) => findSequencer(state, workspace, uid));
			state.sequencers = state.sequencers.filter((s) => !body.uids.includes(s.uid));
			return ok('Sequencers deleted successfully', { deleted: body.uids });
		},
	},
	{
		method: 'POST',
		path: '/sequencers/export',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			requireFields(body, ['sequencer_uid', 'mailbox_uids']);
			findSequencer(state, workspace, body.sequencer_uid);
			const created = [];
			let skipped = 0;
			for (const uid of body.mailbox_uids) {
				const mailbox = state.mailboxes.find(
					(m) => m.uid === uid && m.workspace_uid === workspace.uid,
				);
				if (!mailbox) throw fail(404, `Mailbox not found: ${uid}`);
				if (
					state.exports.some((e) => e.mailbox_uid === uid && e.sequencer_uid === body.sequencer_uid)
				) {
					skipped += 1;
					continue;
				}
				const record = {
					uid: newUid('exp_'),
					mailbox_uid: uid,
					mailbox_email: `${mailbox.username}@${mailbox.domain_name}`,
					sequencer_uid: body.sequencer_uid,
					status: 'pending',
					error_message: null,
				};
				state.exports.push(record);
				created.push(record);
			}
			return ok('Export started', {
				results: { new_exports_created: created.length, duplicate_exports_skipped: skipped },
				exports: {
					created: created.map(({ uid, mailbox_uid, mailbox_email, status }) => ({
						uid,
						mailbox_uid,
						mailbox_email,
						status,
					})),
				},
			});
		},
	},
	{
		method: 'POST',
		path: '/sequencers/export/status',
		scope: 'workspace',
		handle: ({ state, body }) => {
			let list = state.exports;
			if (body.sequencer_uid) list = list.filter((e) => e.sequencer_uid === body.sequencer_uid);
			if (Array.isArray(body.mailbox_uids))
				list = list.filter((e) => body.mailbox_uids.includes(e.mailbox_uid));
			if (Array.isArray(body.uids)) list = list.filter((e) => body.uids.includes(e.uid));
			if (body.status) list = list.filter((e) => e.status === body.status);
			return ok('Export status', offsetPage(list, body, totalsOf(state)));
		},
	},
];
