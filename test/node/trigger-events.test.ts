/* eslint-disable @typescript-eslint/no-require-imports -- the sandbox is plain JavaScript */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';
import {
	startTrigger,
	triggerChoice,
	triggerDescription,
	type TriggerHarness,
} from '../support/trigger';
import { runWithTimeZone } from '../support/timeZone';

/**
 * What InboxKit's POSTs to the trigger's URL start: signature, age and repeat checks, the event
 * and status filters, the item's shape and the mailbox secrets. Requests are real HTTP to the
 * node's URL, handled by n8n-core's WebhookContext.
 */
const { eventBody, mailboxEntity, domainEntity, webhookHeaders, signatureOf } =
	require('../sandbox/webhooks') as {
		eventBody: (state: object, kind: string, entity: object, o?: object) => IDataObject;
		mailboxEntity: (mailbox: object, secrets?: object) => IDataObject;
		domainEntity: (domain: object) => IDataObject;
		webhookHeaders: (token: string, event: string, timestamp: string) => Record<string, string>;
		signatureOf: (token: string) => string;
	};

const env = useSandbox();
let hook: TriggerHarness | undefined;

afterEach(async () => {
	await hook?.close();
	hook = undefined;
});

async function trigger(parameters: INodeParameters = {}) {
	hook = await startTrigger({
		parameters: { registration: 'manual', ...parameters },
		credentials: { apiToken: env.sandbox.token, baseUrl: env.sandbox.url, workspaceId: '' },
	});
	return hook;
}

type State = { mailboxes: IDataObject[]; domains: IDataObject[]; mailboxSecrets: IDataObject };
const state = () => env.sandbox.state as unknown as State;

/** A mailbox event as InboxKit sends it, secrets included. */
function mailboxEvent(
	status = 'active',
	{ uid = 'mbx_jane01', timestamp = new Date().toISOString() } = {},
) {
	const mailbox = state().mailboxes.find((m) => m.uid === uid)!;
	const entity = mailboxEntity(
		{ ...mailbox, status, previous_status: 'scheduled' },
		state().mailboxSecrets[uid] as object,
	);
	const workspace = { uid: DEFAULT_WORKSPACE, name: 'Main' };
	return eventBody(env.sandbox.state, 'mailbox', entity, { timestamp, workspace });
}

function headersFor(body: IDataObject, overrides: Record<string, string | undefined> = {}) {
	const headers: Record<string, string | undefined> = {
		...webhookHeaders(env.sandbox.token, String(body.event), String(body.timestamp)),
		...overrides,
	};
	return Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== undefined)) as Record<
		string,
		string
	>;
}

const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString();

describe('signature', () => {
	test('the right signature starts one run with one item: the event, its mailbox flattened one level, the headers used, no secrets', async () => {
		const t = await trigger();
		const body = mailboxEvent('active');
		const result = await t.post(body, headersFor(body));
		expect(result.status).toBe(200);
		expect(t.started).toHaveLength(1);
		expect(t.started[0]).toHaveLength(1);
		const item = t.started[0][0].json;
		expect(item).toEqual({
			event: 'mailbox.status_changed',
			timestamp: body.timestamp,
			team_id: 'acct_1f2e3d',
			team_name: 'Acme Outbound',
			mailbox: expect.objectContaining({
				uid: 'mbx_jane01',
				email: 'jane.doe@acme-mail.com',
				status: 'active',
				previous_status: 'scheduled',
			}),
			metadata: { workspace_id: DEFAULT_WORKSPACE, workspace_name: 'Main' },
			headers: {
				'user-agent': 'InboxKit-Webhook/1.0',
				'x-inboxkit-event': 'mailbox.status_changed',
				'x-inboxkit-timestamp': body.timestamp,
			},
		});
		const text = JSON.stringify(item);
		const secrets = Object.values(state().mailboxSecrets.mbx_jane01 as IDataObject);
		expect(secrets).toHaveLength(3);
		for (const secret of secrets) expect(text).not.toContain(String(secret));
		expect(Object.keys(item.mailbox as object)).not.toEqual(expect.arrayContaining(['password']));
		// The signature is derived from the API token: it stays out of the item.
		expect(text).not.toContain(signatureOf(env.sandbox.token).slice(7));
	});

	test.each([
		['without the sha256= prefix', (s: string) => s.slice('sha256='.length)],
		['in upper case', (s: string) => `sha256=${s.slice(7).toUpperCase()}`],
	])('the signature is accepted %s', async (_title, change) => {
		const t = await trigger();
		const body = mailboxEvent();
		const result = await t.post(
			body,
			headersFor(body, { 'X-InboxKit-Signature': change(signatureOf(env.sandbox.token)) }),
		);
		expect(result.status).toBe(200);
		expect(t.started).toHaveLength(1);
	});

	test.each([
		['a missing signature', undefined, 'X-InboxKit-Signature is missing'],
		['an empty signature', '', 'X-InboxKit-Signature is missing'],
		['the signature of another token', signatureOf('another-token'), 'does not match'],
		['the token itself, unhashed', 'sha256=test-token-123', 'does not match'],
		['a cut-off signature', signatureOf('test-token-123').slice(0, 40), 'does not match'],
	])('%s: 401 with the reason, and nothing starts', async (_title, signature, reason) => {
		const t = await trigger();
		const body = mailboxEvent();
		const result = await t.post(body, headersFor(body, { 'X-InboxKit-Signature': signature }));
		expect(result.status).toBe(401);
		expect(result.answer).toEqual({ error: true, message: expect.stringContaining(reason) });
		expect(t.started).toHaveLength(0);
	});
});

