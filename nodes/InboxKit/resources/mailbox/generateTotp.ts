import type { InboxKitOperation } from '../../operation';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';

export const generateTotp: InboxKitOperation = {
	value: 'generateTotp',
	name: 'Generate TOTP',
	action: 'Generate TOTP code',
	description: 'Get a current one-time sign-in code of a mailbox, given its uid',
	// The answer holds a secret code: output, never logged. The TOTP seed itself comes with Get
	// Credentials (`secret`).
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: 'the path and the uid in the query',
	method: 'GET',
	path: '/mailboxes/totp',
	workspaceScoped: true,
	fields: [mailboxPicker('The mailbox whose code to generate')],
	request: async (ctx, i) => ({ qs: { uid: await readMailboxUid(ctx, i) } }),
};
