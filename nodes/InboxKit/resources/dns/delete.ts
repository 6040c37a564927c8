import type { InboxKitOperation } from '../../operation';
import { deletedOutput } from '../../shared/answers';
import { idListReader } from '../../shared/parameters';
import { domainPicker, readDomainUid } from '../../pickers/domain';

const readRecordIds = idListReader('recordIds', 'Record IDs');

export const deleteRecords: InboxKitOperation = {
	value: 'delete',
	name: 'Delete Records',
	action: 'Delete DNS records',
	description: 'Delete records by the Record IDs that "Get Records" outputs',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	path: '/dns/delete',
	workspaceScoped: true,
	destroys: 'Deletes the DNS records',
	fields: [
		domainPicker('The domain whose records to delete', 'domain'),
		{
			displayName: 'Record IDs',
			name: 'recordIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: '60f7b8c9e4b0b8c9e4b0b8c1, 60f7b8c9e4b0b8c9e4b0b8c2',
			description:
				'The "_id" of each record to delete, as "Get Records" outputs it. Separate them with commas or new lines, or give an expression that returns a list.',
		},
	],
	request: async (ctx, i) => {
		const recordIds = readRecordIds(ctx, i);
		return { body: { uid: await readDomainUid(ctx, i, 'domain'), record_ids: recordIds } };
	},
	output: (answer, sent) =>
		deletedOutput(answer, { uid: sent.body.uid, record_ids: sent.body.record_ids }),
};
