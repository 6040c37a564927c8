'use strict';
const { ok, fail, pageOf, totalsOf, newUid } = require('../answers');

/**
 * Warmup subscriptions, one per mailbox, answering in the shapes public clients show (a live
 * capture for add, list and pricing; the docs page, via a client, for cancel). Add bills the
 * wallet 3 credits per mailbox, and, as InboxKit may, bills again for a mailbox that is already
 * warming: the node must not send one twice. A subscription added without
 * `activate_immediately` is pending, and turns active later (no webhook: InboxKit's docs list
 * no warmup event).
 */

function mailboxUids(body) {
	if (!Array.isArray(body.mailbox_uids) || body.mailbox_uids.length === 0)
		throw fail(400, 'mailbox_uids is required');
	if (body.mailbox_uids.length > 100) throw fail(400, 'mailbox_uids must hold 1 to 100 mailboxes');
	return body.mailbox_uids;
}

function onlyKeys(body, keys) {
	for (const key of Object.keys(body))
		if (!keys.includes(key)) throw fail(400, `"${key}" is not allowed`);
}

const inWorkspace = (state, workspace) =>
	state.warmupSubscriptions.filter((s) => s.workspace_uid === workspace.uid);

/** A subscription as the API shows it (without the sandbox's own workspace key). */
const shown = ({ workspace_uid: _w, ...subscription }) => subscription;

/** Cancel and pause: each mailbox in results.success or results.failed. */
function change(state, workspace, body, from, to, verb) {
	onlyKeys(body, ['mailbox_uids']);
	const results = { success: [], failed: [] };
	for (const uid of mailboxUids(body)) {
		const subscription = inWorkspace(state, workspace).find(
			(s) => s.mailbox_uid === uid && from.includes(s.status),
		);
		if (!subscription)
			results.failed.push({ mailbox_uid: uid, error: `No warmup subscription to ${verb}` });
		else {
			subscription.status = to;
			results.success.push({ mailbox_uid: uid, subscription_uid: subscription.uid });
		}
	}
	return ok(
		`Processed ${results.success.length + results.failed.length} mailbox(es): ${results.success.length} ${to}, ${results.failed.length} failed`,
		{ results },
	);
}

exports.routes = [
	{
		method: 'POST',
		path: '/warmup/add',
		scope: 'workspace',
		handle: ({ state, body, workspace, statusChanges }) => {
			onlyKeys(body, ['mailbox_uids', 'activate_immediately']);
			const uids = mailboxUids(body);
			const price = state.warmupPricePerMonth;
			if (state.wallet.credits_remaining < uids.length * price)
				throw fail(402, 'Insufficient wallet balance to add warmup');
			const subscriptions = [];
			const errors = [];
			for (const uid of uids) {
				const mailbox = state.mailboxes.find(
					(m) => m.uid === uid && m.workspace_uid === workspace.uid,
				);
				if (!mailbox) {
					errors.push({ mailbox_uid: uid, error: 'Mailbox not found' });
					continue;
				}
				const subscription = {
					uid: newUid('wus_'),
					workspace_uid: workspace.uid,
					mailbox_uid: uid,
					status: body.activate_immediately === true ? 'active' : 'pending',
					mailbox_email: `${mailbox.username}@${mailbox.domain_name}`,
					price_per_month: price,
					started_at: body.activate_immediately === true ? new Date().toISOString() : null,
					next_billing_date: null,
					mailbox: {
						uid,
						username: mailbox.username,
						domain_name: mailbox.domain_name,
						platform: mailbox.platform,
						status: mailbox.status,
					},
				};
				state.warmupSubscriptions.push(subscription);
				// Billed per mailbox, again for one already warming (as a client warns).
				state.wallet.credits_used += price;
				state.wallet.credits_remaining -= price;
				if (subscription.status === 'pending')
					statusChanges?.schedule('warmup', subscription.uid, { status: 'active' });
				subscriptions.push(shown(subscription));
			}
			return ok(`${subscriptions.length} mailbox(es) added to warmup`, {
				subscriptions,
				errors,
				skipped: 0,
			});
		},
	},
	{
		method: 'POST',
		path: '/warmup/list',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			onlyKeys(body, ['page', 'limit', 'status', 'include_cancelled']);
			let list = inWorkspace(state, workspace);
			if (body.include_cancelled !== true) list = list.filter((s) => s.status !== 'cancelled');
			if (body.status) list = list.filter((s) => s.status === body.status);
			return ok(
				'Warmup subscriptions retrieved',
				pageOf(list.map(shown), body, 'subscriptions', totalsOf(state)),
			);
		},
	},
	{
		method: 'POST',
		path: '/warmup/cancel',
		scope: 'workspace',
		handle: ({ state, body, workspace }) =>
			change(state, workspace, body, ['active', 'pending', 'paused'], 'cancelled', 'cancel'),
	},
	{
		method: 'POST',
		path: '/warmup/pause',
		scope: 'workspace',
		handle: ({ state, body, workspace }) =>
			change(state, workspace, body, ['active', 'pending'], 'paused', 'pause'),
	},
	{
		method: 'GET',
		path: '/warmup/pricing',
		scope: 'workspace',
		handle: ({ state }) =>
			ok('Warmup pricing', {
				price_per_mailbox_per_month: state.warmupPricePerMonth,
				currency: 'credits',
			}),
	},
	{
		method: 'GET',
		path: '/warmup/stats',
		scope: 'workspace',
		handle: ({ state, workspace }) => {
			const list = inWorkspace(state, workspace);
			const count = (status) => list.filter((s) => s.status === status).length;
			const scored = list.filter((s) => s.status === 'active' && s.cached_stats);
			return ok('Warmup stats', {
				stats: {
					activeCount: count('active'),
					pendingCount: count('pending'),
					pausedCount: count('paused'),
					avgHealthScore:
						scored.length === 0
							? null
							: scored.reduce((sum, s) => sum + s.cached_stats.health_score, 0) / scored.length,
					monthlyTotal:
						(count('active') + count('pending') + count('paused')) * state.warmupPricePerMonth,
				},
			});
		},
	},
];
