import type { InboxKitOperation } from '../../operation';
import { unwrapData } from '../../shared/answers';

export const getHighBounceMailboxes: InboxKitOperation = {
	value: 'getHighBounceMailboxes',
	name: 'Get High-Bounce Mailboxes',
	action: 'Get high-bounce mailboxes',
	description: "Get the workspace's mailboxes whose bounce rate is high (no input needed)",
	// Clients call it (a path sweep and a research client); none shows its answer or a query.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'the answer (passed through, its `data` flattened) and that it takes no query',
	method: 'GET',
	path: '/email-insights/workspace/high-bounce-mailboxes',
	workspaceScoped: true,
	output: (answer) => unwrapData(answer),
};
