import type { IDataObject } from 'n8n-workflow';

import {
	eventKey,
	headerValue,
	parseTime,
	readEvent,
	statusesOf,
	type InboxKitEvent,
} from '../../nodes/InboxKitTrigger/event';
import { webhookUrlIn } from '../../nodes/InboxKitTrigger/registration';
import { hashedKey, recordFirstSighting } from '../../nodes/InboxKitTrigger/repeats';
import { isSecretKey } from '../../nodes/InboxKitTrigger/secrets';
import { signatureMatches, tokenAsSent } from '../../nodes/InboxKitTrigger/signature';
import {
	hostOf,
	isProductionUrlOfThisN8n,
	isTriggerUrlOfThisN8n,
	sameUrl,
} from '../../nodes/InboxKitTrigger/urls';

/**
 * How the InboxKit Trigger reads what reaches it: times, headers, event bodies, webhook URLs,
 * signatures and repeat keys. These are pure readings (no n8n context), checked value by value
 * here; trigger-events.test.ts and trigger-registration.test.ts run them through n8n's webhook and
 * hook contexts.
 */

const AT = Date.UTC(2026, 11, 7, 10, 0, 0);

describe('event times', () => {
	test.each<[string, unknown, number | undefined]>([
		['ISO 8601 in UTC', '2026-12-07T10:00:00Z', AT],
		['ISO 8601 with an offset', '2026-12-07T12:00:00+02:00', AT],
		['ISO 8601 with spaces around', '  2026-12-07T10:00:00.000Z ', AT],
		['epoch seconds as a number', AT / 1000, AT],
		['epoch seconds as digits, spaces around', ` ${AT / 1000} `, AT],
		['epoch seconds with a fraction', `${AT / 1000}.5`, AT + 500],
		['epoch seconds with two decimals', `${AT / 1000}.25`, AT + 250],
		['epoch milliseconds as a number', AT, AT],
		['epoch milliseconds as digits', String(AT), AT],
		['the largest number read as seconds (11 digits)', 99_999_999_999, 99_999_999_999_000],
		['the smallest read as milliseconds', 100_000_000_000, 100_000_000_000],
		['digits then text', '1765101600abc', undefined],
		['text then digits', 'abc1765101600', undefined],
		['empty text', '', undefined],
		['text that is no time', 'yesterday', undefined],
		['null', null, undefined],
		['true', true, undefined],
		['an object', { at: AT }, undefined],
	])('%s', (_title, raw, expected) => {
		expect(parseTime(raw)).toBe(expected);
	});
});

describe('headers', () => {
	test.each<[string, string | string[] | undefined, string | undefined]>([
		['a value', 'abc', 'abc'],
		['spaces around', '  abc  ', 'abc'],
		['the first of a repeated header', ['first', 'second'], 'first'],
		['only spaces', '   ', undefined],
		['empty', '', undefined],
		['missing', undefined, undefined],
		['an empty list', [], undefined],
	])('%s', (_title, value, expected) => {
		expect(headerValue({ 'x-name': value }, 'x-name')).toBe(expected);
	});
});

describe('event bodies', () => {
	const eventHeader = { 'x-inboxkit-event': 'mailbox.status_changed' };

	test('the event is named by the body, else by X-InboxKit-Event', () => {
		expect(readEvent({ event: 'domain.status_changed' }, eventHeader)?.event).toBe(
			'domain.status_changed',
		);
		expect(readEvent({ event: '' }, eventHeader)?.event).toBe('mailbox.status_changed');
		expect(readEvent({ event: 7 }, eventHeader)?.event).toBe('mailbox.status_changed');
		expect(readEvent({ event: '' }, {})).toBeUndefined();
	});

	test('a body that is not an object is no event, whatever the headers say', () => {
		for (const body of [[{ event: 'mailbox.status_changed' }], 'text', null, 3])
			expect(readEvent(body, eventHeader)).toBeUndefined();
	});

	test('the entity is the object under data named by the event; a list there is none', () => {
		const mailbox = { uid: 'mbx_1', status: 'active' };
		expect(readEvent({ event: 'mailbox.status_changed', data: { mailbox } }, {})?.entity).toEqual(
			mailbox,
		);
		const listed = readEvent({ event: 'mailbox.status_changed', data: { mailbox: [mailbox] } }, {});
		expect(listed?.entity).toBeUndefined();
		expect(readEvent({ event: 'mailbox.status_changed', data: [mailbox] }, {})?.data).toEqual({});
	});

	test('the statuses filtered on: status and DNS propagation status, lower-cased; empty and non-text ones left out', () => {
		const of = (entity: IDataObject) =>
			statusesOf(readEvent({ event: 'domain.status_changed', data: { domain: entity } }, {})!);
		expect(of({ status: 'Active', dns_propagation_status: 'PROPAGATED' })).toEqual([
			'active',
			'propagated',
		]);
		expect(of({ status: 'active', dns_propagation_status: '' })).toEqual(['active']);
		expect(of({ status: 3, dns_propagation_status: null })).toEqual([]);
	});
});

