import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { domainKey, summaryOf, type PairedRecord } from '../../shared/answers';
import { domainListField } from '../../shared/fields';
import { MAX_ENTRIES } from '../../shared/parameters';
import { readDomainList } from '../../shared/validate';

export const remove: InboxKitOperation = {
	value: 'remove',
	name: 'Remove',
	action: 'Remove domains',
	description: 'Remove domains from the workspace, given their names',
	docs: 'https://docs.inboxkit.com/remove-domains-18118354e0',
	evidence: 'live',
	method: 'POST',
	path: '/domains/remove',
	workspaceScoped: true,
	destroys: 'Removes the domains from the workspace',
	fields: [domainListField('The domains to remove')],
	combine: {
		entries: (ctx, i) => readDomainList(ctx, i).map((name) => ({ name })),
		request: ({ entries }) => ({ body: { domains: entries.map((entry) => entry.name) } }),
		entryKey: (entry) => String(entry.name),
		// The answer groups the domains by outcome: result.deleted[] and result.updated[] of
		// name, uid, previous_status, new_status. One record each, with its outcome.
		results: (answer) => {
			const result = answer.result as IDataObject | undefined;
			if (!result || typeof result !== 'object') return summaryOf(answer);
			const records: PairedRecord[] = [];
			for (const outcome of ['deleted', 'updated']) {
				const list = result[outcome];
				if (!Array.isArray(list)) continue;
				for (const record of list as IDataObject[])
					records.push({ key: domainKey(record.name), json: { ...record, outcome } });
			}
			return records;
		},
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Domains',
	},
};
