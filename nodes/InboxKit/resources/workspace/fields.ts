import type { INodeProperties } from 'n8n-workflow';
import { workspacePicker } from '../../pickers/workspace';

/** Fields of the Workspace operations. */

export const workspaceUidField = (description: string): INodeProperties =>
	workspacePicker('Workspace', description);

export const webhookUrlField: INodeProperties = {
	displayName: 'Webhook URL',
	name: 'webhookUrl',
	type: 'string',
	default: '',
	placeholder: 'https://example.com/webhook',
	description: "Where InboxKit posts status changes of this workspace's domains and mailboxes",
};

export const adminsOnlyField: INodeProperties = {
	displayName: 'Admins Only',
	name: 'admins_only',
	type: 'boolean',
	default: false,
	description: 'Whether only team admins can see this workspace',
};
