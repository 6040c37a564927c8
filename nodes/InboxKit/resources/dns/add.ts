import type { InboxKitOperation } from '../../operation';
import { readDomain } from '../../shared/validate';
import { ADD, readRecords, recordFields } from './records';

export const add: InboxKitOperation = {
	value: 'add',
	name: 'Add Records',
	action: 'Add DNS records',
	description: 'Add records to the DNS zone of a domain',
	docs: 'https://docs.inboxkit.com/add-dns-records-18118382e0',
	evidence: 'client',
	assumed:
		'the domain by name as `domain` (the one client that writes DNS sends its `uid`) and the record keys, as Get Records answers them',
	method: 'POST',
	path: '/dns/add',
	workspaceScoped: true,
	fields: recordFields('add', ADD),
	request: (ctx, i) => ({
		body: { domain: readDomain(ctx, i), records: readRecords(ctx, i, ADD) },
	}),
};
