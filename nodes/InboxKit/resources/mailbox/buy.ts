import type { InboxKitOperation } from '../../operation';
import { recordsOf } from '../../shared/answers';
import { entryListFields } from '../../shared/entryList';
import { MAX_ENTRIES, fieldError } from '../../shared/parameters';
import { BUY_VALUES, MAILBOXES_TO_BUY, addressOf, readMailboxesToBuy } from './mailboxesToBuy';

export const buy: InboxKitOperation = {
	value: 'buy',
	name: 'Buy',
	action: 'Buy mailboxes',
	description: "Buy mailboxes, given each one's name, username, domain name and platform",
	// Clients (five agree): body mailboxes[] of first_name, last_name, username, platform
	// (GOOGLE, MICROSOFT), domain_name (a name already in the workspace), optional
	// profile_picture; use_wallet_balance; unknown fields rejected; one platform per domain.
	// Rate limit: 10 a minute. No idempotency key is honoured: sent exactly once.
	docs: 'https://docs.inboxkit.com/buy-mailboxes-18118371e0',
	evidence: 'live',
	assumed: '`profile_picture` as a URL, and at most 100 mailboxes a request',
	method: 'POST',
	rateClass: 'mailbox-buy',
	path: '/mailboxes/buy',
	workspaceScoped: true,
	charges: true,
	fields: [
		...entryListFields(MAILBOXES_TO_BUY, {
			values: BUY_VALUES,
			inputDescription: 'How to give the mailboxes to buy',
			jsonDescription:
				'A list of mailboxes, each with first_name, last_name, username, domain_name, platform (GOOGLE or MICROSOFT) and optionally profile_picture',
		}),
		{
			displayName: 'Use Wallet Balance',
			name: 'useWalletBalance',
			type: 'boolean',
			default: true,
			description: 'Whether to pay from the wallet',
		},
	],
	combine: {
		entries: readMailboxesToBuy,
		entriesLabel: 'Mailboxes',
		shared: [
			{
				key: 'use_wallet_balance',
				label: 'Use Wallet Balance',
				read: (ctx, i) => ctx.getNodeParameter('useWalletBalance', i, true) as boolean,
			},
		],
		request: ({ ctx, itemIndex, entries, shared }) => {
			// "InboxKit enforces one platform per domain" (client): checked across combined items too.
			const platformOf = new Map<string, unknown>();
			for (const { domain_name, platform } of entries) {
				const known = platformOf.get(String(domain_name));
				if (known !== undefined && known !== platform) {
					throw fieldError(
						ctx,
						itemIndex,
						'Mailboxes',
						`asks for ${String(known)} and ${String(platform)} mailboxes on ${String(domain_name)}`,
						'InboxKit puts all mailboxes of one domain on one platform.',
					);
				}
				platformOf.set(String(domain_name), platform);
			}
			return { body: { mailboxes: entries, use_wallet_balance: shared.use_wallet_balance } };
		},
		entryKey: (entry) => addressOf(entry.username, entry.domain_name),
		// Client (captured live): the answer's mailboxes[] carry uid, domain_name, username,
		// first_name, last_name, platform, status "scheduled", renewal_cycle; no email. They pair
		// back by username + domain_name.
		results: (answer) =>
			recordsOf(answer, 'mailboxes', (record) =>
				typeof record.email === 'string'
					? record.email.toLowerCase()
					: record.username !== undefined
						? addressOf(record.username, record.domain_name)
						: undefined,
			),
		maxEntries: MAX_ENTRIES,
	},
};
