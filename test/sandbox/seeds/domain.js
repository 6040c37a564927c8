'use strict';
/**
 * Domains of the sandbox's workspaces, in the shape InboxKit's /domains/list answers with, and
 * the registry the search and availability checks answer from.
 */

function domain(uid, name, workspace_uid, fields = {}) {
	return {
		uid,
		name,
		workspace_uid,
		price: 12.5,
		assigned_mailboxes: 0,
		status: 'active',
		connection_type: 'purchased',
		dns_propagation_status: 'propagated',
		nameserver_match_status: 'matched',
		actual_nameservers: ['ns1.inboxkit-dns.com', 'ns2.inboxkit-dns.com'],
		nameservers: ['ns1.inboxkit-dns.com', 'ns2.inboxkit-dns.com'],
		dmarc: null,
		catch_all_email: null,
		forwarding_url: null,
		created_at: '2025-04-01T09:00:00.000Z',
		...fields,
	};
}

function seed() {
	return {
		domains: [
			domain('dom_acmemail1', 'acme-mail.com', 'ws_main01', { assigned_mailboxes: 3 }),
			domain('dom_acmeout2', 'acmeoutreach.net', 'ws_main01', { price: 13 }),
			domain('dom_acmeconn3', 'acme-connect.io', 'ws_main01', {
				status: 'pending',
				connection_type: 'connected',
				dns_propagation_status: 'pending',
				nameserver_match_status: 'mismatch',
				actual_nameservers: ['ns1.registrar-parking.com', 'ns2.registrar-parking.com'],
				price: 0,
			}),
			domain('dom_getacme4', 'getacme.org', 'ws_main01', {
				connection_type: 'connected',
				price: 0,
			}),
			domain('dom_client5', 'client-one.com', 'ws_agency2'),
		],
		domainRegistry: {
			/** Names InboxKit refuses to register or connect. */
			banned: ['spam-king.com', 'free-money.net'],
			/** Names registered by someone else. */
			taken: ['acme.com', 'acme.net', 'google.com'],
			/** Price per year by TLD. */
			prices: { com: 12.5, net: 13, org: 11, shop: 4.5, io: 39 },
			renewalPrices: { com: 14, net: 15, org: 13, shop: 29, io: 45 },
			/** Names on which someone else already set up Google Workspace or Microsoft 365. */
			workspaceTaken: { google: ['acmeoutreach.net'], ms365: ['acme-mail.com'] },
		},
		/** Email forwarding set on mailboxes, by mailbox uid. */
		emailForwarding: { mb_sales01: 'inbox@acme.test' },
	};
}

module.exports = { seed };
