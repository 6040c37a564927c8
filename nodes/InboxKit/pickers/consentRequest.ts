import type { INodeProperties } from 'n8n-workflow';

import { listOf, uidOf, type Listing } from './listing';
import { listOrIdPicker, pickerReader } from './locator';

/**
 * Consent requests (a mailbox's OAuth consent for a sending tool's app): picked, or by uid. The list's
 * answer is a guess from one client (`data` of uid, mailbox, status): if InboxKit answers
 * otherwise, From List says it found no list of consent requests, and By ID still works.
 */

export const CONSENT_REQUESTS: Listing = {
	noun: 'consent request',
	plural: 'consent requests',
	method: 'GET',
	path: '/mailboxes/consent-requests',
	workspaceScoped: true,
	paging: 'offset',
	records: listOf('data'),
	// No search in the list: the typed text is matched here, against what the picker shows.
	item: (record) => {
		const value = uidOf(record);
		if (!value) return undefined;
		const mailbox = record.mailbox as { email?: unknown } | null | undefined;
		const email =
			typeof mailbox?.email === 'string' && mailbox.email !== '' ? mailbox.email : value;
		const status = typeof record.status === 'string' ? ` (${record.status})` : '';
		return { name: `${email}${status}`, value };
	},
};

/** One consent request of the workspace: picked, or by its uid (Initiate's output, the trigger's event). */
export const consentRequestPicker = (description: string): INodeProperties =>
	listOrIdPicker(
		'Consent Request',
		'consentRequestId',
		`${description}. By ID takes its "uid", as Initiate outputs it or the InboxKit Trigger reports it.`,
		'searchConsentRequests',
		{ list: 'Select a consent request...', id: 'e.g. cr_8f2c1a7e' },
	);

/** The Consent Request picker's uid. */
export const readConsentRequestUid = pickerReader({}, 'consentRequestId', 'Consent Request');
