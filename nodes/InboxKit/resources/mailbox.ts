import type { InboxKitResource } from '../operation';
import { compact, readCollection } from '../shared/parameters';

export const mailbox: InboxKitResource = {
	value: 'mailbox',
	name: 'Mailbox',
	description: 'Buy, manage and cancel mailboxes',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'List mailboxes',
			description: 'List the mailboxes of the workspace',
			// Docs show GET, which answers 404 live; clients use POST with filters in the body.
			docs: 'https://docs.inboxkit.com/list-mailboxes',
			method: 'POST',
			path: '/mailboxes/list',
			workspaceScoped: true,
			readsOnly: true,
			fields: [
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
					options: [
						{ displayName: 'Domain', name: 'domain', type: 'string', default: '', description: 'Only mailboxes on this domain' },
						{ displayName: 'Keyword', name: 'keyword', type: 'string', default: '', description: 'Only mailboxes whose address contains this text' },
						{ displayName: 'Status', name: 'status', type: 'string', default: '', description: 'Only mailboxes in this status, e.g. active' },
					],
				},
			],
			request: (ctx, i) => ({ body: compact(readCollection(ctx, 'filters', i)) }),
			list: { recordsKey: 'mailboxes', paging: 'page' },
		},
	],
};