describe('repeat keys', () => {
	const event = (entity: IDataObject | undefined, body: IDataObject = {}): InboxKitEvent =>
		readEvent({ event: 'mailbox.status_changed', ...body, data: { mailbox: entity } }, {})!;

	test('the same event, entity, status and time give the same key; any of them changed, another', () => {
		const key = eventKey(event({ uid: 'mbx_1', status: 'active' }), AT);
		expect(eventKey(event({ uid: 'mbx_1', status: 'active' }), AT)).toBe(key);
		for (const other of [
			eventKey(event({ uid: 'mbx_2', status: 'active' }), AT),
			eventKey(event({ uid: 'mbx_1', status: 'failed' }), AT),
			eventKey(event({ uid: 'mbx_1', status: 'active' }), AT + 1),
			eventKey(event({ id: 'mbx_1', status: 'active' }, { event: 'domain.status_changed' }), AT),
		])
			expect(other).not.toBe(key);
	});

	test("the body's time wins over the delivery's; without either, events differ by entity only", () => {
		const timed = event({ uid: 'mbx_1', status: 'active' }, { timestamp: AT / 1000 });
		expect(eventKey(timed, AT + 60_000)).toBe(eventKey(timed, AT + 120_000));
		const untimed = event({ uid: 'mbx_1', status: 'active' });
		expect(eventKey(untimed, undefined)).toBe(eventKey(untimed, undefined));
		expect(eventKey(untimed, AT)).not.toBe(eventKey(untimed, undefined));
		expect(eventKey(event(undefined), undefined)).not.toBe(eventKey(untimed, undefined));
	});

	test('are kept in static data as 20 hexadecimal characters, whatever the event holds', () => {
		expect(hashedKey(['mailbox.status_changed', 'mbx_1', 'active', AT])).toMatch(/^[0-9a-f]{20}$/);
	});

	test('a key is a repeat until its time is up, and new again from that millisecond on', () => {
		const trigger = 'repeat-window';
		const data: IDataObject = {};
		expect(recordFirstSighting(trigger, data, 'k1', AT, AT + 1000)).toBe(true);
		expect(recordFirstSighting(trigger, data, 'k1', AT + 999, AT + 2000)).toBe(false);
		expect(recordFirstSighting(trigger, data, 'k1', AT + 1000, AT + 3000)).toBe(true);
	});

	test('static data written by another process counts until its time is up; what is not a key list is ignored', () => {
		const data: IDataObject = { seenEvents: { k1: AT + 1000, k2: AT } };
		expect(recordFirstSighting('other-process', data, 'k1', AT, AT + 5000)).toBe(false);
		expect(recordFirstSighting('other-process', data, 'k2', AT, AT + 5000)).toBe(true);
		for (const [n, seenEvents] of [null, ['k3'], 'k3'].entries())
			expect(recordFirstSighting(`odd-${n}`, { seenEvents }, 'k3', AT, AT + 1)).toBe(true);
	});
});

describe('secret-looking keys', () => {
	test.each([
		'password',
		'Password',
		'smtp_password',
		'appPasswords',
		'api--key',
		'X-API-KEY',
		'Client Secret',
		'refreshToken',
		'totp_secret',
		'private_key',
	])('%s is a secret', (key) => {
		expect(isSecretKey(key)).toBe(true);
	});

	test.each(['token_type', 'passwordless', 'secretary', 'keys', 'consent_url', 'uid'])(
		'%s is not',
		(key) => {
			expect(isSecretKey(key)).toBe(false);
		},
	);
});