test('a token saved with a trailing space: API calls work (HTTP trims the end of header values), and so do the events InboxKit signs with the token it received', async () => {
	hook = await startTrigger({
		parameters: { workspace: { __rl: true, mode: 'id', value: DEFAULT_WORKSPACE } },
		credentials: { apiToken: `${env.sandbox.token} `, baseUrl: env.sandbox.url, workspaceId: '' },
	});
	await hook.activate();
	expect(env.sandbox.calls('POST /workspaces/webhook')).toHaveLength(1);
	const body = mailboxEvent('active');
	const result = await hook.post(body, headersFor(body));
	expect(result.status).toBe(200);
	expect(hook.started).toHaveLength(1);
});

describe('age and repeats', () => {
	test('an event older than Max Event Age (1 hour by default) is refused; a 59-minute-old one is not', async () => {
		const t = await trigger();
		const old = mailboxEvent('active', { timestamp: minutesAgo(61) });
		expect((await t.post(old, headersFor(old))).status).toBe(400);
		expect(t.started).toHaveLength(0);
		const recent = mailboxEvent('active', { timestamp: minutesAgo(59) });
		expect((await t.post(recent, headersFor(recent))).status).toBe(200);
		expect(t.started).toHaveLength(1);
	});

	test('Max Event Age follows the option, and 0 turns the check off', async () => {
		const t = await trigger({ options: { maxEventAgeMinutes: 10 } });
		const body = mailboxEvent('active', { timestamp: minutesAgo(11) });
		expect((await t.post(body, headersFor(body))).status).toBe(400);
		await t.close();
		const off = await trigger({ options: { maxEventAgeMinutes: 0 } });
		const ancient = mailboxEvent('active', { timestamp: '2020-01-01T00:00:00.000Z' });
		expect((await off.post(ancient, headersFor(ancient))).status).toBe(200);
		expect(off.started).toHaveLength(1);
	});

	test('an event from more than 5 minutes ahead is refused; 2 minutes ahead (clock skew) is accepted', async () => {
		const t = await trigger();
		const future = mailboxEvent('active', { timestamp: minutesAgo(-6) });
		const result = await t.post(future, headersFor(future));
		expect(result.status).toBe(400);
		const skewed = mailboxEvent('active', { timestamp: minutesAgo(-2) });
		expect((await t.post(skewed, headersFor(skewed))).status).toBe(200);
		expect(t.started).toHaveLength(1);
	});

	test('the header X-InboxKit-Timestamp is what counts: a fresh body with an old header is refused', async () => {
		const t = await trigger();
		const body = mailboxEvent('active');
		const result = await t.post(
			body,
			headersFor(body, { 'X-InboxKit-Timestamp': minutesAgo(120) }),
		);
		expect(result.status).toBe(400);
		expect(t.started).toHaveLength(0);
	});

	test('an event without any timestamp is refused, unless Max Event Age is 0', async () => {
		const t = await trigger();
		const body = mailboxEvent();
		delete body.timestamp;
		const headers = headersFor({ ...body, timestamp: '' }, { 'X-InboxKit-Timestamp': undefined });
		delete headers['X-InboxKit-Timestamp'];
		const refused = await t.post(body, headers);
		expect([refused.status, refused.answer]).toEqual([
			400,
			{
				error: true,
				message:
					'The event has no timestamp (X-InboxKit-Timestamp), so its age cannot be checked. Set Max Event Age to 0 to accept such events.',
			},
		]);
		await t.close();
		const off = await trigger({ options: { maxEventAgeMinutes: 0 } });
		expect((await off.post(body, headers)).status).toBe(200);
		expect(off.started).toHaveLength(1);
	});

	test('the same event sent twice (a retry or a replay) starts one run; the second gets a 200 so InboxKit stops', async () => {
		const t = await trigger();
		const body = mailboxEvent('active');
		const first = await t.post(body, headersFor(body));
		const second = await t.post(body, headersFor(body));
		expect([first.status, second.status]).toEqual([200, 200]);
		expect(second.answer).toEqual({ received: true, started: false, reason: 'already received' });
		expect(t.started).toHaveLength(1);
		// The same mailbox with another status, or later, is a new event.
		const failed = mailboxEvent('failed', { timestamp: body.timestamp as string });
		await t.post(failed, headersFor(failed));
		expect(t.started).toHaveLength(2);
	});

	test('static data keeps at most 1,000 keys with when each may be forgotten: expired and soonest-to-expire keys go first', async () => {
		const later = Date.now() + 3_600_000;
		const earlier: IDataObject = { expired: Date.now() - 1 };
		for (let i = 0; i < 1000; i++) earlier[`older-event-${i}`] = later + i;
		hook = await startTrigger({
			parameters: { registration: 'manual' },
			credentials: { apiToken: env.sandbox.token, baseUrl: env.sandbox.url },
			staticData: { seenEvents: earlier },
		});
		const body = mailboxEvent('active');
		await hook.post(body, headersFor(body));
		const seen = hook.staticData.seenEvents as IDataObject;
		expect(Object.keys(seen)).toHaveLength(1000);
		expect(seen).not.toHaveProperty('expired');
		expect(seen).not.toHaveProperty('older-event-0');
		expect(seen).toHaveProperty('older-event-999');
		// Static data survives a restart (n8n saves it): the replay is caught.
		hook.restart();
		await hook.post(body, headersFor(body));
		expect(hook.started).toHaveLength(1);
	});
});

