import type { IExecuteFunctions } from 'n8n-workflow';

import { idListReader, readId } from '../../shared/parameters';

/** The Mailbox ID field (shared/fields mailboxIdField). */
export function readMailboxId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, 'mailboxId', itemIndex, 'Mailbox ID');
}

/** The Mailbox IDs field (shared/fields mailboxIdsField). */
export const readMailboxIds = idListReader('mailboxIds', 'Mailbox IDs');
