'use strict';
/** DNS records of the sandbox's domains, by domain name, as /dns/list answers with them. */

function seed() {
	return {
		dnsRecords: {
			'acme-mail.com': [
				{ type: 'MX', host: '@', value: 'smtp.google.com', ttl: 3600, priority: 1, status: 'active' },
				{ type: 'TXT', host: '@', value: 'v=spf1 include:_spf.google.com ~all', ttl: 3600, status: 'active' },
				{ type: 'TXT', host: '_dmarc', value: 'v=DMARC1; p=none', ttl: 3600, status: 'active' },
				{ type: 'CNAME', host: 'track', value: 'open.inboxkit-track.com', ttl: 3600, status: 'active' },
			],
			'acmeoutreach.net': [{ type: 'A', host: '@', value: '192.0.2.20', ttl: 300, status: 'active' }],
		},
	};
}

module.exports = { seed };