describe('what Max Event Age can and cannot stop', () => {
	test("a delivery repeated with a refreshed X-InboxKit-Timestamp is a repeat: repeats are keyed on the body's event time", async () => {
		const t = await trigger();
		const body = mailboxEvent('active', { timestamp: minutesAgo(3) });
		await t.post(body, headersFor(body, { 'X-InboxKit-Timestamp': minutesAgo(2) }));
		const refreshed = await t.post(
			body,
			headersFor(body, { 'X-InboxKit-Timestamp': new Date().toISOString() }),
		);
		expect(refreshed.answer).toEqual(expect.objectContaining({ reason: 'already received' }));
		expect(t.started).toHaveLength(1);
	});

	test('the option says plainly what the check stops (an unedited replay) and what it cannot', () => {
		const option = triggerChoice('options', { name: 'maxEventAgeMinutes' });
		expect(option.description).toContain('unedited');
		expect(option.description).toContain('rotate');
		expect(option.description).not.toContain('stops a captured request from being replayed');
	});
});

describe('times, keys and settings', () => {
	afterEach(() => jest.restoreAllMocks());

	function untimed(status: string) {
		const body = mailboxEvent(status);
		delete body.timestamp;
		const headers = headersFor({ ...body, timestamp: '' });
		delete headers['X-InboxKit-Timestamp'];
		return { body, headers };
	}

	test('with Max Event Age 0 and no timestamps, a status seen before is a repeat only for a while, not forever', async () => {
		const t = await trigger({ options: { maxEventAgeMinutes: 0 } });
		const { body, headers } = untimed('active');
		await t.post(body, headers);
		await t.post(body, headers);
		expect(t.started).toHaveLength(1);
		// The item keeps the headers that came, and no empty place for the one that did not.
		expect(Object.keys(t.started[0][0].json.headers as IDataObject)).toEqual([
			'user-agent',
			'x-inboxkit-event',
		]);
		const later = Date.now() + 66 * 60_000;
		jest.spyOn(Date, 'now').mockReturnValue(later);
		await t.post(body, headers);
		expect(t.started).toHaveLength(2);
	});

	test('the age window holds to the millisecond: 60 minutes old and 5 minutes ahead pass, one millisecond more is refused, saying when the event is from', async () => {
		const now = Date.UTC(2026, 11, 7, 12, 0, 0);
		jest.spyOn(Date, 'now').mockReturnValue(now);
		const t = await trigger();
		const at = (ms: number) => {
			const body = mailboxEvent('active', { timestamp: new Date(ms).toISOString() });
			return t.post(body, headersFor(body));
		};
		expect((await at(now - 60 * 60_000)).status).toBe(200);
		expect((await at(now + 5 * 60_000)).status).toBe(200);
		const old = await at(now - 60 * 60_000 - 1);
		expect([old.status, old.answer]).toEqual([
			400,
			{
				error: true,
				message:
					'The event is from 2026-12-07T10:59:59.999Z, older than the Max Event Age of 60 minutes',
			},
		]);
		const ahead = await at(now + 5 * 60_000 + 1);
		expect([ahead.status, ahead.answer]).toEqual([
			400,
			{
				error: true,
				message: 'The event is from 2026-12-07T12:05:00.001Z, more than 5 minutes in the future',
			},
		]);
		expect(t.started).toHaveLength(2);
	});

	test('repeats are remembered for Max Event Age and 5 minutes of clock skew; with the check off, for an hour and 5 minutes', async () => {
		const now = Date.UTC(2026, 11, 7, 12, 0, 0);
		jest.spyOn(Date, 'now').mockReturnValue(now);
		const t = await trigger({ options: { maxEventAgeMinutes: 10 } });
		const body = mailboxEvent('active', { timestamp: new Date(now).toISOString() });
		await t.post(body, headersFor(body));
		expect(Object.values(t.staticData.seenEvents as IDataObject)).toEqual([now + 15 * 60_000]);
		await t.close();

		const off = await trigger({ options: { maxEventAgeMinutes: 0 } });
		const { body: untimedBody, headers } = untimed('active');
		await off.post(untimedBody, headers);
		jest.spyOn(Date, 'now').mockReturnValue(now + 30 * 60_000);
		await off.post(untimedBody, headers);
		jest.spyOn(Date, 'now').mockReturnValue(now + 64 * 60_000);
		await off.post(untimedBody, headers);
		expect(off.started).toHaveLength(1);
	});

	test.each<[string, unknown, number]>([
		['30 as text', '30', 30],
		['30 with spaces around', ' 30 ', 30],
		['1.25 as text', '1.25', 1.25],
		['0 as text', '0', 0],
	])(
		'a Max Event Age expression that gives %s is read as minutes',
		async (_title, value, minutes) => {
			const now = Date.UTC(2026, 11, 7, 12, 0, 0);
			jest.spyOn(Date, 'now').mockReturnValue(now);
			const t = await trigger({ options: { maxEventAgeMinutes: value as number } });
			await t.activate();
			const body = mailboxEvent('active', {
				timestamp: new Date(now - minutes * 60_000 - 1).toISOString(),
			});
			expect((await t.post(body, headersFor(body))).status).toBe(minutes === 0 ? 200 : 400);
		},
	);

	test('a Max Event Age that is no number says what it got, cut to 40 characters', async () => {
		const long = 'sixty minutes, or maybe seventy, it depends on the day';
		const t = await trigger({ options: { maxEventAgeMinutes: long as unknown as number } });
		const error = (await t.activate().catch((e: unknown) => e)) as Error & { description?: string };
		expect([error.message, error.description]).toEqual([
			'Max Event Age must be a number of minutes, 0 or more',
			`It is ${JSON.stringify(long).slice(0, 40)}. Set a number (60 by default), or 0 to turn the age check off.`,
		]);
	});

	test('entities without uid are told apart by their id', async () => {
		const t = await trigger();
		const timestamp = minutesAgo(1);
		for (const id of ['mbx-id-1', 'mbx-id-2']) {
			const body = mailboxEvent('active', { timestamp });
			const mailbox = (body.data as IDataObject).mailbox as IDataObject;
			delete mailbox.uid;
			mailbox.id = id;
			await t.post(body, headersFor(body));
		}
		expect(t.started).toHaveLength(2);
	});

	test('epoch-second timestamps (10 digits), in the header or the body, are read as seconds', async () => {
		const t = await trigger();
		const seconds = Math.floor(Date.now() / 1000) - 60;
		const body = { ...mailboxEvent('active'), timestamp: seconds };
		const result = await t.post(
			body,
			headersFor(body, { 'X-InboxKit-Timestamp': String(seconds) }),
		);
		expect(result.status).toBe(200);
		const bodyOnly = { ...mailboxEvent('failed'), timestamp: seconds };
		const headers = headersFor(bodyOnly);
		delete headers['X-InboxKit-Timestamp'];
		expect((await t.post(bodyOnly, headers)).status).toBe(200);
		expect(t.started).toHaveLength(2);
	});

	test("a time without a zone is read as UTC, whatever the server's zone (test/node/zone/, run with TZ=America/New_York)", () => {
		const run = runWithTimeZone('America/New_York', 'test/node/zone/');
		expect(run.output).toContain('1 passed');
		expect(run.status).toBe(0);
	});

	test.each([
		['-1', -1],
		['text', 'an hour'],
	])(
		'a Max Event Age expression that gives %s is refused, not taken as "off"',
		async (_title, value) => {
			const t = await trigger({ options: { maxEventAgeMinutes: value as number } });
			await expect(t.activate()).rejects.toThrow('Max Event Age');
			const old = mailboxEvent('active', { timestamp: '2020-01-01T00:00:00.000Z' });
			const result = await t.post(old, headersFor(old));
			expect(result.status).toBe(500);
			expect(JSON.stringify(result.answer)).toContain('Max Event Age');
			expect(t.started).toHaveLength(0);
		},
	);
});

