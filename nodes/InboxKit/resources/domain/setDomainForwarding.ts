import type { InboxKitOperation } from '../../operation';
import { summaryOf } from '../../shared/answers';
import { domainIdsField } from '../../shared/fields';
import { idListReader, MAX_ENTRIES, readText } from '../../shared/parameters';
import { checkUrl } from '../../shared/validate';

const readDomainIds = idListReader('domainIds', 'Domain IDs');

export const setDomainForwarding: InboxKitOperation = {
	value: 'setDomainForwarding',
	name: 'Set Domain Forwarding',
	action: 'Set domain forwarding',
	description: 'Forward visits to domains to a web address',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'the answer: one summary for all the domains',
	method: 'POST',
	path: '/domains/forwarding',
	workspaceScoped: true,
	fields: [
		domainIdsField('The domains to forward'),
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
		entries: (ctx, i) => readDomainIds(ctx, i).map((uid) => ({ uid })),
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
	},
};