describe('signatures', () => {
	const TOKEN = 'ik_live_abc';
	const hex = (text: string) =>
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		(require('crypto') as typeof import('crypto')).createHash('sha256').update(text).digest('hex');

	test('the token as HTTP sends it: spaces and tabs at its end dropped, inside and at its start kept', () => {
		expect(tokenAsSent('tok \t ')).toBe('tok');
		expect(tokenAsSent(' to k')).toBe(' to k');
		expect(tokenAsSent('tok')).toBe('tok');
	});

	test.each([
		['sha256= and the hex', `sha256=${hex(TOKEN)}`, true],
		['the prefix in capitals, the hex too', `SHA256=${hex(TOKEN).toUpperCase()}`, true],
		['no prefix', hex(TOKEN), true],
		['spaces around', `  sha256=${hex(TOKEN)} `, true],
		["another token's hash", `sha256=${hex('ik_live_abd')}`, false],
		['the token itself', TOKEN, false],
		['empty', '', false],
	])('%s', (_title, header, expected) => {
		expect(signatureMatches(header, TOKEN)).toBe(expected);
	});

	test('a token saved with a trailing space matches what InboxKit signs; an empty token matches nothing', () => {
		expect(signatureMatches(`sha256=${hex(TOKEN)}`, `${TOKEN}  `)).toBe(true);
		expect(signatureMatches(`sha256=${hex('')}`, '  ')).toBe(false);
	});
});

describe('webhook URLs', () => {
	const N8N = 'https://n8n.acme.test';
	const ID = '0b7e1c2d-3f4a-4b5c-8d6e-7f8091a2b3c4';
	const production = `${N8N}/webhook/${ID}/webhook`;
	const test_ = `${N8N}/webhook-test/${ID}/webhook`;

	test.each<[string, string, boolean]>([
		['its own production URL', production, true],
		['with a trailing slash', `${production}/`, true],
		['a webhook id in capitals', `${N8N}/webhook/${ID.toUpperCase()}/webhook`, true],
		['another workflow of this n8n', `${N8N}/webhook/${ID.replace('0b7e', '9c9c')}/webhook`, true],
		['another host', `https://other.acme.test/webhook/${ID}/webhook`, false],
		['this host, not a trigger path', `${N8N}/webhook/orders`, false],
		['a webhook id one digit short', `${N8N}/webhook/${ID.slice(1)}/webhook`, false],
		['not a URL', 'n8n.acme.test/webhook', false],
	])('is a trigger URL of this n8n: %s', (_title, candidate, expected) => {
		expect(isTriggerUrlOfThisN8n(candidate, test_)).toBe(expected);
	});

	test("a production URL of this n8n is one on another endpoint than this node's test URL", () => {
		expect(isProductionUrlOfThisN8n(production, test_)).toBe(true);
		expect(isProductionUrlOfThisN8n(`${N8N}/webhook-test/${ID}/webhook`, test_)).toBe(false);
		expect(isProductionUrlOfThisN8n('https://hooks.acme.test/inboxkit', test_)).toBe(false);
		expect(isTriggerUrlOfThisN8n(production, 'not a url')).toBe(false);
	});

	test.each<[string | null | undefined, string | null | undefined, boolean]>([
		['https://a.test/x', 'https://a.test/x/', true],
		['https://a.test/x//', 'https://A.TEST/x', true],
		['https://a.test/x?k=1', 'https://a.test/x?k=2', false],
		['https://a.test/x', 'https://a.test/y', false],
		[' not a url/ ', 'not a url', true],
		['not a url//', 'not a url', true],
		['not a url', ' not a url// ', true],
		['not/a url', 'nota url', false],
		['nota url', 'not/a url', false],
		['not a url', 'not a URL', false],
		[null, null, true],
		[undefined, undefined, true],
		[null, undefined, false],
		[null, 'https://a.test/x', false],
		['https://a.test/x', undefined, false],
	])('same URL: %j and %j', (a, b, expected) => {
		expect(sameUrl(a, b)).toBe(expected);
	});

	test("what n8n's log shows of a URL: its host (and port), never its path or query", () => {
		expect(hostOf('https://hooks.acme.test:8443/inboxkit?key=s3cret')).toBe('hooks.acme.test:8443');
		expect(hostOf('no url at all')).toBe('a URL that does not parse');
	});

	test.each<[string, IDataObject, string | null | undefined]>([
		['under workspace', { workspace: { webhook_url: 'https://a.test/x' } }, 'https://a.test/x'],
		['under data, camelCase', { data: { webhookUrl: ' https://a.test/x ' } }, 'https://a.test/x'],
		['under result, as webhook', { result: { webhook: 'https://a.test/x' } }, 'https://a.test/x'],
		['at the top', { webhook_url: 'https://a.test/x' }, 'https://a.test/x'],
		['null: none set', { workspace: { webhook_url: null } }, null],
		['only spaces: none set', { workspace: { webhook_url: '  ' } }, null],
		['not said at all', { workspace: { uid: 'ws_1' }, data: ['x'] }, undefined],
		['a number there: not said', { workspace: { webhook_url: 3 } }, undefined],
	])("a workspace's webhook URL %s", (_title, answer, expected) => {
		expect(webhookUrlIn(answer)).toBe(expected);
	});
});
