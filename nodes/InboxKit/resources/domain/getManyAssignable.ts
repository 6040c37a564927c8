import type { InboxKitOperation } from '../../operation';

export const getManyAssignable: InboxKitOperation = {
	value: 'getManyAssignable',
	name: 'Get Many Assignable',
	action: 'List assignable domains',
	description: "List the workspace's domains that new mailboxes can be put on",
	docs: 'https://docs.inboxkit.com/list-assignable-domains-18118351e0',
	evidence: 'client',
	assumed: 'the records key `domains`',
	method: 'GET',
	path: '/domains/assignable',
	workspaceScoped: true,
	list: { recordsKey: 'domains', paging: 'page' },
};
