import type { InboxKitOperation } from '../../operation';
import { unwrapData } from '../../shared/answers';

export const getMailboxesHealth: InboxKitOperation = {
	value: 'getMailboxesHealth',
	name: 'Get Mailboxes Health',
	action: 'Get health of all mailboxes',
	description: "Get the sending health of the workspace's mailboxes (no input needed)",
	// Clients call it (a path sweep and a research client); none shows its answer or a query.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'the answer (passed through, its `data` flattened) and that it takes no query',
	method: 'GET',
	path: '/email-insights/workspace/mailboxes-health',
	workspaceScoped: true,
	output: (answer) => unwrapData(answer),
};
