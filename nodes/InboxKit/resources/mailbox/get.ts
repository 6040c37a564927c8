import type { InboxKitOperation } from '../../operation';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';

export const get: InboxKitOperation = {
	value: 'get',
	name: 'Get',
	action: 'Get mailbox details',
	description: 'Get the details of one mailbox, given its uid or address',
	// Other clients use /mailboxes/{uid}, but path-style routes answer 404 live. The answer's
	// shape is not recorded anywhere: output as InboxKit sends it.
	docs: 'https://docs.inboxkit.com/get-mailbox-details-18118370e0',
	evidence: 'client',
	method: 'GET',
	path: '/mailboxes/details',
	workspaceScoped: true,
	fields: [mailboxPicker('The mailbox to get')],
	request: async (ctx, i) => ({ qs: { uid: await readMailboxUid(ctx, i) } }),
};