describe('filters', () => {
	function consentEvent() {
		return eventBody(
			env.sandbox.state,
			'consent_request',
			{
				uid: 'cr_1',
				status: 'completed',
				previous_status: 'processing',
				domain_name: 'acme-mail.com',
				consent_url: 'https://login.microsoftonline.com/consent/abc',
			},
			{ workspace: { uid: DEFAULT_WORKSPACE, name: 'Main' } },
		);
	}

	test('by default domain and mailbox events start runs; a consent request event gets a 200 and starts nothing', async () => {
		const t = await trigger();
		const consent = consentEvent();
		const result = await t.post(consent, headersFor(consent));
		expect(result.status).toBe(200);
		expect(result.answer).toEqual(
			expect.objectContaining({ started: false, reason: expect.stringContaining('Events') }),
		);
		const domain = state().domains.find((d) => d.uid === 'dom_acmemail1')!;
		const domainBody = eventBody(env.sandbox.state, 'domain', domainEntity(domain));
		await t.post(domainBody, headersFor(domainBody));
		expect(t.started.map((items) => items[0].json.event)).toEqual(['domain.status_changed']);
	});

	test('with Events set to consent requests only, those start runs and mailbox events do not', async () => {
		const t = await trigger({ events: ['consent_request.status_changed'] });
		const mailbox = mailboxEvent();
		await t.post(mailbox, headersFor(mailbox));
		const consent = consentEvent();
		await t.post(consent, headersFor(consent));
		expect(t.started).toHaveLength(1);
		expect(t.started[0][0].json).toEqual(
			expect.objectContaining({
				event: 'consent_request.status_changed',
				consent_request: expect.objectContaining({ uid: 'cr_1', status: 'completed' }),
			}),
		);
	});

	test('Only Statuses "active, Failed" passes active and failed mailboxes, not suspended ones', async () => {
		const t = await trigger({ statuses: 'active, Failed' });
		for (const [status, uid] of [
			['active', 'mbx_jane01'],
			['suspended', 'mbx_john02'],
			['failed', 'mbx_sam03'],
		]) {
			const body = mailboxEvent(status, { uid });
			await t.post(body, headersFor(body));
		}
		expect(t.started.map((items) => (items[0].json.mailbox as IDataObject).status)).toEqual([
			'active',
			'failed',
		]);
		expect(t.received[1].answer).toEqual({
			received: true,
			started: false,
			reason: 'status suspended is not one of Only Statuses',
		});
		const statusless = mailboxEvent('active', { uid: 'mbx_lee04' });
		delete ((statusless.data as IDataObject).mailbox as IDataObject).status;
		expect((await t.post(statusless, headersFor(statusless))).answer).toEqual(
			expect.objectContaining({ reason: 'status (none) is not one of Only Statuses' }),
		);
	});

	test('Only Statuses "propagated" matches a domain by its DNS propagation status', async () => {
		const t = await trigger({ statuses: 'propagated' });
		const domain = state().domains.find((d) => d.uid === 'dom_acmeconn3')!;
		const pending = eventBody(env.sandbox.state, 'domain', domainEntity(domain));
		expect((await t.post(pending, headersFor(pending))).answer).toEqual(
			expect.objectContaining({ reason: 'status pending/pending is not one of Only Statuses' }),
		);
		const propagated = eventBody(
			env.sandbox.state,
			'domain',
			domainEntity({ ...domain, status: 'active', dns_propagation_status: 'propagated' }),
		);
		await t.post(propagated, headersFor(propagated));
		expect(t.started).toHaveLength(1);
		expect(t.started[0][0].json.domain).toEqual(
			expect.objectContaining({ uid: 'dom_acmeconn3', dns_propagation_status: 'propagated' }),
		);
	});
});

