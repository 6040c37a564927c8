import type { InboxKitResource } from '../../operation';
import { getActivity } from './getActivity';
import { getHighBounceMailboxes } from './getHighBounceMailboxes';
import { getMailboxesHealth } from './getMailboxesHealth';
import { getMailboxHealth } from './getMailboxHealth';
import { getMailboxStats } from './getMailboxStats';
import { getWorkspaceOverview } from './getWorkspaceOverview';

/** InboxKit's email insights: how mailboxes send, to replace the ones that burn. */
export const emailInsight: InboxKitResource = {
	value: 'emailInsight',
	name: 'Email Insight',
	description: 'Watch how mailboxes send: health, bounces and activity',
	defaultOperation: 'getMailboxHealth',
	operations: [
		getActivity,
		getHighBounceMailboxes,
		getMailboxHealth,
		getMailboxStats,
		getMailboxesHealth,
		getWorkspaceOverview,
	],
};
