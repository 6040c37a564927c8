'use strict';
/**
 * Mailboxes of the sandbox's main workspace, in the shape /mailboxes/list answers with (client
 * capture): username and domain_name, no email field.
 */

function mailbox(uid, username, domain_name, status, fields = {}) {
	return {
		uid,
		workspace_uid: 'ws_main01',
		domain_name,
		forwarding_email: '',
		first_name: username.split('.')[0].replace(/^./, (c) => c.toUpperCase()),
		last_name: 'Acme',
		profile_picture: null,
		username,
		platform: 'GOOGLE',
		status,
		is_admin: false,
		tags: [],
		renewal_cycle: 'monthly',
		createdAt: '2025-06-15T11:53:54.260Z',
		...fields,
	};
}

function seed() {
	return {
		mailboxes: [
			mailbox('mbx_jane01', 'jane.doe', 'acme-mail.com', 'active'),
			mailbox('mbx_john02', 'john.roe', 'acme-mail.com', 'active'),
			mailbox('mbx_sam03', 'sam.poe', 'acmeoutreach.net', 'suspended'),
			mailbox('mbx_lee04', 'lee.cho', 'acmeoutreach.net', 'scheduled_for_cancellation'),
		],
		// Secrets as /mailboxes/show-credentials answers with them; tests check where they must not leak.
		mailboxSecrets: {
			mbx_jane01: {
				password: 'Jane-Pass-2026!',
				app_password: 'abcd efgh ijkl mnop',
				secret: 'JBSWY3DPEHPK3PXP',
			},
			mbx_john02: { password: 'John-Pass-2026!', app_password: '', secret: 'KRSXG5DSNFXGOIDB' },
			mbx_sam03: { password: 'Sam-Pass-2026!', app_password: '', secret: 'MFRGGZDFMZTWQ2LK' },
			mbx_lee04: { password: 'Lee-Pass-2026!', app_password: '', secret: 'NBSWY3DPO5XXE3DE' },
		},
	};
}

module.exports = { seed };
