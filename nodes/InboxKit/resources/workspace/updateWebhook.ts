import type { InboxKitOperation } from '../../operation';
import { readLocatorId, readText } from '../../shared/parameters';
import { checkUrl } from '../../shared/validate';
import { webhookUrlField, workspaceUidField } from './fields';

export const updateWebhook: InboxKitOperation = {
	value: 'updateWebhook',
	name: 'Update Webhook',
	action: 'Update workspace webhook',
	description: "Set the URL InboxKit posts a workspace's status changes to, given its uid",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'live',
	method: 'POST',
	// Two other clients use /workspaces/{uid}/webhook; path-style routes answer 404 live.
	path: '/workspaces/webhook',
	workspaceScoped: false,
	fields: [
		workspaceUidField('The workspace whose webhook to set'),
		{ ...webhookUrlField, required: true },
	],
	request: (ctx, i) => ({
		body: {
			uid: readLocatorId(ctx, 'workspaceUid', i, 'Workspace'),
			webhook_url: checkUrl(ctx, i, 'Webhook URL', readText(ctx, 'webhookUrl', i, 'Webhook URL'), {
				httpsOnly: true,
			}),
		},
	}),
};
