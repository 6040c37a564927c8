import type { InboxKitOperation } from '../../operation';
import { readRecords, recordFields, UPDATE } from './recordFields';
import { readDomainUid } from '../../pickers/domain';

export const update: InboxKitOperation = {
	value: 'update',
	name: 'Update Records',
	action: 'Update DNS records',
	description: 'Change records, each named by the Record ID that "Get Records" outputs',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'the record keys besides `record_id`, as Get Records answers them',
	method: 'POST',
	path: '/dns/update',
	workspaceScoped: true,
	fields: recordFields('update', UPDATE),
	request: async (ctx, i) => {
		const records = readRecords(ctx, i, UPDATE);
		return { body: { uid: await readDomainUid(ctx, i, 'domain'), records } };
	},
};
