import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { deletedEach, domainKey } from '../../shared/answers';
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
		// name, uid, previous_status, new_status (a bought domain is cancelled, not deleted). One
		// record per domain sent, deleted: true first, with its outcome.
		results: (answer, sent) => {
			const result = answer.result as IDataObject | undefined;
			let reported: IDataObject[] | undefined;
			if (result && typeof result === 'object') {
				reported = [];
				for (const outcome of ['deleted', 'updated']) {
					const list = result[outcome];
					if (Array.isArray(list))
						for (const record of list as IDataObject[]) reported.push({ ...record, outcome });
				}
			}
			const asked = ((sent.body.domains as string[] | undefined) ?? []).map((name) => ({ name }));
			return deletedEach(answer, asked, (record) => domainKey(record.name), reported, 'domain');
		},
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Domains',
	},
};
