import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { withAsked } from '../../shared/answers';
import { mailboxIdField } from '../../shared/fields';
import { asText, fieldError, readCollection } from '../../shared/parameters';
import { readMailboxId } from './ids';

export const update: InboxKitOperation = {
	value: 'update',
	name: 'Update',
	action: 'Update a mailbox',
	description: 'Change the first or last name of a mailbox user',
	// One client's path-style /mailboxes/{uid}/update answers 404 live. The endpoint also takes
	// user_name (client), but renaming goes through Change Username. The answer is a message:
	// the changed fields are shown beside it.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	path: '/mailboxes/update',
	workspaceScoped: true,
	fields: [
		mailboxIdField('The mailbox to update'),
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
	request: (ctx, i) => {
		const given = readCollection(ctx, 'updateFields', i);
		const body: IDataObject = { uid: readMailboxId(ctx, i) };
		if (given.first_name !== undefined)
			body.first_name = asText(ctx, i, 'First Name', given.first_name, true);
		if (given.last_name !== undefined)
			body.last_name = asText(ctx, i, 'Last Name', given.last_name, true);
		if (Object.keys(body).length === 1)
			throw fieldError(ctx, i, 'Update Fields', 'is empty', 'Add the fields to change.');
		return { body };
	},
	output: (answer, sent) => withAsked(answer, sent.body),
};
