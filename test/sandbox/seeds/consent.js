'use strict';
/**
 * Consent requests (OAuth consent of a mailbox for a sending tool's app) and Google client-ID
 * requests of the main workspace, in the shape the status answer and the docs' events show.
 */

function seed() {
	return {
		consentRequests: [
			{
				uid: 'cr_jane01',
				workspace_uid: 'ws_main01',
				status: 'completed',
				status_text: 'Consent granted',
				status_reason: null,
				consent_url: 'https://login.microsoftonline.com/common/adminconsent?client_id=app-1',
				domain_name: 'acme-mail.com',
				mailbox_email: 'jane.doe@acme-mail.com',
				mailbox: { email: 'jane.doe@acme-mail.com', uid: 'mbx_jane01' },
				completed_at: '2026-11-20T10:00:00.000Z',
			},
		],
		clientIdRequests: [
			{
				uid: 'cir_acme01',
				workspace_uid: 'ws_main01',
				status: 'pending',
				status_text: 'Waiting for the Workspace admin',
				status_reason: null,
				client_id: '1234567890-abc.apps.googleusercontent.com',
				domain_name: 'acme-mail.com',
				mailbox_email: 'jane.doe@acme-mail.com',
			},
		],
	};
}

module.exports = { seed };
