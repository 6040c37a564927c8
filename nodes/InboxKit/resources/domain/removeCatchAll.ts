import type { InboxKitOperation } from '../../operation';
import { domainIdsField } from '../../shared/fields';
import { idListReader } from '../../shared/parameters';

const readDomainIds = idListReader('domainIds', 'Domain IDs');

export const removeCatchAll: InboxKitOperation = {
	value: 'removeCatchAll',
	name: 'Remove Catch-All',
	action: 'Remove a catch-all email',
	description: 'Stop receiving mail sent to unknown addresses of domains',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: "the path (a reseller's) and the body `uids`, like Set Catch-All",
	method: 'DELETE',
	path: '/domains/catch-all',
	workspaceScoped: true,
	fields: [domainIdsField('The domains whose catch-all to remove')],
	request: (ctx, i) => ({ body: { uids: readDomainIds(ctx, i) } }),
};