describe('mailbox secrets', () => {
	test('Include Secrets keeps the password, app password and 2FA secret', async () => {
		const t = await trigger({ options: { includeSecrets: true } });
		const body = mailboxEvent();
		await t.post(body, headersFor(body));
		const secrets = state().mailboxSecrets.mbx_jane01 as IDataObject;
		expect(Object.keys(secrets).sort()).toEqual(['app_password', 'password', 'secret']);
		expect(t.started[0][0].json.mailbox).toEqual(expect.objectContaining(secrets));
	});

	test('the shown notice about execution storage appears only with the option on', () => {
		const { NodeHelpers } = require('n8n-workflow') as typeof import('n8n-workflow');
		const description = triggerDescription();
		const notice = description.properties.find((p) => p.name === 'secretsNotice')!;
		expect(notice.displayName).toMatch(/executions/);
		expect(
			NodeHelpers.displayParameter(
				{ options: { includeSecrets: true } },
				notice,
				null,
				description,
			),
		).toBe(true);
		expect(NodeHelpers.displayParameter({ options: {} }, notice, null, description)).toBe(false);
	});
});

describe('secrets anywhere in the event', () => {
	/** A mailbox event with secret-looking keys at every depth, in arrays and in any case. */
	function secretLaden() {
		const body = mailboxEvent('active');
		const data = body.data as IDataObject;
		const mailbox = data.mailbox as IDataObject;
		mailbox.credentials = { password: 'S-nested-pass', imap: { Password: 'S-recased' } };
		mailbox.totp_secret = 'S-totp';
		mailbox.smtp_password = 'S-smtp';
		data.mailboxes = [
			{ uid: 'mbx_a', password: 'S-array-1' },
			{ uid: 'mbx_b', APP_PASSWORD: 'S-array-2', tags: [{ apiKey: 'S-camel' }] },
		];
		(data.metadata as IDataObject).password = 'S-metadata';
		data.client_id_request = { uid: 'cid_1', client_id: '12345.apps', client_secret: 'S-client' };
		data.consent_request = {
			uid: 'cr_1',
			consent_url: 'https://accounts.google.com/o/oauth2/consent',
			token_type: 'Bearer',
			refresh_token: 'S-refresh',
			access_token: 'S-access',
		};
		body.account = { uid: 'acct_top', password: 'S-top', 'api-key': 'S-dashed', token: 'S-token' };
		return body;
	}

	test('without Include Secrets, secret-looking keys are removed at any depth, in arrays, in any case; other fields stay', async () => {
		const t = await trigger();
		const body = secretLaden();
		await t.post(body, headersFor(body));
		expect(t.started).toHaveLength(1);
		const item = t.started[0][0].json;
		const text = JSON.stringify(item);
		expect(text.match(/S-[a-z0-9-]+/g) ?? []).toEqual([]);
		for (const secret of Object.values(state().mailboxSecrets.mbx_jane01 as IDataObject))
			expect(text).not.toContain(String(secret));
		expect(item.consent_request).toEqual({
			uid: 'cr_1',
			consent_url: 'https://accounts.google.com/o/oauth2/consent',
			token_type: 'Bearer',
		});
		expect(item.client_id_request).toEqual({ uid: 'cid_1', client_id: '12345.apps' });
		expect((item.mailboxes as IDataObject[])[1]).toEqual({ uid: 'mbx_b', tags: [{}] });
	});

	test('with Include Secrets on, every key is kept', async () => {
		const t = await trigger({ options: { includeSecrets: true } });
		const body = secretLaden();
		await t.post(body, headersFor(body));
		const text = JSON.stringify(t.started[0][0].json);
		expect(text.match(/S-[a-z0-9-]+/g) ?? []).toHaveLength(14);
	});

	test('a mailbox at the top of the body (no data) loses its secrets too', async () => {
		const t = await trigger();
		const body = mailboxEvent('active');
		delete body.data;
		body.mailbox = { uid: 'mbx_top', status: 'active', password: 'S-top', secret: 'S-seed' };
		await t.post(body, headersFor(body));
		expect(t.started[0][0].json.mailbox).toEqual({ uid: 'mbx_top', status: 'active' });
	});

	test("the option's description names the keys that count as secrets", () => {
		const option = triggerChoice('options', { name: 'includeSecrets' });
		for (const word of ['password', 'secret', 'token', 'api_key', 'any depth'])
			expect(option.description).toContain(word);
	});
});

