import type { InboxKitResource } from '../../operation';
import { placeOrder } from './placeOrder';

export const order: InboxKitResource = {
	value: 'order',
	name: 'Order',
	description: 'Domains bought together with their mailboxes',
	// No read is known for orders: the resource opens on its one operation, which sends nothing
	// until its mailboxes are filled in.
	defaultOperation: 'placeOrder',
	operations: [placeOrder],
};
