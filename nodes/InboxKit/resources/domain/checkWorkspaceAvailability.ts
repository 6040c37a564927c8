import type { InboxKitOperation } from '../../operation';
import { domainKey, recordsOf } from '../../shared/answers';
import { domainListField } from '../../shared/fields';
import { MAX_ENTRIES } from '../../shared/parameters';
import { readDomainList } from '../../shared/validate';

export const checkWorkspaceAvailability: InboxKitOperation = {
	value: 'checkWorkspaceAvailability',
	name: 'Check Workspace Availability',
	action: 'Check Google Workspace and Microsoft 365 availability',
	// "Workspace" here is Google's product, not an InboxKit workspace.
	description:
		'Check whether Google Workspace and Microsoft 365 mailboxes can still be set up on domains',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'at most 100 domains a request',
	method: 'POST',
	path: '/domains/check-workspace-availability',
	workspaceScoped: true,
	readsOnly: true,
	fields: [domainListField('The domains to check')],
	combine: {
		entries: (ctx, i) => readDomainList(ctx, i).map((name) => ({ name })),
		request: ({ entries }) => ({ body: { domains: entries.map((entry) => entry.name) } }),
		entryKey: (entry) => String(entry.name),
		// result[] of domain, google_workspace_available, ms365_workspace_available.
		results: (answer) => recordsOf(answer, 'result', (record) => domainKey(record.domain)),
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Domains',
	},
};
