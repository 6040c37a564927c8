import type { InboxKitOperation } from '../../operation';

export const getMany: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List client ID requests',
	description:
		"List the workspace's Google OAuth client ID requests (domain-wide delegation), with status",
	// A client calls it with page and limit; no source shows its answer.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: "the answer's list key `data` (as the consent request answers' `data`)",
	method: 'GET',
	path: '/mailboxes/client-id-requests',
	workspaceScoped: true,
	list: { recordsKey: 'data', paging: 'page' },
};
