import type { InboxKitOperation } from '../../operation';
import { readLocatorId } from '../../shared/parameters';
import { workspaceUidField } from './fields';

export const get: InboxKitOperation = {
	value: 'get',
	name: 'Get',
	action: 'Get workspace details',
	description: 'Get the details of one workspace, given its uid',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'GET',
	path: '/workspaces/details',
	workspaceScoped: false,
	fields: [workspaceUidField('The workspace to get')],
	request: (ctx, i) => ({ qs: { uid: readLocatorId(ctx, 'workspaceUid', i, 'Workspace') } }),
	// No source shows the answer: the record under `workspace` (as the sandbox has it) is output
	// like Get Many's, else the answer as it came.
	record: { key: 'workspace' },
};
