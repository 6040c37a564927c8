'use strict';
/**
 * Cloudflare accounts the sandbox knows (by API token), and what InboxKit stores once one is
 * connected: the main workspace already holds one credential with one connected zone.
 */

function seed() {
	return {
		/** Cloudflare accounts by API token (tests build the tokens the same way). */
		cloudflareAccounts: {
			'cf-token-acme-0001': {
				account_id: 'cfacc_acme',
				zones: ['acme-cloud.com', 'acme-cloud.net', 'acme-mail.io'],
			},
			'cf-token-other-0002': { account_id: 'cfacc_other', zones: ['other-zone.com'] },
			'cf-token-fresh-0003': { account_id: 'cfacc_fresh', zones: ['fresh-zone.com'] },
		},
		/** Per workspace: the Cloudflare account whose credential InboxKit stores. */
		cloudflareCredentials: { ws_main01: 'cfacc_acme', ws_agency2: 'cfacc_other' },
		cloudflareDomains: [
			{
				uid: 'cfd_acme01',
				workspace_uid: 'ws_main01',
				name: 'acme-cloud.com',
				status: 'active',
				connection_mode: 'api_token',
				credential_status: 'valid',
				assigned_mailboxes: 0,
				zone_id: 'zone_acme_cloud_com',
			},
		],
	};
}

module.exports = { seed };
