import type { InboxKitResource } from '../../operation';
import { add } from './add';
import { deleteRecords } from './delete';
import { get } from './get';
import { update } from './update';

export const dns: InboxKitResource = {
	value: 'dns',
	name: 'DNS',
	description: 'DNS records of domains managed by InboxKit',
	defaultOperation: 'get',
	operations: [add, deleteRecords, get, update],
};
