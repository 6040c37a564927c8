import type { InboxKitOperation } from '../../operation';
import { deletedOutput } from '../../shared/answers';
import { readLocatorId } from '../../shared/parameters';
import { workspaceUidField } from './fields';

export const deleteWorkspace: InboxKitOperation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete workspace',
	description: 'Delete a workspace, given its uid',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: 'the path and the uid in the query (the docs page shows no body); like "Get"',
	method: 'DELETE',
	path: '/workspaces/delete',
	workspaceScoped: false,
	destroys: 'Deletes the workspace',
	fields: [workspaceUidField('The workspace to delete')],
	request: (ctx, i) => ({ qs: { uid: readLocatorId(ctx, 'workspaceUid', i, 'Workspace') } }),
	output: (answer, sent) => deletedOutput(answer, { uid: sent.qs.uid }),
};
