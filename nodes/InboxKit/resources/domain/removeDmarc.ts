import type { InboxKitOperation } from '../../operation';
import { domainNamePicker, readDomainName } from '../../pickers/domain';
import { deletedOutput } from '../../shared/answers';

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
	fields: [domainNamePicker('The domain whose DMARC policy to remove', 'domain')],
	request: (ctx, i) => ({ body: { domain: readDomainName(ctx, i, 'domain') } }),
	output: (answer, sent) => deletedOutput(answer, { domain: sent.body.domain }),
};
