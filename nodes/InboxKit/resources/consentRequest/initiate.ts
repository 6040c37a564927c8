import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { unwrapData } from '../../shared/answers';
import { domainField } from '../../shared/fields';
import { readText } from '../../shared/parameters';
import { checkDomain, checkUrl } from '../../shared/validate';
import { checkUsername } from '../mailbox/username';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';

export const initiate: InboxKitOperation = {
	value: 'initiate',
	name: 'Initiate',
	action: 'Initiate consent request',
	description: "Have a mailbox grant an app's OAuth consent, given the consent URL and the mailbox",
	// Body {consent_url, mailbox_uid} or {consent_url, username, domain}; answer data{uid,
	// status, mailbox_email} (client). The request then goes queued -> pending -> processing ->
	// completed (or failed, errored, cancelled): Get Status reads it, and the InboxKit Trigger's
	// consent_request.status_changed event reports each change.
	docs: 'https://docs.inboxkit.com/initiate-consent-request-21455088e0',
	evidence: 'client',
	assumed: '`domain` as the domain name, beside `username`',
	method: 'POST',
	path: '/mailboxes/consent-request/initiate',
	workspaceScoped: true,
	fields: [
		{
			displayName: 'Consent URL',
			name: 'consentUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://login.microsoftonline.com/common/adminconsent?client_id=...',
			description:
				"The OAuth consent link of the app the mailbox should grant access to (a sending tool's Microsoft 365 or Google Workspace consent URL)",
		},
		{
			displayName: 'Mailbox By',
			name: 'mailboxBy',
			type: 'options',
			options: [
				{ name: 'Mailbox', value: 'mailbox', description: 'Pick it, or give its uid or address' },
				{
					name: 'Username and Domain',
					value: 'address',
					description: 'Its username and domain name, as InboxKit also takes them',
				},
			],
			default: 'mailbox',
			description: 'How to name the mailbox that grants the consent',
		},
		{
			...mailboxPicker('The mailbox that grants the consent'),
			displayOptions: { show: { mailboxBy: ['mailbox'] } },
		},
		{
			displayName: 'Username',
			name: 'username',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'jane.doe',
			description: 'The part of the address before the @',
			displayOptions: { show: { mailboxBy: ['address'] } },
		},
		{
			...domainField("The mailbox's domain name"),
			displayOptions: { show: { mailboxBy: ['address'] } },
		},
	],
	request: async (ctx, i) => {
		const body: IDataObject = {
			consent_url: checkUrl(ctx, i, 'Consent URL', readText(ctx, 'consentUrl', i, 'Consent URL')),
		};
		if (ctx.getNodeParameter('mailboxBy', i, 'mailbox') === 'address') {
			body.username = checkUsername(ctx, i, 'Username', readText(ctx, 'username', i, 'Username'));
			body.domain = checkDomain(ctx, i, 'Domain', readText(ctx, 'domain', i, 'Domain'));
		} else {
			body.mailbox_uid = await readMailboxUid(ctx, i);
		}
		return { body };
	},
	// The request as `data` holds it, at the top level (uid, status, mailbox_email).
	output: (answer) => unwrapData(answer),
};
