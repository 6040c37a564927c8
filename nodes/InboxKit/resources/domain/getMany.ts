import type { InboxKitOperation } from '../../operation';
import { readText } from '../../shared/parameters';
import { simplifyDomain } from '../../shared/simplify';

export const getMany: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List domains',
	description: "List the workspace's domains, each with its uid, name and status",
	docs: 'https://docs.inboxkit.com/list-domains-18118350e0',
	evidence: 'live',
	// The v1 docs show GET; live clients (and newer docs) POST with page, limit and keyword.
	method: 'POST',
	path: '/domains/list',
	workspaceScoped: true,
	readsOnly: true,
	fields: [
		{
			displayName: 'Keyword',
			name: 'keyword',
			type: 'string',
			default: '',
			description: 'Only domains whose name contains this text',
		},
	],
	request: (ctx, i) => {
		const keyword = readText(ctx, 'keyword', i, 'Keyword', { required: false });
		return { body: keyword ? { keyword } : {} };
	},
	list: { recordsKey: 'domains', paging: 'page', simplify: simplifyDomain },
};
