'use strict';
const { ok, fail, requireFields, pageOf, totalsOf, newUid } = require('../answers');

/**
 * Mailboxes of the workspace, answering in the shapes public clients of the live API capture
 * (where there are any; each entry under nodes/InboxKit/resources/mailbox/ says what is
 * guessed). Ids go in the query or body, except the profile picture's, which is in the path.
 */

const BUY_FIELDS = [
	'first_name',
	'last_name',
	'username',
	'platform',
	'domain_name',
	'profile_picture',
];
const PLATFORMS = ['GOOGLE', 'MICROSOFT'];

const addressOf = (m) => `${m.username}@${m.domain_name}`;

function inWorkspace(state, workspace) {
	return state.mailboxes.filter((m) => m.workspace_uid === workspace.uid);
}

function findMailbox(state, workspace, uid) {
	if (!uid) throw fail(400, 'uid is required');
	const mailbox = inWorkspace(state, workspace).find((m) => m.uid === uid);
	if (!mailbox) throw fail(404, 'Mailbox not found');
	return mailbox;
}

function uidList(body) {
	if (!Array.isArray(body.uids) || body.uids.length === 0) throw fail(400, 'uids is required');
	return body.uids;
}

function onlyKeys(body, keys) {
	for (const key of Object.keys(body))
		if (!keys.includes(key)) throw fail(400, `"${key}" is not allowed`);
}