test('a body that is not an InboxKit event is refused with 400', async () => {
	const t = await trigger();
	const result = await t.post('[1,2]', {
		...webhookHeaders(env.sandbox.token, 'mailbox.status_changed', new Date().toISOString()),
		'X-InboxKit-Event': '',
	});
	expect(result.status).toBe(400);
	expect(result.answer).toEqual({
		error: true,
		message: 'The body is not an InboxKit event (no "event")',
	});
	expect(t.started).toHaveLength(0);
});

describe('under real traffic (static data loaded and saved per request, as n8n does)', () => {
	test('30 concurrent deliveries of one event start exactly one run; the others are answered 200 as repeats', async () => {
		const t = await trigger();
		const body = mailboxEvent('active');
		const results = await Promise.all(
			Array.from({ length: 30 }, () => t.post(body, headersFor(body))),
		);
		expect(results.every((r) => r.status === 200)).toBe(true);
		expect(t.started.length).toBe(1);
	});

	test('50 distinct events arriving together each start one run, and sending them all again starts none', async () => {
		const t = await trigger();
		const uids = state().mailboxes.map((m) => m.uid as string);
		const bodies = Array.from({ length: 50 }, (_, i) =>
			mailboxEvent(`status-${i}`, { uid: uids[i % uids.length] }),
		);
		await Promise.all(bodies.map((b) => t.post(b, headersFor(b))));
		expect(t.started.length).toBe(50);
		await Promise.all(bodies.map((b) => t.post(b, headersFor(b))));
		expect(t.started.length).toBe(50);
	});

	test('after a restart (a new n8n process) a repeat of an event saved in the static data is still dropped', async () => {
		const t = await trigger();
		const body = mailboxEvent('active');
		await t.post(body, headersFor(body));
		t.restart();
		const again = await t.post(body, headersFor(body));
		expect(again.answer).toEqual(expect.objectContaining({ reason: 'already received' }));
		expect(t.started).toHaveLength(1);
	});

	test('repeats are remembered for the age window, not by count: after 210 other events the first is still dropped', async () => {
		const t = await trigger();
		const uids = state().mailboxes.map((m) => m.uid as string);
		const first = mailboxEvent('active');
		await t.post(first, headersFor(first));
		for (let i = 0; i < 210; i++) {
			const body = mailboxEvent(`status-${i}`, { uid: uids[i % uids.length] });
			await t.post(body, headersFor(body));
		}
		expect(t.started.length).toBe(211);
		await t.post(first, headersFor(first));
		expect(t.started.length).toBe(211);
	});
});
