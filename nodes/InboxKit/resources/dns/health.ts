import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CombineSpec } from '../../operation';
import { domainKey, recordsOf } from '../../shared/answers';
import { asList, checkId, fieldError, MAX_ENTRIES } from '../../shared/parameters';
import { domainListField } from '../../shared/fields';
import { checkDomain } from '../../shared/validate';

/**
 * Verify and Repair take the same targets, domain names or domain uids (`domains` / `uids`,
 * or `domain` / `uid` for one, client), and answer the same way: `summary`, and `results[]` of one domain each (domain,
 * status, records[{label, status}], overall_health, needs_repair).
 */

const LABEL = 'Domains';

export const domainTargetsField = (description: string): INodeProperties =>
	domainListField(
		`${description}: their names, or their IDs ("uid") as Domain → Get Many shows them`,
	);

type Kind = 'names' | 'uids';

/** Each entry is a name (it has a dot) or an InboxKit ID (never has one). */
function readTargets(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { kind: Kind; entries: IDataObject[] } {
	const given = asList(ctx, itemIndex, LABEL, ctx.getNodeParameter('domains', itemIndex, ''), {
		max: MAX_ENTRIES,
	});
	const entries = given.map((value) =>
		value.includes('.')
			? { domain: checkDomain(ctx, itemIndex, LABEL, value) }
			: { uid: checkId(ctx, itemIndex, LABEL, value) },
	);
	const names = entries.filter((entry) => entry.domain !== undefined).length;
	if (names > 0 && names < entries.length) {
		throw fieldError(
			ctx,
			itemIndex,
			LABEL,
			'holds both domain names and domain IDs',
			'Give names only or IDs only: InboxKit takes one kind per request.',
		);
	}
	return { kind: names > 0 ? 'names' : 'uids', entries };
}

export const healthCheck: CombineSpec = {
	entries: (ctx, i) => readTargets(ctx, i).entries,
	// Not sent: the kind of target picks the body key, so combined items must give the same kind.
	shared: [{ key: 'kind', label: LABEL, read: (ctx, i) => readTargets(ctx, i).kind }],
	// One target goes in the singular form (`domain` / `uid`), as the client sends it; several
	// as a list.
	request: ({ entries, shared }) => {
		if (shared.kind === 'names')
			return entries.length === 1
				? { body: { domain: entries[0].domain } }
				: { body: { domains: entries.map((entry) => entry.domain) } };
		return entries.length === 1
			? { body: { uid: entries[0].uid } }
			: { body: { uids: entries.map((entry) => entry.uid) } };
	},
	entryKey: (entry) => String(entry.domain ?? entry.uid),
	// One item per domain; a result pairs back by its name, or by its uid where InboxKit gives one.
	results: (answer, sent) =>
		recordsOf(answer, 'results', (record) =>
			sent.body.uids === undefined && sent.body.uid === undefined
				? domainKey(record.domain)
				: typeof record.uid === 'string'
					? record.uid
					: undefined,
		),
	maxEntries: MAX_ENTRIES,
	entriesLabel: 'Domains',
};
