import type { InboxKitResource } from '../../operation';
import { create } from './create';
import { deleteWorkspace } from './delete';
import { get } from './get';
import { getMany } from './getMany';
import { update } from './update';
import { updateWebhook } from './updateWebhook';

export const workspace: InboxKitResource = {
	value: 'workspace',
	name: 'Workspace',
	description: 'Workspaces group domains, mailboxes and sequencers',
	defaultOperation: 'getMany',
	operations: [create, deleteWorkspace, get, getMany, update, updateWebhook],
};
