import type { InboxKitOperation } from '../../operation';

export const getMany: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List consent requests',
	description: "List the workspace's consent requests, each with its uid, mailbox and status",
	// A client calls it with limit and offset; no source shows its answer.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: "the answer's list key `data` (as the status answer's `data`)",
	method: 'GET',
	path: '/mailboxes/consent-requests',
	workspaceScoped: true,
	list: { recordsKey: 'data', paging: 'offset' },
};
