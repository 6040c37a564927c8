import type { InboxKitOperation } from '../../operation';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';
import { simplifyMailbox } from '../../shared/simplify';

export const get: InboxKitOperation = {
	value: 'get',
	name: 'Get',
	action: 'Get mailbox details',
	description: 'Get the details of one mailbox, given its uid or address',
	// Other clients use /mailboxes/{uid}, but path-style routes answer 404 live. The answer's
	// shape is not recorded anywhere: the record under `mailbox` (as the sandbox has it) is
	// output like Get Many's, else the answer as it came.
	docs: 'https://docs.inboxkit.com/get-mailbox-details-18118370e0',
	evidence: 'client',
	method: 'GET',
	path: '/mailboxes/details',
	workspaceScoped: true,
	fields: [mailboxPicker('The mailbox to get')],
	request: async (ctx, i) => ({ qs: { uid: await readMailboxUid(ctx, i) } }),
	record: { key: 'mailbox', simplify: simplifyMailbox },
};
