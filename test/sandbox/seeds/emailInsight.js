'use strict';
/** Sending health of the main workspace's mailboxes, as /email-insights answers it (live capture). */

function seed() {
	return {
		mailboxHealth: {
			mbx_jane01: {
				status: 'active',
				bounce_rate_30d: 0.8,
				total_7d: 140,
				total_30d: 610,
				last_event_at: '2026-12-06T17:02:11.000Z',
			},
			// Active in InboxKit, but quiet: health's status is activity, not lifecycle.
			mbx_john02: {
				status: 'inactive',
				bounce_rate_30d: 0,
				total_7d: 0,
				total_30d: 12,
				last_event_at: '2026-11-18T08:00:00.000Z',
			},
			mbx_sam03: {
				status: 'active',
				bounce_rate_30d: 7.4,
				total_7d: 95,
				total_30d: 402,
				last_event_at: '2026-12-05T09:30:00.000Z',
			},
		},
	};
}

module.exports = { seed };
