import type { InboxKitOperation } from '../../operation';
import { unwrapData } from '../../shared/answers';

export const getActivity: InboxKitOperation = {
	value: 'getActivity',
	name: 'Get Activity',
	action: 'Get workspace email activity',
	description: "Get the workspace's recent sending activity (no input needed)",
	// Clients call it (a path sweep and a research client); none shows its answer or a query.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'the answer (passed through, its `data` flattened) and that it takes no query',
	method: 'GET',
	path: '/email-insights/workspace/activity',
	workspaceScoped: true,
	output: (answer) => unwrapData(answer),
};
