import type { InboxKitOperation } from '../../operation';
import { domainField } from '../../shared/fields';
import { readDomain } from '../../shared/validate';

export const removeDmarc: InboxKitOperation = {
	value: 'removeDmarc',
	name: 'Remove DMARC',
	action: 'Remove DMARC policy',
	description: 'Remove the DMARC policy of a domain, given its name',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: "the path (a reseller's) and the body `domain`, like Set DMARC",
	method: 'DELETE',
	path: '/domains/dmarc',
	workspaceScoped: true,
	fields: [domainField('The domain whose DMARC policy to remove')],
	request: (ctx, i) => ({ body: { domain: readDomain(ctx, i) } }),
};
