import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { withAsked } from '../../shared/answers';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';
import { asName, fieldError, readCollection } from '../../shared/parameters';

export const update: InboxKitOperation = {
	value: 'update',
	name: 'Update',
	action: 'Update mailbox',
	description: "Change the first or last name of a mailbox user, given the mailbox's uid",
	// One client's path-style /mailboxes/{uid}/update answers 404 live. The endpoint also takes
	// user_name (client), but renaming goes through Change Username. The answer is a message:
	// the changed fields are shown beside it.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	path: '/mailboxes/update',
	workspaceScoped: true,
	fields: [
		mailboxPicker('The mailbox to update'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'First Name',
					name: 'first_name',
					type: 'string',
					default: '',
					description: 'New first name of the mailbox user',
				},
				{
					displayName: 'Last Name',
					name: 'last_name',
					type: 'string',
					default: '',
					description: 'New last name of the mailbox user',
				},
			],
		},
	],
	request: async (ctx, i) => {
		const given = readCollection(ctx, 'updateFields', i);
		const changes: IDataObject = {};
		if (given.first_name !== undefined)
			changes.first_name = asName(ctx, i, 'First Name', given.first_name);
		if (given.last_name !== undefined)
			changes.last_name = asName(ctx, i, 'Last Name', given.last_name);
		if (Object.keys(changes).length === 0)
			throw fieldError(ctx, i, 'Update Fields', 'is empty', 'Add the fields to change.');
		// Checked before the mailbox is looked up (By Email asks InboxKit).
		return { body: { uid: await readMailboxUid(ctx, i), ...changes } };
	},
	output: (answer, sent) => withAsked(answer, sent.body),
};
