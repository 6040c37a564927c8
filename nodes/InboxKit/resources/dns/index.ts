import type { InboxKitResource } from '../../operation';
import { add } from './add';
import { deleteRecords } from './delete';
import { get } from './get';
import { repair } from './repair';
import { update } from './update';
import { verify } from './verify';

export const dns: InboxKitResource = {
	value: 'dns',
	name: 'DNS',
	description: 'DNS records of domains managed by InboxKit, and their health',
	defaultOperation: 'get',
	operations: [add, deleteRecords, get, repair, update, verify],
};
