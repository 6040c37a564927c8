import type { InboxKitOperation } from '../../operation';
import { domainIdsField, mailboxIdsField } from '../../shared/fields';
import { idListReader } from '../../shared/parameters';
import { readMailboxIds } from './ids';

const readDomainIds = idListReader('domainIds', 'Domain IDs');

export const checkStatus: InboxKitOperation = {
	value: 'checkStatus',
	name: 'Check Status',
	action: 'Check mailbox status',
	description: 'Get the setup status of mailboxes, by mailbox or by domain',
	// uids are mailbox uids, domain_uids domain uids; page and limit go in the body. Without
	// either list InboxKit answers 400 "uids is required".
	docs: 'https://docs.inboxkit.com/',
	evidence: 'live',
	assumed: "the answer's list key `mailboxes` (one client also reads `data`)",
	method: 'POST',
	path: '/mailboxes/status',
	workspaceScoped: true,
	readsOnly: true,
	fields: [
		{
			displayName: 'Check By',
			name: 'checkBy',
			type: 'options',
			options: [
				{ name: 'Mailbox IDs', value: 'uids' },
				{ name: 'Domain IDs', value: 'domain_uids' },
			],
			default: 'uids',
			description: 'Whether to check given mailboxes, or all mailboxes of given domains',
		},
		{
			...mailboxIdsField('The mailboxes to check'),
			displayOptions: { show: { checkBy: ['uids'] } },
		},
		{
			...domainIdsField('The domains whose mailboxes to check'),
			displayOptions: { show: { checkBy: ['domain_uids'] } },
		},
	],
	request: (ctx, i) => {
		const by = ctx.getNodeParameter('checkBy', i, 'uids') as string;
		if (by === 'domain_uids') return { body: { domain_uids: readDomainIds(ctx, i) } };
		return { body: { uids: readMailboxIds(ctx, i) } };
	},
	list: { recordsKey: 'mailboxes', paging: 'page' },
};
