import type { InboxKitOperation } from '../../operation';
import { domainKey, recordsOf } from '../../shared/answers';
import { domainListField } from '../../shared/fields';
import { MAX_ENTRIES } from '../../shared/parameters';
import { readDomainList } from '../../shared/validate';

export const checkPropagation: InboxKitOperation = {
	value: 'checkPropagation',
	name: 'Check Propagation',
	action: 'Check nameservers propagation',
	description: "Check whether connected domains point to InboxKit's nameservers, given their names",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'live',
	method: 'POST',
	// One client uses /domains/nameservers/check instead.
	path: '/domains/nameservers/check-propagation',
	workspaceScoped: true,
	readsOnly: true,
	fields: [domainListField('The domains to check')],
	combine: {
		entries: (ctx, i) => readDomainList(ctx, i).map((name) => ({ name })),
		request: ({ entries }) => ({ body: { domains: entries.map((entry) => entry.name) } }),
		entryKey: (entry) => String(entry.name),
		// result[] of uid, name, status, propagated.
		results: (answer) =>
			recordsOf(answer, 'result', (record) => domainKey(record.name ?? record.domain)),
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Domains',
	},
};
