import type { InboxKitOperation } from '../../operation';
import { deletedUids } from '../../shared/answers';
import { DOMAIN_LOOKUPS, PICKED_DOMAINS, domainsFields } from '../../pickers/domain';
import { readPicked } from '../../pickers/picks';

export const removeCatchAll: InboxKitOperation = {
	value: 'removeCatchAll',
	name: 'Remove Catch-All',
	action: 'Remove catch-all email',
	description: "Stop catching mail to unknown addresses of domains, given the domains' uids",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: "the path (a reseller's) and the body `uids`, like Set Catch-All",
	method: 'DELETE',
	path: '/domains/catch-all',
	workspaceScoped: true,
	fields: domainsFields('The domains whose catch-all to remove'),
	request: async (ctx, i) => ({
		body: { uids: await readPicked(ctx, i, PICKED_DOMAINS, DOMAIN_LOOKUPS) },
	}),
	// One record per domain sent, deleted: true first where InboxKit reports it (its `uids`).
	output: (answer, sent) => deletedUids(answer, sent, 'domain').map((record) => record.json),
};
