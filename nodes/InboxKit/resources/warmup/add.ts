import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { withAsked, type PairedRecord } from '../../shared/answers';
import { MAX_ENTRIES } from '../../shared/parameters';
import {
	listIn,
	mailboxEntries,
	mailboxUidOf,
	mailboxUidsOf,
	reasonOf,
	warmupMailboxesFields,
} from './mailboxes';
import { refuseAlreadyWarming } from './warming';

/**
 * `subscriptions[]` (one per mailbox added: uid, status, mailbox_email, price_per_month,
 * started_at, next_billing_date), `errors[]` and `skipped`, as a client captured them live. A
 * subscription names its mailbox by address, not uid, so records pair back to their item only
 * when every one of them carries a mailbox uid; otherwise each goes with every item sent.
 */
function added(answer: IDataObject, sent: { body: IDataObject }): PairedRecord[] {
	const records: PairedRecord[] = [
		...listIn(answer, 'subscriptions').map((row) => ({
			key: mailboxUidOf(row),
			json: { ...row, outcome: 'added' },
		})),
		// `reason`, not `error`: n8n reads an item's `error` as the node's own failure.
		...(Array.isArray(answer.errors) ? (answer.errors as Array<IDataObject | string>) : []).map(
			(row) => {
				const record = typeof row === 'string' ? {} : row;
				const rest = { ...record };
				delete rest.error;
				return {
					key: mailboxUidOf(record),
					json: { ...rest, outcome: 'failed', reason: reasonOf(row) },
				};
			},
		),
		// Mailboxes InboxKit passed over (already warming, say): neither added nor failed.
		...listIn(answer, 'skipped').map((row) => ({
			key: mailboxUidOf(row),
			json: { ...row, outcome: 'skipped' },
		})),
	];
	if (records.length === 0)
		return [{ json: withAsked(answer, { mailbox_uids: sent.body.mailbox_uids }) }];
	const nothingAdded = records.every(({ json }) => json.outcome === 'failed');
	// Nothing was billed: said as a failure, with InboxKit's reason for each mailbox.
	if (nothingAdded) {
		throw new Error(
			`InboxKit added warmup for none of the ${(sent.body.mailbox_uids as string[]).length} mailboxes: ${records
				.map(({ key, json }) => `${key ?? 'a mailbox'} (${String(json.reason)})`)
				.join(', ')}`,
		);
	}
	return records.every(({ key }) => key !== undefined)
		? records
		: records.map(({ json }) => ({ json }));
}

export const add: InboxKitOperation = {
	value: 'add',
	name: 'Add',
	action: 'Add mailboxes to warmup',
	description:
		'Start warming up mailboxes not yet warming (billed monthly per mailbox), given their uids',
	// Body {mailbox_uids[], activate_immediately} (a client that called the live API; another
	// agrees). Bills 3 credits per mailbox per month; a second add for the same mailbox may bill
	// twice, so the node first reads POST /warmup/list (see ./warming.ts) and refuses mailboxes
	// that have a subscription, then sends once, never retried.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'live',
	assumed:
		'at most 100 mailboxes a request, `errors[]` entries naming their mailbox, and that /warmup/list without `status` lists every subscription not cancelled',
	method: 'POST',
	path: '/warmup/add',
	workspaceScoped: true,
	charges: true,
	fields: [
		...warmupMailboxesFields('The mailboxes to warm up'),
		{
			displayName: 'Start Immediately',
			name: 'activateImmediately',
			type: 'boolean',
			default: true,
			description: "Whether warmup starts at once (InboxKit's activate_immediately)",
		},
	],
	combine: {
		entries: async (ctx, i) => {
			const entries = await mailboxEntries(ctx, i);
			await refuseAlreadyWarming(ctx, i, mailboxUidsOf(entries));
			return entries;
		},
		entriesLabel: 'Mailboxes',
		shared: [
			{
				key: 'activate_immediately',
				label: 'Start Immediately',
				read: (ctx, i) => ctx.getNodeParameter('activateImmediately', i, true) === true,
			},
		],
		request: ({ entries, shared }) => ({
			body: {
				mailbox_uids: mailboxUidsOf(entries),
				activate_immediately: shared.activate_immediately,
			},
		}),
		entryKey: (entry) => String(entry.mailbox_uid),
		results: added,
		maxEntries: MAX_ENTRIES,
	},
};
