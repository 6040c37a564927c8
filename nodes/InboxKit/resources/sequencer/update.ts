import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { asText, fieldError, readCollection } from '../../shared/parameters';
import { connectionBody, connectionOptions } from './fields';
import { readSequencerUid, sequencerPicker } from '../../pickers/sequencer';

export const update: InboxKitOperation = {
	value: 'update',
	name: 'Update',
	action: 'Update sequencer',
	description: 'Rename a sequencer or change its login and settings, given its uid',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed:
		'the path and the body: `uid` (maybe `sequencer_uid`) and the changed fields as Add takes them',
	method: 'POST',
	path: '/sequencers/update',
	workspaceScoped: true,
	fields: [
		sequencerPicker('The sequencer to update'),
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				...connectionOptions,
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'New name of the sequencer',
				},
			],
		},
	],
	request: async (ctx, i) => {
		const given = readCollection(ctx, 'updateFields', i);
		const changes: IDataObject = connectionBody(ctx, i, given);
		if (given.name !== undefined) changes.name = asText(ctx, i, 'Name', given.name, true);
		if (Object.keys(changes).length === 0)
			throw fieldError(ctx, i, 'Update Fields', 'is empty', 'Add the fields to change.');
		return { body: { uid: await readSequencerUid(ctx, i), ...changes } };
	},
};
