import type { InboxKitResource } from '../../operation';
import { getMany } from './getMany';
import { initiate } from './initiate';

/** A Google OAuth client ID added in the customer's Workspace (domain-wide delegation). */
export const clientIdRequest: InboxKitResource = {
	value: 'clientIdRequest',
	name: 'Client ID Request',
	description: "Add a Google OAuth client ID to a mailbox's Workspace, and list such requests",
	defaultOperation: 'getMany',
	operations: [getMany, initiate],
};
