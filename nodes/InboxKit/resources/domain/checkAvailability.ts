import type { InboxKitOperation } from '../../operation';
import { domainField } from '../../shared/fields';
import { readDomain } from '../../shared/validate';
import { withoutEnvelope } from '../../transport';

export const checkAvailability: InboxKitOperation = {
	value: 'checkAvailability',
	name: 'Check Availability',
	action: 'Check domain availability',
	description: 'Check whether a domain can be registered, and its price, given its name',
	docs: 'https://docs.inboxkit.com/check-domain-availability-18118348e0',
	evidence: 'live',
	method: 'GET',
	path: '/domains/available',
	workspaceScoped: true,
	fields: [domainField('The domain to check')],
	request: (ctx, i) => ({ qs: { domain: readDomain(ctx, i) } }),
	output: (answer, sent) => ({ domain: sent.qs.domain, ...withoutEnvelope(answer) }),
};
