import type { InboxKitOperation } from '../../operation';

export const getMany: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List workspaces',
	description: "List your team's workspaces, each with its uid and name",
	docs: 'https://docs.inboxkit.com/list-workspaces-18118362e0',
	evidence: 'live',
	method: 'GET',
	path: '/workspaces/list',
	workspaceScoped: false,
	// Not paged: one answer holds every workspace.
	list: { recordsKey: 'workspaces', paging: 'none' },
};
