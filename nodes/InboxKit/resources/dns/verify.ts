import type { InboxKitOperation } from '../../operation';
import { domainTargetsField, healthCheck } from './health';

export const verify: InboxKitOperation = {
	value: 'verify',
	name: 'Verify',
	action: 'Verify DNS records of domains',
	description: 'Check the MX, SPF, DKIM and DMARC records of domains, without changing them',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed: 'at most 100 domains a request',
	method: 'POST',
	path: '/dns/verify',
	workspaceScoped: true,
	// It only checks; InboxKit may answer 429 when asked too often, and a read is retried then.
	readsOnly: true,
	fields: [domainTargetsField('The domains to check')],
	combine: healthCheck,
};
