import type { INodeProperties } from 'n8n-workflow';

import type { InboxKitOperation, InboxKitResource } from '../operation';
import { workspacePicker } from '../shared/fields';
import { readCollection, readLocatorId, readText } from '../shared/parameters';
import { checkUrl } from '../shared/validate';

const workspaceUid = (description: string): INodeProperties =>
	workspacePicker('Workspace', description);

const webhookUrl: INodeProperties = {
	displayName: 'Webhook URL',
	name: 'webhookUrl',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/webhook',
	description: "Where InboxKit posts status changes of this workspace's domains and mailboxes",
};

const adminsOnly: INodeProperties = {
	displayName: 'Admins Only',
	name: 'admins_only',
	type: 'boolean',
	default: false,
	description: 'Whether only team admins can see this workspace',
};

export const listWorkspaces: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List workspaces',
	description: 'List the workspaces of your team',
	docs: 'https://docs.inboxkit.com/list-workspaces-18118362e0',
	method: 'GET',
	path: '/workspaces/list',
	// Not paged: one answer holds every workspace.
	workspaceScoped: false,
	list: { recordsKey: 'workspaces', paging: 'none' },
};

export const workspace: InboxKitResource = {
	value: 'workspace',
	name: 'Workspace',
	description: 'Workspaces group domains, mailboxes and sequencers',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a workspace',
			description: 'Create a new workspace in your team',
			docs: 'https://docs.inboxkit.com/create-workspace-18118364e0',
			method: 'POST',
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
					options: [adminsOnly, { ...webhookUrl, name: 'webhook_url' }],
				},
			],
			request: (ctx, i) => {
				const extra = readCollection(ctx, 'additionalFields', i);
				if (extra.webhook_url)
					extra.webhook_url = checkUrl(ctx, i, 'Webhook URL', String(extra.webhook_url));
				return { body: { name: readText(ctx, 'name', i, 'Name'), ...extra } };
			},
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a workspace',
			description: 'Delete a workspace',
			docs: 'https://docs.inboxkit.com/delete-workspace-18118366e0',
			method: 'DELETE',
			// Path and the uid in the query are assumed (the docs page shows no body); like "Get".
			path: '/workspaces/delete',
			workspaceScoped: false,
			fields: [workspaceUid('The workspace to delete')],
			request: (ctx, i) => ({ qs: { uid: readLocatorId(ctx, 'workspaceUid', i, 'Workspace') } }),
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get workspace details',
			description: 'Get the details of one workspace',
			docs: 'https://docs.inboxkit.com/get-workspace-details-18118363e0',
			method: 'GET',
			path: '/workspaces/details',
			workspaceScoped: false,
			fields: [workspaceUid('The workspace to get')],
			request: (ctx, i) => ({ qs: { uid: readLocatorId(ctx, 'workspaceUid', i, 'Workspace') } }),
		},
		listWorkspaces,
		{
			value: 'update',
			name: 'Update',
			action: 'Update a workspace',
			description: 'Rename a workspace or change who can see it',
			docs: 'https://docs.inboxkit.com/update-workspace-18118365e0',
			method: 'PUT',
			// Path and body (uid + changed fields) are assumed, following "Create workspace".
			path: '/workspaces/update',
			workspaceScoped: false,
			fields: [
				workspaceUid('The workspace to update'),
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [
						adminsOnly,
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							description: 'New name of the workspace',
						},
					],
				},
			],
			request: (ctx, i) => ({
				body: {
					uid: readLocatorId(ctx, 'workspaceUid', i, 'Workspace'),
					...readCollection(ctx, 'updateFields', i),
				},
			}),
		},
		{
			value: 'updateWebhook',
			name: 'Update Webhook',
			action: 'Update a workspace webhook',
			description: "Set the URL InboxKit posts this workspace's status changes to",
			docs: 'https://docs.inboxkit.com/update-workspace-webhook-18118367e0',
			method: 'POST',
			// Clients disagree (/workspaces/{uid}/webhook); path-style routes answer 404 live.
			path: '/workspaces/webhook',
			workspaceScoped: false,
			fields: [
				workspaceUid('The workspace whose webhook to set'),
				{ ...webhookUrl, required: true },
			],
			request: (ctx, i) => ({
				body: {
					uid: readLocatorId(ctx, 'workspaceUid', i, 'Workspace'),
					webhook_url: checkUrl(
						ctx,
						i,
						'Webhook URL',
						readText(ctx, 'webhookUrl', i, 'Webhook URL'),
						{ httpsOnly: true },
					),
				},
			}),
		},
	],
};
