import type { InboxKitOperation } from '../../operation';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';
import { readText } from '../../shared/parameters';
import { checkEmail } from '../../shared/validate';

export const getCredentials: InboxKitOperation = {
	value: 'getCredentials',
	name: 'Get Credentials',
	action: 'Show mailbox credentials',
	description:
		'Get the password, app password and TOTP secret of a mailbox, given its uid or address',
	// The answer's password, app_password and secret (the TOTP seed) are all secrets: output as
	// InboxKit sends them, never logged. No SMTP/IMAP hosts.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'live',
	method: 'GET',
	path: '/mailboxes/show-credentials',
	workspaceScoped: true,
	fields: [
		{
			displayName: 'Find Mailbox By',
			name: 'findBy',
			type: 'options',
			options: [
				{ name: 'ID', value: 'uid' },
				{ name: 'Email', value: 'email' },
			],
			default: 'uid',
			description: 'Whether to name the mailbox by its ID or by its address',
		},
		{
			...mailboxPicker('The mailbox whose credentials to show'),
			displayOptions: { show: { findBy: ['uid'] } },
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@example.com',
			required: true,
			default: '',
			description: 'Address of the mailbox whose credentials to show',
			displayOptions: { show: { findBy: ['email'] } },
		},
	],
	request: async (ctx, i) => {
		const findBy = ctx.getNodeParameter('findBy', i, 'uid') as string;
		if (findBy === 'email')
			return {
				qs: {
					email: checkEmail(ctx, i, 'Email', readText(ctx, 'email', i, 'Email')).toLowerCase(),
				},
			};
		return { qs: { uid: await readMailboxUid(ctx, i) } };
	},
};
