import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { mailboxesFields, readMailboxUids } from '../../pickers/mailbox';

/**
 * The mailboxes a warmup call acts on: the Mailboxes picker and the Mailbox IDs field (the same
 * fields and reader as Mailbox → Cancel). InboxKit takes them as `mailbox_uids`.
 */
export const warmupMailboxesFields = (description: string): INodeProperties[] =>
	mailboxesFields(description);

/** One entry per mailbox uid, for CombineSpec.entries. */
export async function mailboxEntries(
	ctx: IExecuteFunctions,
	itemIndex: number,
): Promise<IDataObject[]> {
	return (await readMailboxUids(ctx, itemIndex)).map((uid) => ({ mailbox_uid: uid }));
}

export const mailboxUidsOf = (entries: IDataObject[]): string[] =>
	entries.map((entry) => String(entry.mailbox_uid));

/** A record's mailbox uid: `mailbox_uid`, or `mailbox.uid` (as /warmup/list rows carry it). */
export function mailboxUidOf(record: IDataObject): string | undefined {
	if (typeof record.mailbox_uid === 'string' && record.mailbox_uid !== '')
		return record.mailbox_uid;
	const mailbox = record.mailbox as IDataObject | undefined;
	if (mailbox && typeof mailbox.uid === 'string' && mailbox.uid !== '') return mailbox.uid;
	return undefined;
}

/** The records of `answer[key]`, each an object, or none. */
export function listIn(answer: IDataObject | undefined, key: string): IDataObject[] {
	const list = answer?.[key];
	return Array.isArray(list)
		? (list as unknown[]).filter(
				(entry): entry is IDataObject =>
					entry !== null && typeof entry === 'object' && !Array.isArray(entry),
			)
		: [];
}

/** A failure's reason as InboxKit words it (`error`, `message` or `reason`), or a plain text. */
export function reasonOf(row: IDataObject | string): string {
	if (typeof row === 'string') return row;
	for (const key of ['error', 'message', 'reason']) {
		if (typeof row[key] === 'string' && row[key] !== '') return row[key] as string;
	}
	return 'InboxKit gave no reason';
}
