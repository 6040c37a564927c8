import type { InboxKitOperation } from '../../operation';
import { ADD, readRecords, recordFields } from './recordFields';
import { readDomainUid } from '../../pickers/domain';

export const add: InboxKitOperation = {
	value: 'add',
	name: 'Add Records',
	action: 'Add DNS records',
	description: 'Add records to the DNS zone of a domain',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'the record keys, as Get Records answers them',
	method: 'POST',
	path: '/dns/add',
	workspaceScoped: true,
	fields: recordFields('add', ADD),
	// The records are checked before a domain name is looked up: bad input sends nothing.
	request: async (ctx, i) => {
		const records = readRecords(ctx, i, ADD);
		return { body: { uid: await readDomainUid(ctx, i, 'domain'), records } };
	},
};
