import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_EVENT_AGE_MINUTES } from './maxEventAge';
import { SECRET_KEY_WORDS } from './secrets';
import { workspaceField } from '../InboxKit/pickers/workspace';

/** The events InboxKit sends (docs: "Webhook Integration"), by the key their entity has in `data`. */
export const EVENTS = {
	domain: 'domain.status_changed',
	mailbox: 'mailbox.status_changed',
	consent_request: 'consent_request.status_changed',
	client_id_request: 'client_id_request.status_changed',
} as const;

/** The trigger's description: what the nodes panel shows for InboxKit's one entry (both nodes). */
export const TRIGGER_DESCRIPTION =
	'Buy domains and mailboxes, set DNS, export mailboxes to sequencers, and start workflows when InboxKit reports a mailbox or domain status change';

export const REGISTRATION = { automatic: 'automatic', manual: 'manual' } as const;

/** Events older than the Max Event Age are refused, and so are events this far in the future. */
export const CLOCK_SKEW_MINUTES = 5;

export const triggerProperties: INodeProperties[] = [
	{
		displayName: 'Events',
		name: 'events',
		type: 'multiOptions',
		required: true,
		default: [EVENTS.domain, EVENTS.mailbox],
		description: 'The events that start the workflow. InboxKit gets a 200 for the others too.',
		// As users need them: mailboxes and domains are what a purchase changes.
		options: [
			{
				name: 'Mailbox Status Changed',
				value: EVENTS.mailbox,
				action: 'On mailbox status changed',
				description: 'A mailbox changed status, e.g. it became active or failed',
			},
			{
				name: 'Domain Status Changed',
				value: EVENTS.domain,
				action: 'On domain status changed',
				description: 'A domain changed status, e.g. its nameservers propagated',
			},
			{
				name: 'Consent Request Status Changed',
				value: EVENTS.consent_request,
				action: 'On OAuth consent request status changed',
				description: 'An OAuth consent request moved on (queued, processing, completed, ...)',
			},
			{
				name: 'Client ID Request Status Changed',
				value: EVENTS.client_id_request,
				action: 'On Google client ID request status changed',
				description:
					"A Google OAuth client ID request (domain-wide delegation in the customer's Google Workspace Admin Console) moved on (queued, processing, completed, ...)",
			},
		],
	},
	{
		displayName: 'Only Statuses',
		name: 'statuses',
		type: 'string',
		default: '',
		placeholder: 'e.g. active, failed',
		description:
			'Start the workflow only when the new status is one of these (separated by commas); leave empty for every status. For domains the DNS propagation status counts too (e.g. propagated). Known: mailboxes scheduled, active, failed, suspended, cancelled; domains pending, active, propagated, failed; consent and client ID requests queued, pending, processing, completed, failed, errored, cancelled. InboxKit may add more: any text works.',
	},
	{
		displayName: 'Registration',
		name: 'registration',
		type: 'options',
		noDataExpression: true,
		default: 'automatic',
		options: [
			{
				name: "I'll Paste the URL in InboxKit Myself",
				value: REGISTRATION.manual,
				description:
					"No API calls: copy this node's Production URL into InboxKit (team-wide or one workspace)",
			},
			{
				name: 'Register Automatically',
				value: REGISTRATION.automatic,
				description:
					"Set this node's URL as the workspace's webhook URL while the workflow is published (active, in n8n 1.x), and put the previous one back afterwards",
			},
		],
	},
	{
		...workspaceField,
		description:
			"The workspace whose webhook URL this trigger sets. Leave empty to use the credential's default workspace.",
		displayOptions: { show: { registration: [REGISTRATION.automatic] } },
	},
	{
		displayName:
			"InboxKit keeps one webhook URL per workspace: publishing this workflow (activating it, in n8n 1.x) replaces the workspace's URL with this node's (n8n's log names the host of the URL it replaces), and once it is no longer published (or active), the previous URL is put back.",
		name: 'automaticNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: [REGISTRATION.automatic] } },
	},
	{
		displayName:
			"Copy this node's Production URL (Webhook URLs, above) and paste it in InboxKit: Settings → API → Webhooks for the whole team, or as one workspace's webhook URL. InboxKit keeps one URL per workspace, so it replaces any URL set there.",
		name: 'manualNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { registration: [REGISTRATION.manual] } },
	},
	{
		displayName:
			"Secrets (mailbox passwords, 2FA secrets, OAuth tokens) will be in this workflow's executions, which n8n stores: restrict who can see them, or turn off saving successful production executions in the workflow settings",
		name: 'secretsNotice',
		type: 'notice',
		default: '',
		displayOptions: { show: { '/options.includeSecrets': [true] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options: [
			{
				displayName: 'Include Secrets',
				name: 'includeSecrets',
				type: 'boolean',
				default: false,
				description: `Whether to keep secrets InboxKit puts in events (plaintext mailbox passwords, 2FA secrets, OAuth tokens). Off, they are removed before the workflow starts, at any depth and in arrays, so n8n's execution storage never holds them. A key counts as a secret when, in any case (Password, clientSecret, API-KEY), it is ${SECRET_KEY_WORDS.join(', ')}, or ends in _ and one of these (app_password, smtp_password, client_secret, totp_secret, refresh_token, access_token, ...), plural too.`,
			},
			{
				displayName: 'Max Event Age (Minutes)',
				name: 'maxEventAgeMinutes',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: DEFAULT_MAX_EVENT_AGE_MINUTES,
				description: `Refuse events whose X-InboxKit-Timestamp (else the body's timestamp) is older than this, or more than ${CLOCK_SKEW_MINUTES} minutes ahead. This stops an unedited replay of a captured request once it is this old. It cannot stop an edited one: the time is not signed (InboxKit's signature is the same on every request), so anyone holding one delivery can refresh the time and start runs until you rotate the API token in InboxKit. 0 turns the check off.`,
			},
		],
	},
];
