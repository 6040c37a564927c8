import type { IExecuteFunctions } from 'n8n-workflow';

import { MAILBOX_LOOKUPS, readMailboxUid, readPicked } from '../../shared/locate';
import { idListReader } from '../../shared/parameters';
import { PICKED_MAILBOXES } from '../../shared/pickers';

/** The Mailbox picker (shared/fields mailboxIdField): picked, by uid, or by address. */
export async function readMailboxId(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	return await readMailboxUid(ctx, itemIndex);
}

/** The Mailbox IDs field alone (shared/fields mailboxIdsField), where no picker goes with it. */
export const readMailboxIds = idListReader('mailboxIds', 'Mailbox IDs');

/** The Mailboxes picker and the Mailbox IDs field together (shared/fields mailboxesFields). */
export async function readMailboxUids(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<string[]> {
	return await readPicked(ctx, itemIndex, PICKED_MAILBOXES, MAILBOX_LOOKUPS);
}
