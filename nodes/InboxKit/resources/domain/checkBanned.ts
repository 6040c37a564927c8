import type { InboxKitOperation } from '../../operation';
import { domainField } from '../../shared/fields';
import { readDomain } from '../../shared/validate';
import { withoutEnvelope } from '../../transport';

export const checkBanned: InboxKitOperation = {
	value: 'checkBanned',
	name: 'Check Banned',
	action: 'Check if domain is banned',
	description: 'Check whether InboxKit refuses a domain as banned, given its name',
	docs: 'https://docs.inboxkit.com/check-if-domain-is-banned-from-registration-18118347e0',
	evidence: 'docs-nav',
	assumed: 'the path and `domain` in the query, like Check Availability',
	method: 'GET',
	// A reseller shows /domains/banned/{domain}, but path-style routes answer 404 live.
	path: '/domains/banned',
	workspaceScoped: true,
	fields: [domainField('The domain to check')],
	request: (ctx, i) => ({ qs: { domain: readDomain(ctx, i) } }),
	output: (answer, sent) => ({ domain: sent.qs.domain, ...withoutEnvelope(answer) }),
};
