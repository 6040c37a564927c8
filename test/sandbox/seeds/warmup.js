'use strict';
/**
 * Warmup subscriptions of the main workspace, in the shape /warmup/list answers with (a client
 * that called the live API): john.roe is warming, sam.poe's warmup was cancelled.
 */

function subscription(uid, mailbox, status, fields = {}) {
	return {
		uid,
		workspace_uid: 'ws_main01',
		mailbox_uid: mailbox.uid,
		status,
		mailbox_email: `${mailbox.username}@${mailbox.domain_name}`,
		price_per_month: 3,
		started_at: '2026-11-02T09:00:00.000Z',
		next_billing_date: '2026-12-02T09:00:00.000Z',
		mailbox: { ...mailbox, platform: 'GOOGLE', status: 'active' },
		cached_stats: { health_score: 92, inbox_rate: 97.5, warmup_day: 35, emails_sent: 640 },
		...fields,
	};
}

function seed() {
	return {
		warmupSubscriptions: [
			subscription(
				'wus_john01',
				{ uid: 'mbx_john02', username: 'john.roe', domain_name: 'acme-mail.com' },
				'active',
			),
			subscription(
				'wus_sam02',
				{ uid: 'mbx_sam03', username: 'sam.poe', domain_name: 'acmeoutreach.net' },
				'cancelled',
				{ next_billing_date: null },
			),
		],
		warmupPricePerMonth: 3,
	};
}

module.exports = { seed };
