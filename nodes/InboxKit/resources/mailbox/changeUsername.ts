import type { InboxKitOperation } from '../../operation';
import { withAsked } from '../../shared/answers';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';
import { readText } from '../../shared/parameters';
import { checkUsername } from './username';

export const changeUsername: InboxKitOperation = {
	value: 'changeUsername',
	name: 'Change Username',
	action: 'Change mailbox username',
	description: "Change the part of a mailbox address before the @, given the mailbox's uid",
	// The answer is a message; uid and the new username are shown beside it.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed:
		'the path (named like /mailboxes/show-credentials) and `username` in the body (/mailboxes/update takes `user_name`)',
	method: 'POST',
	path: '/mailboxes/change-username',
	workspaceScoped: true,
	fields: [
		mailboxPicker('The mailbox to rename'),
		{
			displayName: 'New Username',
			name: 'newUsername',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'ada.lovelace',
			description: 'The new part of the address before the @',
		},
	],
	request: async (ctx, i) => {
		const username = checkUsername(
			ctx,
			i,
			'New Username',
			readText(ctx, 'newUsername', i, 'New Username'),
		);
		return { body: { uid: await readMailboxUid(ctx, i), username } };
	},
	output: (answer, sent) => withAsked(answer, { uid: sent.body.uid, username: sent.body.username }),
};
