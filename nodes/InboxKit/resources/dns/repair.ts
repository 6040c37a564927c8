import type { InboxKitOperation } from '../../operation';
import { domainTargetsField, healthCheck } from './health';

export const repair: InboxKitOperation = {
	value: 'repair',
	name: 'Repair',
	action: 'Repair DNS records of domains',
	description: 'Have InboxKit fix the mail records that Verify finds missing or wrong',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'at most 100 domains a request',
	method: 'POST',
	path: '/dns/repair',
	workspaceScoped: true,
	fields: [domainTargetsField('The domains to repair')],
	combine: healthCheck,
};
