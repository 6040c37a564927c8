import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { callSettings } from '../../shared/callSettings';
import { fieldError } from '../../shared/parameters';
import { callInboxKitForRecords } from '../../transport';
import { mailboxUidOf } from './mailboxes';
import { workspaceFor } from '../../pickers/workspace';

/**
 * Before Add Warmup spends: which mailboxes already have a warmup subscription. A second add for
 * the same mailbox may bill twice (a client that called the live API), and InboxKit's list is the
 * only way the node can know: POST /warmup/list `{include_cancelled: false}`, every page, read
 * once per run and workspace. A mailbox listed there in any status (active, pending, paused) is
 * refused before anything is sent. A failed list read fails the item: an unfinished search
 * proves nothing, and guessing "not warming" could bill twice.
 */

/** Per run of the node (its context) and workspace: mailbox uid -> subscription status. */
const readings = new WeakMap<IExecuteFunctions, Map<string, Promise<Map<string, string>>>>();

async function readWarming(
	ctx: IExecuteFunctions,
	itemIndex: number,
	workspaceId: string | undefined,
): Promise<Map<string, string>> {
	const records = await callInboxKitForRecords.call(
		ctx,
		{
			method: 'POST',
			path: '/warmup/list',
			body: { include_cancelled: false },
			workspaceId,
			retryable: true,
		},
		'subscriptions',
		'page',
		undefined,
		callSettings(ctx, itemIndex),
	);
	const warming = new Map<string, string>();
	for (const record of records as IDataObject[]) {
		const uid = mailboxUidOf(record);
		const status = typeof record.status === 'string' ? record.status : 'unknown';
		if (uid !== undefined && status !== 'cancelled') warming.set(uid, status);
	}
	return warming;
}

/** The mailboxes of the workspace that have a warmup subscription, with its status. */
export async function warmingMailboxes(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<Map<string, string>> {
	const workspaceId = await workspaceFor(ctx, itemIndex);
	let byWorkspace = readings.get(ctx);
	if (!byWorkspace) {
		byWorkspace = new Map();
		readings.set(ctx, byWorkspace);
	}
	const key = workspaceId;
	let reading = byWorkspace.get(key);
	if (!reading) {
		reading = readWarming(ctx, itemIndex, workspaceId);
		byWorkspace.set(key, reading);
		// A failed read is not kept: the next item asks again (and fails on its own).
		reading.catch(() => byWorkspace.delete(key));
	}
	return await reading;
}

/** Refuses the item when any of `uids` is already warming. */
export async function refuseAlreadyWarming(
	ctx: IExecuteFunctions,
	itemIndex: number,
	uids: string[],
): Promise<void> {
	const warming = await warmingMailboxes(ctx, itemIndex);
	const already = uids.filter((uid) => warming.has(uid));
	if (already.length === 0) return;
	throw fieldError(
		ctx,
		itemIndex,
		'Mailboxes',
		`holds ${already.map((uid) => `${uid} (warmup ${warming.get(uid)})`).join(', ')}, already warming up`,
		'Nothing was sent: adding warmup again may bill the mailbox twice. Remove it from the list; Warmup → Get Many shows the subscriptions.',
	);
}
