import type { InboxKitOperation } from '../../operation';
import { asName } from '../../shared/namesAndSecrets';
import { readCollection, readLocatorId } from '../../shared/parameters';
import { adminsOnlyField, workspaceUidField } from './fields';

export const update: InboxKitOperation = {
	value: 'update',
	name: 'Update',
	action: 'Update workspace',
	description: 'Rename a workspace or change who can see it, given its uid',
	docs: 'https://docs.inboxkit.com/update-workspace-18118365e0',
	evidence: 'docs-nav',
	assumed: 'the path and the body (uid + changed fields), following "Create workspace"',
	method: 'PUT',
	path: '/workspaces/update',
	workspaceScoped: false,
	fields: [
		workspaceUidField('The workspace to update'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				adminsOnlyField,
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
	request: (ctx, i) => {
		const fields = readCollection(ctx, 'updateFields', i);
		if (fields.name !== undefined) fields.name = asName(ctx, i, 'Name', fields.name);
		return { body: { uid: readLocatorId(ctx, 'workspaceUid', i, 'Workspace'), ...fields } };
	},
};
