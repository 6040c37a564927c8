import type { InboxKitResource } from '../operation';
import { readText } from '../shared/parameters';
import { checkDomain } from '../shared/validate';

export const dns: InboxKitResource = {
	value: 'dns',
	name: 'DNS',
	description: 'DNS records of domains managed by InboxKit',
	operations: [
		{
			value: 'get',
			name: 'Get Records',
			action: 'Get DNS records',
			description: 'Get the DNS records of a domain',
			docs: 'https://docs.inboxkit.com/get-dns-records',
			method: 'GET',
			path: '/dns/list',
			workspaceScoped: true,
			fields: [
				{
					displayName: 'Domain',
					name: 'domain',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'example.com',
					description: 'The domain whose records to get',
				},
			],
			request: (ctx, i) => ({ qs: { domain: checkDomain(ctx, i, 'Domain', readText(ctx, 'domain', i, 'Domain')) } }),
		},
	],
};
