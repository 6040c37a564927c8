import type { InboxKitOperation } from '../../operation';
import { summaryOf } from '../../shared/answers';
import { MAX_ENTRIES, readText } from '../../shared/parameters';
import { checkUrl } from '../../shared/validate';
import { DOMAIN_LOOKUPS, PICKED_DOMAINS, domainsFields } from '../../pickers/domain';
import { readPicked } from '../../pickers/picks';

export const setDomainForwarding: InboxKitOperation = {
	value: 'setDomainForwarding',
	name: 'Set Domain Forwarding',
	action: 'Set domain forwarding',
	description: "Forward web visits to domains to a URL, given the domains' uids",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'the answer: one summary for all the domains',
	method: 'POST',
	path: '/domains/forwarding',
	workspaceScoped: true,
	fields: [
		...domainsFields('The domains to forward'),
		{
			displayName: 'Forwarding URL',
			name: 'forwardingUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com',
			description: 'Where visitors of the domains are sent (https only)',
		},
	],
	combine: {
		entries: async (ctx, i) =>
			(await readPicked(ctx, i, PICKED_DOMAINS, DOMAIN_LOOKUPS)).map((uid) => ({ uid })),
		shared: [
			{
				key: 'forwarding_url',
				label: 'Forwarding URL',
				read: (ctx, i) =>
					checkUrl(ctx, i, 'Forwarding URL', readText(ctx, 'forwardingUrl', i, 'Forwarding URL'), {
						httpsOnly: true,
					}),
			},
		],
		request: ({ entries, shared }) => ({
			body: { uids: entries.map((entry) => entry.uid), ...shared },
		}),
		entryKey: (entry) => String(entry.uid),
		results: summaryOf,
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Domain IDs',
	},
};
