import type { IDataObject } from 'n8n-workflow';

import { expectRejectedBeforeSending } from '../support/badInput';
import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { useSandbox } from '../support/sandbox';

/**
 * Consent and client-ID requests through n8n against the sandbox: exact requests, the answers'
 * `data` flattened, completion reported by InboxKit's event, and the guessed route's 404 said so.
 */
const env = useSandbox();

const CONSENT_URL = 'https://login.microsoftonline.com/common/adminconsent?client_id=app-2';
const CLIENT_ID = '987654321-xyz.apps.googleusercontent.com';
const consentRequests = (state: Record<string, unknown>) => state.consentRequests as IDataObject[];

const cases: OperationCase[] = [
	{
		title: 'Initiate (mailbox picked)',
		parameters: {
			resource: 'consentRequest',
			operation: 'initiate',
			consentUrl: CONSENT_URL,
			mailboxId: { mode: 'list', value: 'mbx_john02' },
		},
		request: {
			method: 'POST',
			path: '/mailboxes/consent-request/initiate',
			body: { consent_url: CONSENT_URL, mailbox_uid: 'mbx_john02' },
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'Consent request initiated',
				uid: expect.stringMatching(/^cr_/),
				status: 'queued',
				mailbox_email: 'john.roe@acme-mail.com',
			});
			expect(consentRequests(state).map((r) => r.uid)).toContain(json.uid);
		},
	},
	{
		title: 'Initiate (username and domain)',
		parameters: {
			resource: 'consentRequest',
			operation: 'initiate',
			consentUrl: CONSENT_URL,
			mailboxBy: 'address',
			username: 'Jane.Doe',
			domain: 'ACME-mail.com',
		},
		request: {
			method: 'POST',
			path: '/mailboxes/consent-request/initiate',
			body: { consent_url: CONSENT_URL, username: 'jane.doe', domain: 'acme-mail.com' },
		},
		output: ([json]) => expect(json).toMatchObject({ status: 'queued' }),
	},
	{
		title: 'Get Status (Simplify off)',
		parameters: {
			resource: 'consentRequest',
			operation: 'getStatus',
			consentRequestId: 'cr_jane01',
			simplify: false,
		},
		request: { method: 'GET', path: '/mailboxes/consent-request/status/cr_jane01' },
		output: ([json]) =>
			expect(json).toMatchObject({
				uid: 'cr_jane01',
				status: 'completed',
				status_text: 'Consent granted',
				mailbox: { uid: 'mbx_jane01' },
			}),
	},
	{
		title: 'Get Many',
		parameters: { resource: 'consentRequest', operation: 'getMany', returnAll: true },
		request: {
			method: 'GET',
			path: '/mailboxes/consent-requests',
			query: { limit: '100', offset: '0' },
		},
		output: (items) =>
			expect(items.map((r) => [r.uid, r.status])).toEqual([['cr_jane01', 'completed']]),
	},
	{
		title: 'Client ID requests: Get Many',
		parameters: { resource: 'clientIdRequest', operation: 'getMany', returnAll: true },
		request: {
			method: 'GET',
			path: '/mailboxes/client-id-requests',
			query: { page: '1', limit: '100' },
		},
		output: (items) =>
			expect(items.map((r) => [r.uid, r.status, r.domain_name])).toEqual([
				['cir_acme01', 'pending', 'acme-mail.com'],
			]),
	},
	{
		title: 'Client ID requests: Initiate (guessed route)',
		parameters: {
			resource: 'clientIdRequest',
			operation: 'initiate',
			googleClientId: CLIENT_ID,
			mailboxEmail: 'Jane.Doe@ACME-mail.com',
		},
		request: {
			method: 'POST',
			path: '/mailboxes/client-id-request/initiate',
			body: {
				client_id: CLIENT_ID,
				domain_name: 'acme-mail.com',
				mailbox_email: 'jane.doe@acme-mail.com',
			},
		},
		output: ([json]) => expect(json).toMatchObject({ status: 'queued', uid: expect.any(String) }),
	},
	{
		title: 'Get Status of a request picked From List',
		parameters: {
			resource: 'consentRequest',
			operation: 'getStatus',
			consentRequestId: { __rl: true, mode: 'list', value: 'cr_jane01' },
		},
		request: { method: 'GET', path: '/mailboxes/consent-request/status/cr_jane01' },
		output: ([json]) => expect(json).toMatchObject({ uid: 'cr_jane01', status: 'completed' }),
	},
];

describeOperationCases(env, ['consentRequest', 'clientIdRequest'], cases);

describe('after Initiate', () => {
	test('InboxKit reports completion with consent_request.status_changed, which Get Status agrees with', async () => {
		const { items } = await env.run({ parameters: cases[0].parameters });
		const uid = items[0].json.uid as string;
		expect(env.sandbox.scheduledStatusChanges).toEqual([
			{ kind: 'consent_request', uid, changes: expect.objectContaining({ status: 'completed' }) },
		]);
		const [delivery] = await env.sandbox.flushStatusChanges();
		expect(delivery.event).toBe('consent_request.status_changed');
		expect((delivery.body.data as IDataObject).consent_request).toMatchObject({
			uid,
			status: 'completed',
			previous_status: 'queued',
			mailbox_email: 'john.roe@acme-mail.com',
		});
		env.sandbox.requests.length = 0;
		const status = await env.run({
			parameters: { resource: 'consentRequest', operation: 'getStatus', consentRequestId: uid },
		});
		expect(status.items[0].json).toMatchObject({ uid, status: 'completed' });
	});
});

describe('the guessed route of Initiate Client ID Request', () => {
	test("InboxKit's gateway 404 says the route is inferred, and how to send it instead", async () => {
		env.sandbox.hide('POST /mailboxes/client-id-request/initiate');
		const { error } = await env.run({ parameters: cases[5].parameters });
		expect(error?.message).toBe(
			"InboxKit does not know the route POST /mailboxes/client-id-request/initiate: this operation's path is inferred from InboxKit's docs index and may be out of date",
		);
		expect((error as { description?: string }).description).toMatch(/HTTP Request node/);
	});
});

describe('bad input is refused before anything is sent', () => {
	expectRejectedBeforeSending(env, [
		{
			title: 'Initiate: a consent URL that is not one',
			parameters: { ...cases[0].parameters, consentUrl: 'adminconsent please' },
			message: /^The "Consent URL" field/,
		},
		{
			title: 'Get Status: an ID that would change the path',
			parameters: { resource: 'consentRequest', operation: 'getStatus', consentRequestId: '../x' },
			message: 'The "Consent Request" field holds "../x", which is not an InboxKit ID',
		},
		{
			title: 'Client ID request: not a client ID',
			parameters: { ...cases[5].parameters, googleClientId: 'my client id' },
			message:
				'The "Google OAuth Client ID" field holds "my client id", which is not an OAuth client ID',
		},
	]);
});
