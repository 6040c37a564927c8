import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { filtersField, statusFilterField } from '../../shared/fields';
import { asText, readCollection } from '../../shared/parameters';
import { simplifyWarmupSubscription } from '../../shared/simplify';

/** Subscription statuses: the ones Get Stats counts (active, pending, paused). */
const STATUSES = ['active', 'pending', 'paused'];

export const getMany: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List warmup subscriptions',
	description:
		"List the workspace's warmup subscriptions, each with its mailbox, status and cached stats",
	// Body {page, limit, status, include_cancelled}; answer subscriptions[] as Add's, plus
	// mailbox{uid, username, domain_name, platform, status} and cached_stats{health_score,
	// inbox_rate, warmup_day, emails_sent}, with total and pages (docs page, via a live client).
	docs: 'https://docs.inboxkit.com/list-warmup-subscriptions-28170226e0',
	evidence: 'live',
	assumed: 'the status values (those Get Stats counts)',
	method: 'POST',
	path: '/warmup/list',
	workspaceScoped: true,
	readsOnly: true,
	fields: [
		filtersField([
			{
				displayName: 'Include Cancelled',
				name: 'include_cancelled',
				type: 'boolean',
				default: false,
				description: 'Whether cancelled subscriptions are listed too',
			},
			statusFilterField(STATUSES, 'Only subscriptions in this status'),
		]),
	],
	request: (ctx, i) => {
		const filters = readCollection(ctx, 'filters', i);
		const body: IDataObject = {};
		if (filters.status !== undefined) body.status = asText(ctx, i, 'Status', filters.status, true);
		if (filters.include_cancelled !== undefined)
			body.include_cancelled = filters.include_cancelled === true;
		return { body };
	},
	list: { recordsKey: 'subscriptions', paging: 'page', simplify: simplifyWarmupSubscription },
};
