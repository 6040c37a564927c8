import type { InboxKitResource } from '../../operation';
import { getMany } from './getMany';
import { getStatus } from './getStatus';
import { initiate } from './initiate';

/** OAuth consent of a mailbox (Google Workspace and Microsoft 365) for a sending tool's app. */
export const consentRequest: InboxKitResource = {
	value: 'consentRequest',
	name: 'Consent Request',
	description: "Grant a sending tool's app OAuth consent for a mailbox, and follow it",
	defaultOperation: 'getMany',
	operations: [getMany, getStatus, initiate],
};
