import type { InboxKitOperation } from '../../operation';
import { updateDisplayOptions } from 'n8n-workflow';
import { DOMAIN_LOOKUPS, PICKED_DOMAINS, domainsFields } from '../../pickers/domain';
import { mailboxesFields, readMailboxUids } from '../../pickers/mailbox';
import { readPicked } from '../../pickers/picks';

export const checkStatus: InboxKitOperation = {
	value: 'checkStatus',
	name: 'Check Status',
	action: 'Check mailbox status',
	description: "Get the setup status of mailboxes, given their uids or their domains' uids",
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
		...updateDisplayOptions(
			{ show: { checkBy: ['uids'] } },
			mailboxesFields('The mailboxes to check'),
		),
		...updateDisplayOptions(
			{ show: { checkBy: ['domain_uids'] } },
			domainsFields('The domains whose mailboxes to check'),
		),
	],
	request: async (ctx, i) => {
		const by = ctx.getNodeParameter('checkBy', i, 'uids') as string;
		if (by === 'domain_uids')
			return { body: { domain_uids: await readPicked(ctx, i, PICKED_DOMAINS, DOMAIN_LOOKUPS) } };
		return { body: { uids: await readMailboxUids(ctx, i) } };
	},
	list: { recordsKey: 'mailboxes', paging: 'page' },
};
