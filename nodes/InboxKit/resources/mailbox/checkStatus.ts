import type { InboxKitOperation } from '../../operation';
import { updateDisplayOptions } from 'n8n-workflow';
import { recordsOf } from '../../shared/answers';
import { MAX_ENTRIES } from '../../shared/parameters';
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
	// By domain: all mailboxes of the domains, a paged list (Return All / Limit).
	request: async (ctx, i) => ({
		body: { domain_uids: await readPicked(ctx, i, PICKED_DOMAINS, DOMAIN_LOOKUPS) },
	}),
	list: { recordsKey: 'mailboxes', paging: 'page', show: { checkBy: ['domain_uids'] } },
	// By mailbox: one status per uid asked, whatever Limit says; the uids of many items go in one
	// request (runner/bulkReads.ts), each status back to the item that asked for it. The page
	// holds them all: `limit` is the number of uids.
	combine: {
		onlyWhen: (ctx, i) => ctx.getNodeParameter('checkBy', i, 'uids') === 'uids',
		entries: async (ctx, i) => (await readMailboxUids(ctx, i)).map((uid) => ({ uid })),
		request: ({ entries }) => ({
			body: { uids: entries.map((entry) => entry.uid), page: 1, limit: entries.length },
		}),
		entryKey: (entry) => String(entry.uid),
		results: (answer) =>
			recordsOf(answer, 'mailboxes', (record) =>
				typeof record.uid === 'string' ? record.uid : undefined,
			),
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Mailboxes',
	},
};
