import type { InboxKitOperation } from '../../operation';
import { simplifyConsentRequest } from '../../shared/simplify';

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
	// Records as the status answer's data (uid, status, status_text, status_reason, mailbox{email,
	// uid}, completed_at), with the mailbox and domain (sandbox: the docs' consent event).
	list: { recordsKey: 'data', paging: 'offset', simplify: simplifyConsentRequest },
};