exports.routes = [
	{
		method: 'POST',
		path: '/mailboxes/list',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			let list = inWorkspace(state, workspace);
			if (body.domain) list = list.filter((m) => m.domain_name === body.domain);
			if (body.status) list = list.filter((m) => m.status === body.status);
			if (body.keyword) list = list.filter((m) => m.username.includes(body.keyword));
			if (body.platform) list = list.filter((m) => m.platform === body.platform);
			return ok(
				'Mailboxes retrieved successfully',
				pageOf(list, body, 'mailboxes', totalsOf(state)),
			);
		},
	},
	{
		method: 'GET',
		path: '/mailboxes/details',
		scope: 'workspace',
		// The answer's shape is recorded nowhere; { mailbox } is the guess the node passes through.
		handle: ({ state, query, workspace }) =>
			ok('Mailbox details', { mailbox: findMailbox(state, workspace, query.uid) }),
	},
	{
		method: 'GET',
		path: '/mailboxes/show-credentials',
		scope: 'workspace',
		handle: ({ state, query, workspace }) => {
			if (!query.uid && !query.email) throw fail(400, 'uid or email is required');
			const mailbox = query.email
				? inWorkspace(state, workspace).find((m) => addressOf(m) === query.email)
				: findMailbox(state, workspace, query.uid);
			if (!mailbox) throw fail(404, 'Mailbox not found');
			return ok('Mailbox credentials retrieved successfully', {
				...state.mailboxSecrets[mailbox.uid],
			});
		},
	},
	{
		method: 'POST',
		path: '/mailboxes/buy',
		scope: 'workspace',
		handle: ({ state, body, workspace, statusChanges }) => {
			if (!Array.isArray(body.mailboxes) || body.mailboxes.length === 0)
				throw fail(400, 'mailboxes is required');
			onlyKeys(body, ['mailboxes', 'use_wallet_balance']);
			const cost = body.mailboxes.length * state.account.cost_per_google_mailbox;
			if (body.use_wallet_balance && state.wallet.credits_remaining < cost)
				throw fail(400, 'Insufficient wallet balance');
			// Not from the wallet: a Stripe checkout, and nothing is bought until it is paid.
			if (body.use_wallet_balance !== true) {
				const session_id = `cs_test_${newUid('')}`;
				return ok('Checkout session created', {
					url: `https://checkout.stripe.com/c/pay/${session_id}`,
					session_id,
				});
			}
			const platformOf = {};
			const bought = body.mailboxes.map((entry) => {
				requireFields(entry, ['first_name', 'last_name', 'username', 'platform', 'domain_name']);
				for (const key of Object.keys(entry))
					if (!BUY_FIELDS.includes(key)) throw fail(400, `"mailboxes[].${key}" is not allowed`);
				if (!PLATFORMS.includes(entry.platform))
					throw fail(400, `Invalid platform: ${entry.platform}`);
				if (
					!state.domains.some(
						(d) => d.name === entry.domain_name && d.workspace_uid === workspace.uid,
					)
				)
					throw fail(404, `Domain not found: ${entry.domain_name}`);
				if ((platformOf[entry.domain_name] ??= entry.platform) !== entry.platform)
					throw fail(400, `All mailboxes of ${entry.domain_name} must be on one platform`);
				if (state.mailboxes.some((m) => addressOf(m) === addressOf(entry)))
					throw fail(400, `Mailbox ${addressOf(entry)} already exists`);
				return {
					uid: newUid('mbx_'),
					workspace_uid: workspace.uid,
					domain_name: entry.domain_name,
					first_name: entry.first_name,
					last_name: entry.last_name,
					profile_picture: entry.profile_picture ?? null,
					username: entry.username,
					platform: entry.platform,
					status: 'scheduled',
					renewal_date: null,
					renewal_cycle: 'monthly',
				};
			});
			state.mailboxes.push(...bought);
			// Set up later; InboxKit then sends mailbox.status_changed.
			for (const m of bought) statusChanges?.schedule('mailbox', m.uid, { status: 'active' });
			for (const m of bought)
				state.mailboxSecrets[m.uid] = {
					password: 'New-Pass-1!',
					app_password: '',
					secret: 'NEWSECRET',
				};
			if (body.use_wallet_balance) {
				state.wallet.credits_used += cost;
				state.wallet.credits_remaining -= cost;
			}
			return ok('Mailbox scheduled to be assigned to domains successfully', {
				mailboxes: bought.map(({ workspace_uid: _w, ...record }) => record),
			});
		},
	},
	{
		method: 'POST',
		path: '/mailboxes/status',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			// As the client saw it live: uids or domain_uids, else 400 "uids is required".
			let found;
			if (Array.isArray(body.domain_uids) && body.domain_uids.length > 0) {
				const names = body.domain_uids.map((uid) => {
					const domain = state.domains.find(
						(d) => d.uid === uid && d.workspace_uid === workspace.uid,
					);
					if (!domain) throw fail(404, `Domain not found: ${uid}`);
					return domain.name;
				});
				found = inWorkspace(state, workspace).filter((m) => names.includes(m.domain_name));
			} else {
				found = uidList(body).map((uid) => findMailbox(state, workspace, uid));
			}
			const list = found.map(({ uid, username, domain_name, status }) => ({
				uid,
				username,
				domain_name,
				status,
			}));
			return ok('Mailbox status', pageOf(list, body, 'mailboxes', totalsOf(state)));
		},
	},
	{
		method: 'POST',
		path: '/mailboxes/cancel',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			onlyKeys(body, ['uids']);
			const mailboxes = uidList(body).map((uid) => findMailbox(state, workspace, uid));
			for (const m of mailboxes) m.status = 'scheduled_for_cancellation';
			// As captured live: a message only.
			return ok('Mailbox scheduled for cancellation');
		},
	},
	{
		// As a client reads it: each mailbox in results.success or results.failed with its reason.
		method: 'POST',
		path: '/mailboxes/uncancel',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			onlyKeys(body, ['uids']);
			const results = { success: [], failed: [] };
			for (const uid of uidList(body)) {
				const mailbox = inWorkspace(state, workspace).find((m) => m.uid === uid);
				if (!mailbox) results.failed.push({ uid, error: 'Mailbox not found' });
				else if (mailbox.status !== 'scheduled_for_cancellation')
					results.failed.push({ uid, error: 'Mailbox is not scheduled for cancellation' });
				else {
					mailbox.status = 'active';
					results.success.push({ uid });
				}
			}
			return ok('Mailbox uncancellation processed', { results });
		},
	},
	{
		method: 'POST',
		path: '/mailboxes/update',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			onlyKeys(body, ['uid', 'first_name', 'last_name']);
			const mailbox = findMailbox(state, workspace, body.uid);
			Object.assign(mailbox, {
				first_name: body.first_name ?? mailbox.first_name,
				last_name: body.last_name ?? mailbox.last_name,
			});
			return ok('Mailbox update queued');
		},
	},
	{
		// As both sources call it: the mailbox in the path, a picture URL in the body, under `url`
		// as the code client sends it.
		method: 'POST',
		path: '/mailboxes/{uid}/profile-picture',
		scope: 'workspace',
		handle: ({ state, params, body, workspace }) => {
			onlyKeys(body, ['url']);
			const mailbox = findMailbox(state, workspace, params.uid);
			requireFields(body, ['url']);
			if (!/^https?:\/\/\S+$/.test(body.url)) throw fail(400, 'url must be a URL');
			mailbox.profile_picture = body.url;
			return ok('Profile picture updated', { profile_picture: mailbox.profile_picture });
		},
	},
	{
		method: 'GET',
		path: '/mailboxes/totp',
		scope: 'workspace',
		handle: ({ state, query, workspace }) => {
			findMailbox(state, workspace, query.uid);
			return ok('TOTP generated', { totp: '492039', expires_in: 30 });
		},
	},
	{
		method: 'POST',
		path: '/mailboxes/change-username',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			requireFields(body, ['uid', 'username']);
			onlyKeys(body, ['uid', 'username']);
			const mailbox = findMailbox(state, workspace, body.uid);
			if (state.mailboxes.some((m) => addressOf(m) === `${body.username}@${mailbox.domain_name}`))
				throw fail(409, 'Username already taken');
			mailbox.username = body.username;
			return ok('Username change queued');
		},
	},
	{
		method: 'POST',
		path: '/mailboxes/change-password',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			requireFields(body, ['uid', 'password']);
			onlyKeys(body, ['uid', 'password']);
			const mailbox = findMailbox(state, workspace, body.uid);
			state.mailboxSecrets[mailbox.uid].password = body.password;
			return ok('Password changed successfully');
		},
	},
	{
		method: 'GET',
		path: '/mailboxes/availability',
		scope: 'workspace',
		handle: ({ state, query }) => {
			requireFields(query, ['username', 'domain']);
			return ok('Mailbox availability', {
				available: !state.mailboxes.some(
					(m) => addressOf(m) === `${query.username}@${query.domain}`,
				),
			});
		},
	},
];
