import type { InboxKitOperation } from '../../operation';
import { domainKey, recordsOf } from '../../shared/answers';
import { domainListField } from '../../shared/fields';
import { MAX_ENTRIES } from '../../shared/parameters';
import { readDomainList } from '../../shared/validate';

export const getNameservers: InboxKitOperation = {
	value: 'getNameservers',
	name: 'Get Nameservers',
	action: 'Get nameservers for domain connection',
	description:
		'Connect domains bought elsewhere, given their names; answers the nameservers to set',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'live',
	method: 'POST',
	path: '/domains/nameservers',
	workspaceScoped: true,
	// A domain that is already connected answers 409 with `error: false` and its nameservers:
	// a result, not a failure.
	acceptStatuses: [409],
	fields: [
		domainListField('The domains to connect'),
		{
			displayName: 'Mask Forwarding',
			name: 'maskForwarding',
			type: 'boolean',
			default: false,
			description: "Whether domain forwarding keeps the domain in the browser's address bar",
		},
	],
	combine: {
		entries: (ctx, i) => readDomainList(ctx, i).map((name) => ({ name })),
		shared: [
			{
				key: 'mask_forwarding',
				label: 'Mask Forwarding',
				read: (ctx, i) => ctx.getNodeParameter('maskForwarding', i, false) as boolean,
			},
		],
		request: ({ entries, shared }) => ({
			body: { domains: entries.map((entry) => entry.name), ...shared },
		}),
		entryKey: (entry) => String(entry.name),
		// result[] of domain, nameservers[], uid.
		results: (answer) =>
			recordsOf(answer, 'result', (record) => domainKey(record.domain ?? record.name)),
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Domains',
	},
};
