import type { InboxKitOperation } from '../../operation';
import { consentRequestPicker, readConsentRequestUid } from '../../pickers/consentRequest';
import { simplifyConsentRequest } from '../../shared/simplify';

export const getStatus: InboxKitOperation = {
	value: 'getStatus',
	name: 'Get Status',
	action: 'Get consent request status',
	description: 'Get where a consent request stands, and why, given its uid',
	// Answer data{uid, status, status_text, status_reason, mailbox{email, uid}, completed_at}
	// (client). Statuses: queued, pending, processing, completed, failed, errored, cancelled.
	docs: 'https://docs.inboxkit.com/get-consent-request-status-21455089e0',
	evidence: 'client',
	method: 'GET',
	path: '/mailboxes/consent-request/status/{uid}',
	workspaceScoped: true,
	fields: [consentRequestPicker('The consent request to check')],
	// Checked as an ID (letters, digits, "-", "_"), so it cannot change the path around it.
	request: async (ctx, i) => ({
		path: `/mailboxes/consent-request/status/${encodeURIComponent(await readConsentRequestUid(ctx, i))}`,
	}),
	// The request itself, as Get Many outputs its records (with the same Simplify switch).
	record: { key: 'data', simplify: simplifyConsentRequest },
};
