import type { InboxKitOperation } from '../../operation';

export const getStats: InboxKitOperation = {
	value: 'getStats',
	name: 'Get Stats',
	action: 'Get warmup stats',
	description:
		"Get the workspace's warmup counts, average health and monthly total (no input needed)",
	// Answer stats{activeCount, pendingCount, pausedCount, avgHealthScore, monthlyTotal} (client).
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'GET',
	path: '/warmup/stats',
	workspaceScoped: true,
};
