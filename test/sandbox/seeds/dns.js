'use strict';
/** DNS records of the sandbox's domains, by domain name, as /dns/list answers with them. */

function seed() {
	return {
		dnsRecords: {
			'acme-mail.com': [
				{
					_id: '60f7b8c9e4b0b8c9e4b0b8c1',
					type: 'MX',
					host: '@',
					value: 'smtp.google.com',
					ttl: 3600,
					priority: 1,
					status: 'active',
				},
				{
					_id: '60f7b8c9e4b0b8c9e4b0b8c2',
					type: 'TXT',
					host: '@',
					value: 'v=spf1 include:_spf.google.com ~all',
					ttl: 3600,
					status: 'active',
				},
				{
					_id: '60f7b8c9e4b0b8c9e4b0b8c3',
					type: 'TXT',
					host: '_dmarc',
					value: 'v=DMARC1; p=none',
					ttl: 3600,
					status: 'active',
				},
				{
					_id: '60f7b8c9e4b0b8c9e4b0b8c4',
					type: 'CNAME',
					host: 'track',
					value: 'open.inboxkit-track.com',
					ttl: 3600,
					status: 'active',
				},
			],
			'acmeoutreach.net': [
				{
					_id: '60f7b8c9e4b0b8c9e4b0b8d1',
					type: 'A',
					host: '@',
					value: '192.0.2.20',
					ttl: 300,
					status: 'active',
				},
			],
		},
	};
}

module.exports = { seed };
