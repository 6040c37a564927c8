import type { InboxKitOperation } from '../../operation';
import { keywordField } from '../../shared/fields';
import { readText } from '../../shared/parameters';

export const getMany: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List Cloudflare domains',
	description:
		"List the workspace's Cloudflare domains, each with its uid, status and credential status",
	// Query page, limit, keyword; answer domains[{uid, name, status, connection_mode,
	// credential_status, assigned_mailboxes, ...}], total, pages (clients).
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'GET',
	path: '/cloudflare-domains/list',
	workspaceScoped: true,
	fields: [keywordField('Only domains whose name contains this text')],
	request: (ctx, i) => {
		const keyword = readText(ctx, 'keyword', i, 'Keyword', { required: false });
		return { qs: keyword ? { keyword } : {} };
	},
	list: { recordsKey: 'domains', paging: 'page' },
};
