import type { InboxKitResource } from '../../operation';
import { get } from './get';

export const account: InboxKitResource = {
	value: 'account',
	name: 'Account',
	description: 'Your InboxKit team account',
	defaultOperation: 'get',
	operations: [get],
};
