import type { InboxKitResource } from '../operation';
import { readText } from '../shared/parameters';

export const domain: InboxKitResource = {
	value: 'domain',
	name: 'Domain',
	description: 'Search, register, connect and configure sending domains',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'List domains',
			description: 'List the domains of the workspace',
			// Docs show GET; live clients use POST with the filters in the body.
			docs: 'https://docs.inboxkit.com/list-domains',
			method: 'POST',
			path: '/domains/list',
			workspaceScoped: true,
			readsOnly: true,
			fields: [
				{
					displayName: 'Keyword',
					name: 'keyword',
					type: 'string',
					default: '',
					description: 'Only domains whose name contains this text',
				},
			],
			request: (ctx, i) => {
				const keyword = readText(ctx, 'keyword', i, 'Keyword', { required: false });
				return { body: keyword ? { keyword } : {} };
			},
			list: { recordsKey: 'domains', paging: 'page' },
		},
	],
};
