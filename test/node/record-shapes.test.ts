import type { IDataObject } from 'n8n-workflow';

import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * Get Many, simplified, over records in the shapes InboxKit's fields allow: names with a TLD
 * beside them or a trailing dot, mailboxes with or without an `email`, records that lack some
 * fields (which then stay out of the item rather than show as empty columns).
 */
const env = useSandbox();

async function simplified(resource: string) {
	const { items, error } = await env.run({
		parameters: { resource, operation: 'getMany', returnAll: true },
	});
	expect(error).toBeUndefined();
	return items.map((i) => i.json);
}

const inMain = (records: IDataObject[]) =>
	records.map((r) => ({ workspace_uid: DEFAULT_WORKSPACE, status: 'active', ...r }));

test("a domain's name: trimmed, lower-cased, without a trailing dot, joined with a TLD kept apart", async () => {
	env.sandbox.reset({
		domains: inMain([
			{ uid: 'dom_1', name: ' Acme-Mail.COM. ' },
			{ uid: 'dom_2', name: 'brand', tld: 'co.uk' },
			{ uid: 'dom_3', name: 'brand.net', tld: 'net' },
			{ uid: 'dom_4', name: 'shop', tld: '.ORG' },
			{ uid: 'dom_5', name: 'solo' },
			{ uid: 'dom_6', name: '', tld: 'com' },
		]),
	});
	expect((await simplified('domain')).map((d) => d.name)).toEqual([
		'acme-mail.com',
		'brand.co.uk',
		'brand.net',
		'shop.org',
		'solo',
		'',
	]);
});

test('a simplified domain keeps its renewal and creation dates, and no field it lacks', async () => {
	env.sandbox.reset({
		domains: inMain([
			{
				uid: 'dom_full1',
				name: 'full.com',
				renewal_date: '2027-04-01T00:00:00.000Z',
				created_at: '2026-04-01T00:00:00.000Z',
				registrar_lock: true,
			},
		]),
	});
	const [domain] = await simplified('domain');
	expect(domain).toStrictEqual({
		uid: 'dom_full1',
		name: 'full.com',
		status: 'active',
		renewal_date: '2027-04-01T00:00:00.000Z',
		created_at: '2026-04-01T00:00:00.000Z',
	});
});

describe("a simplified mailbox's address", () => {
	test('is its own `email` when the record has one (lower-cased), else username @ domain', async () => {
		env.sandbox.reset({
			mailboxes: inMain([
				// The shape of a mailbox in InboxKit's webhooks and details: an `email` only.
				{ uid: 'mbx_email1', email: ' Pat.Lee@Acme-Mail.com ' },
				{ uid: 'mbx_parts2', username: 'Sam', domain_name: 'Acme-Mail.com' },
			]),
		});
		expect((await simplified('mailbox')).map((m) => m.email)).toEqual([
			'pat.lee@acme-mail.com',
			'sam@acme-mail.com',
		]);
	});

	test('is left out when the record has neither an email nor both username and domain', async () => {
		env.sandbox.reset({
			mailboxes: inMain([
				{ uid: 'mbx_nodomain', username: 'pat' },
				{ uid: 'mbx_nouser', username: '', domain_name: 'acme-mail.com' },
				{ uid: 'mbx_none', username: '' },
			]),
		});
		expect(await simplified('mailbox')).toStrictEqual([
			{ uid: 'mbx_nodomain', username: 'pat', status: 'active' },
			{ uid: 'mbx_nouser', username: '', domain_name: 'acme-mail.com', status: 'active' },
			{ uid: 'mbx_none', username: '', status: 'active' },
		]);
	});
});

test('a simplified mailbox keeps its renewal and creation dates, under either spelling', async () => {
	env.sandbox.reset({
		mailboxes: inMain([
			{
				uid: 'mbx_dates1',
				username: 'pat',
				domain_name: 'acme-mail.com',
				renewal_date: '2027-01-01T00:00:00.000Z',
				created_at: '2026-01-01T00:00:00.000Z',
			},
		]),
	});
	const [mailbox] = await simplified('mailbox');
	expect(mailbox).toStrictEqual({
		uid: 'mbx_dates1',
		email: 'pat@acme-mail.com',
		username: 'pat',
		domain_name: 'acme-mail.com',
		status: 'active',
		renewal_date: '2027-01-01T00:00:00.000Z',
		created_at: '2026-01-01T00:00:00.000Z',
	});
});

test('a simplified sequencer keeps its creation date, under either spelling', async () => {
	env.sandbox.reset({
		sequencers: [
			{ uid: 'seq_a', workspace_uid: DEFAULT_WORKSPACE, name: 'A', createdAt: '2026-02-01' },
			{ uid: 'seq_b', workspace_uid: DEFAULT_WORKSPACE, name: 'B', created_at: '2026-03-01' },
		],
	});
	expect(await simplified('sequencer')).toStrictEqual([
		{ uid: 'seq_a', name: 'A', createdAt: '2026-02-01' },
		{ uid: 'seq_b', name: 'B', created_at: '2026-03-01' },
	]);
});
