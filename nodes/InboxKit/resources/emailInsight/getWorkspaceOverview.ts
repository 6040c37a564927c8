import type { InboxKitOperation } from '../../operation';
import { unwrapData } from '../../shared/answers';

export const getWorkspaceOverview: InboxKitOperation = {
	value: 'getWorkspaceOverview',
	name: 'Get Workspace Overview',
	action: 'Get workspace email overview',
	description: "Get the workspace's sending overview (no input needed)",
	// Clients call it (a path sweep and a research client); none shows its answer or a query.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'the answer (passed through, its `data` flattened) and that it takes no query',
	method: 'GET',
	path: '/email-insights/workspace/overview',
	workspaceScoped: true,
	output: (answer) => unwrapData(answer),
};
