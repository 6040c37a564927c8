import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { filtersField, statusFilterField } from '../../shared/fields';
import { asText, compact, readCollection } from '../../shared/parameters';
import { checkDomain } from '../../shared/validate';
import { simplifyMailbox } from '../../shared/simplify';

/** Mailbox statuses, from the docs' mailbox.status_changed event (as a client quotes it). */
const STATUSES = [
	'pending',
	'scheduled',
	'processing',
	'waiting_for_dns_propagation',
	'waiting_for_activation_email',
	'activation_email_received',
	'configuring_workspace',
	'configuring_dns',
	'configuring_dkim',
	'configuring_auth',
	'finalizing_setup',
	'active',
	'inactive',
	'suspended',
	'failed',
	'renewal_failed',
	'scheduled_for_cancellation',
	'cancelled',
	'archived',
	'deleted',
];

export const getMany: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List mailboxes',
	description: "List the workspace's mailboxes, each with its uid, address and status",
	// The docs sidebar shows GET, which answers 404 live; clients use POST with page, limit and
	// the filters (domain is a name) in the body. Without `limit` InboxKit returns 10 rows, so it
	// is always sent. Rows carry username and domain_name but no email. The platform filter is a
	// client's (CX).
	docs: 'https://docs.inboxkit.com/list-mailboxes-18118368e0',
	evidence: 'live',
	method: 'POST',
	path: '/mailboxes/list',
	workspaceScoped: true,
	readsOnly: true,
	fields: [
		filtersField([
			{
				displayName: 'Domain',
				name: 'domain',
				type: 'string',
				default: '',
				placeholder: 'example.com',
				description: 'Only mailboxes on this domain',
			},
			{
				displayName: 'Keyword',
				name: 'keyword',
				type: 'string',
				default: '',
				description: 'Only mailboxes whose address or name contains this text',
			},
			{
				displayName: 'Platform',
				name: 'platform',
				type: 'options',
				// The platforms of the docs' mailbox.status_changed event.
				options: [
					{ name: 'Azure', value: 'AZURE' },
					{ name: 'Google', value: 'GOOGLE' },
					{ name: 'Microsoft', value: 'MICROSOFT' },
					{ name: 'SMTP', value: 'SMTP' },
				],
				default: 'GOOGLE',
				description: 'Only mailboxes on this platform',
			},
			statusFilterField(STATUSES, 'Only mailboxes in this status'),
		]),
	],
	request: (ctx, i) => {
		const filters = readCollection(ctx, 'filters', i);
		const body: IDataObject = {};
		if (filters.domain !== undefined)
			body.domain = checkDomain(ctx, i, 'Domain', asText(ctx, i, 'Domain', filters.domain, false));
		if (filters.keyword !== undefined)
			body.keyword = asText(ctx, i, 'Keyword', filters.keyword, false);
		if (filters.status !== undefined) body.status = asText(ctx, i, 'Status', filters.status, false);
		if (filters.platform !== undefined)
			body.platform = asText(ctx, i, 'Platform', filters.platform, false).toUpperCase();
		return { body: compact(body) };
	},
	list: { recordsKey: 'mailboxes', paging: 'page', simplify: simplifyMailbox },
};
