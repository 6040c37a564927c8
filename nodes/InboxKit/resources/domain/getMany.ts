import type { InboxKitOperation } from '../../operation';
import { keywordField } from '../../shared/fields';
import { asIdList, readText } from '../../shared/parameters';
import { simplifyDomain } from '../../shared/simplify';

export const getMany: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List domains',
	description: "List the workspace's domains, each with its uid, name and status",
	docs: 'https://docs.inboxkit.com/list-domains-18118350e0',
	evidence: 'live',
	// The v1 docs show GET; live clients (and newer docs) POST with page, limit and keyword; a
	// client also filters by `status[]` (it sends `keywords` where live clients send `keyword`).
	method: 'POST',
	path: '/domains/list',
	workspaceScoped: true,
	readsOnly: true,
	fields: [
		keywordField('Only domains whose name contains this text'),
		{
			displayName: 'Statuses',
			name: 'statuses',
			type: 'multiOptions',
			// The statuses the docs' domain.status_changed event shows; InboxKit may have more.
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Failed', value: 'failed' },
				{ name: 'Pending', value: 'pending' },
			],
			default: [],
			description:
				'Only domains in one of these statuses; none chosen lists every status. An expression may give others.',
		},
	],
	request: (ctx, i) => {
		const keyword = readText(ctx, 'keyword', i, 'Keyword', { required: false });
		// `status` as a list (a client, CX); left out when none is chosen.
		const statuses = asIdList(ctx, i, 'Statuses', ctx.getNodeParameter('statuses', i, []), {
			required: false,
		});
		return {
			body: {
				...(keyword ? { keyword } : {}),
				...(statuses.length > 0 ? { status: statuses } : {}),
			},
		};
	},
	list: { recordsKey: 'domains', paging: 'page', simplify: simplifyDomain },
};
