import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { EVENTS, triggerProperties } from '../InboxKitTrigger/description';
import { SECRET_KEY_WORDS } from '../InboxKitTrigger/secrets';

/** The record kinds a poll lists, by their event: the same Events values as the webhook trigger. */
export const POLLED = {
	[EVENTS.mailbox]: 'mailbox',
	[EVENTS.domain]: 'domain',
} as const;

export type PolledKind = (typeof POLLED)[keyof typeof POLLED];

/** The status an item says a record has when it is no longer in the list. */
export const REMOVED = 'removed';

/** A property of the webhook trigger, so both triggers show the same field. */
function webhookTriggerProperty(name: string): INodeProperties {
	const found = triggerProperties.find((p) => p.name === name);
	if (!found) throw new Error(`The InboxKit Trigger has no "${name}" field`);
	return found;
}

const webhookEvents = webhookTriggerProperty('events');

export const pollProperties: INodeProperties[] = [
	{
		...webhookTriggerProperty('workspace'),
		description:
			"The workspace whose mailboxes and domains are listed on each poll. Leave empty to use the credential's default workspace.",
		displayOptions: undefined,
	},
	{
		...webhookEvents,
		description:
			'The status changes that start the workflow. Each poll lists the records of the kinds picked here (Return All).',
		default: [EVENTS.mailbox, EVENTS.domain],
		options: (webhookEvents.options as INodePropertyOptions[]).filter(
			(option) => (option.value as string) in POLLED,
		),
	},
	{
		...webhookTriggerProperty('statuses'),
		description: `Start the workflow only when the new status is one of these (separated by commas); leave empty for every status. For domains the DNS propagation status counts too (e.g. propagated). A record no longer listed has the status "${REMOVED}". Known: mailboxes scheduled, active, failed, suspended, cancelled; domains pending, active, propagated, failed. InboxKit may add more: any text works.`,
	},
	{
		displayName:
			"Each poll lists the workspace's mailboxes and/or domains (100 per call) and compares each status with the one seen on the poll before: changes show up one poll interval late, and a record that changed twice between polls shows as one change. Nothing needs to reach this n8n from the internet, and the workspace's webhook URL is left alone.",
		name: 'pollNotice',
		type: 'notice',
		default: '',
	},
	webhookTriggerProperty('secretsNotice'),
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Emit Existing Records on First Poll',
				name: 'emitOnFirstPoll',
				type: 'boolean',
				default: false,
				description:
					"Whether the first poll after the workflow is published (activated, in n8n 1.x), or after the workspace or events change, starts the workflow with every record (previous status empty). Off, it only notes the statuses, as n8n's polling triggers do, and later polls report changes.",
			},
			{
				displayName: 'Include Secrets',
				name: 'includeSecrets',
				type: 'boolean',
				default: false,
				description: `Whether to keep secrets the listed records carry (mailbox passwords, 2FA secrets, OAuth tokens). Off, they are removed before the workflow starts, at any depth and in arrays, so n8n's execution storage never holds them. A key counts as a secret when, in any case (Password, clientSecret, API-KEY), it is ${SECRET_KEY_WORDS.join(', ')}, or ends in _ and one of these (app_password, smtp_password, client_secret, totp_secret, refresh_token, access_token, ...), plural too.`,
			},
			{
				displayName: 'Report Removed Records',
				name: 'reportRemoved',
				type: 'boolean',
				default: true,
				description: `Whether a mailbox or domain that was listed on the poll before and is no longer listed starts the workflow with the status "${REMOVED}" (the item then holds only its uid: only the uid and status are kept between polls). Either way it is forgotten, and reported as new if it comes back.`,
			},
		],
	},
];
