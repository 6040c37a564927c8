import type { InboxKitOperation } from '../../operation';
import { withAsked } from '../../shared/answers';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';
import { asSecret } from '../../shared/parameters';

export const changePassword: InboxKitOperation = {
	value: 'changePassword',
	name: 'Change Password',
	action: 'Change mailbox password',
	description: 'Set a new sign-in password for a mailbox, given its uid and the password',
	// The password never appears in messages or output.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: 'the path (named like /mailboxes/show-credentials) and `password` in the body',
	method: 'POST',
	path: '/mailboxes/change-password',
	workspaceScoped: true,
	fields: [
		mailboxPicker('The mailbox whose password to change'),
		{
			displayName: 'New Password',
			name: 'newPassword',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description: 'The new sign-in password (8 to 100 characters)',
		},
	],
	request: async (ctx, i) => {
		// Google and Microsoft take 8 characters or more (assumed); 100 is a sane cap.
		const password = asSecret(ctx, i, 'New Password', ctx.getNodeParameter('newPassword', i, ''), {
			min: 8,
			max: 100,
		});
		return { body: { uid: await readMailboxUid(ctx, i), password } };
	},
	output: (answer, sent) => withAsked(answer, { uid: sent.body.uid }),
};
