import type { InboxKitOperation } from '../../operation';
import { asName } from '../../shared/namesAndSecrets';
import { readCollection } from '../../shared/parameters';
import { checkUrl } from '../../shared/validate';
import { adminsOnlyField, webhookUrlField } from './fields';

export const create: InboxKitOperation = {
	value: 'create',
	name: 'Create',
	action: 'Create workspace',
	description: 'Create a workspace in your team, given its name',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	// One client posts to /workspaces instead.
	path: '/workspaces/create',
	workspaceScoped: false,
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			description: 'Name of the new workspace',
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [adminsOnlyField, { ...webhookUrlField, name: 'webhook_url' }],
		},
	],
	request: (ctx, i) => {
		const extra = readCollection(ctx, 'additionalFields', i);
		if (extra.webhook_url)
			extra.webhook_url = checkUrl(ctx, i, 'Webhook URL', String(extra.webhook_url));
		return {
			body: { name: asName(ctx, i, 'Name', ctx.getNodeParameter('name', i, '')), ...extra },
		};
	},
};
