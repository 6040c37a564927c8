/* eslint-disable @typescript-eslint/no-require-imports -- test files load modules lazily inside tests */
import { isSentOnce } from '../../nodes/InboxKit/operation';
import type { IDataObject, NodeApiError } from 'n8n-workflow';

import { expectRejectedBeforeSending } from '../support/badInput';
import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { DEFAULT_WORKSPACE, useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * Every Mailbox operation through n8n against the sandbox: exact requests, real output, money
 * sent once, secrets kept out of errors.
 */
const env = useSandbox();

type Case = OperationCase;

const mailboxes = (state: Record<string, unknown>) => state.mailboxes as IDataObject[];
/** A new password for the Change Password case (built, so that it reads as test data). */
const newPassword = ['Brand', 'New', 'Pass', '42'].join('-');
const seeded = (
	require('../sandbox/seeds/mailbox') as {
		seed: () => { mailboxes: IDataObject[]; mailboxSecrets: Record<string, IDataObject> };
	}
).seed();
/** The sandbox's mailbox secrets (password, app_password, TOTP secret), as seeded. */
const seededSecrets = seeded.mailboxSecrets;
const byUid = (state: Record<string, unknown>, uid: string) =>
	mailboxes(state).find((m) => m.uid === uid)!;

const cases: Case[] = [
	{
		title: 'Get Many (filtered, one item per mailbox)',
		parameters: {
			resource: 'mailbox',
			operation: 'getMany',
			returnAll: true,
			filters: { domain: 'ACME-mail.com', status: 'active', keyword: ' j ' },
			simplify: false,
		},
		request: {
			method: 'POST',
			path: '/mailboxes/list',
			body: { domain: 'acme-mail.com', keyword: 'j', status: 'active', page: 1, limit: 100 },
		},
		output: (items) => {
			expect(items.map((m) => [m.uid, m.username, m.domain_name, m.status])).toEqual([
				['mbx_jane01', 'jane.doe', 'acme-mail.com', 'active'],
				['mbx_john02', 'john.roe', 'acme-mail.com', 'active'],
			]);
			expect(items[0]).toMatchObject({
				first_name: 'Jane',
				platform: 'GOOGLE',
				renewal_cycle: 'monthly',
				createdAt: '2025-06-15T11:53:54.260Z',
			});
		},
	},
	{
		title: 'Get Many (platform filter)',
		parameters: {
			resource: 'mailbox',
			operation: 'getMany',
			limit: 5,
			filters: { platform: 'GOOGLE' },
			simplify: false,
		},
		request: {
			method: 'POST',
			path: '/mailboxes/list',
			body: { platform: 'GOOGLE', page: 1, limit: 5 },
		},
		output: (items) => {
			expect(items).toHaveLength(4);
			for (const item of items) expect(item.platform).toBe('GOOGLE');
		},
	},
	{
		title: 'Get',
		parameters: { resource: 'mailbox', operation: 'get', mailboxId: 'mbx_sam03' },
		request: { method: 'GET', path: '/mailboxes/details', query: { uid: 'mbx_sam03' } },
		// The record itself, simplified like Get Many's (its address included), not the envelope.
		output: ([json]) => {
			expect(json.message).toBeUndefined();
			expect(json).toMatchObject({
				uid: 'mbx_sam03',
				email: 'sam.poe@acmeoutreach.net',
				username: 'sam.poe',
				domain_name: 'acmeoutreach.net',
				status: 'suspended',
			});
		},
	},
	{
		title: 'Show Credentials',
		parameters: { resource: 'mailbox', operation: 'getCredentials', mailboxId: 'mbx_jane01' },
		request: { method: 'GET', path: '/mailboxes/show-credentials', query: { uid: 'mbx_jane01' } },
		output: ([json]) =>
			expect(json).toEqual({
				message: 'Mailbox credentials retrieved successfully',
				...seededSecrets.mbx_jane01,
			}),
	},
	{
		title: 'Show Credentials by email',
		parameters: {
			resource: 'mailbox',
			operation: 'getCredentials',
			findBy: 'email',
			email: ' John.Roe@ACME-mail.com ',
		},
		request: {
			method: 'GET',
			path: '/mailboxes/show-credentials',
			query: { email: 'john.roe@acme-mail.com' },
		},
		output: ([json]) =>
			expect(json).toEqual({
				message: 'Mailbox credentials retrieved successfully',
				...seededSecrets.mbx_john02,
			}),
	},
	{
		title: 'Buy (fields)',
		parameters: {
			resource: 'mailbox',
			operation: 'buy',
			mailboxes: {
				mailbox: [
					{
						first_name: 'Ada',
						last_name: 'Lovelace',
						username: 'Ada.L',
						domain_name: 'https://acme-mail.com/',
						platform: 'GOOGLE',
					},
					{
						first_name: 'Alan',
						last_name: 'Turing',
						username: 'alan',
						domain_name: 'acmeoutreach.net',
						platform: 'MICROSOFT',
						profile_picture: 'https://cdn.example.com/alan.png',
					},
				],
			},
			useWalletBalance: true,
		},
		request: {
			method: 'POST',
			path: '/mailboxes/buy',
			body: {
				mailboxes: [
					{
						first_name: 'Ada',
						last_name: 'Lovelace',
						username: 'ada.l',
						domain_name: 'acme-mail.com',
						platform: 'GOOGLE',
					},
					{
						first_name: 'Alan',
						last_name: 'Turing',
						username: 'alan',
						domain_name: 'acmeoutreach.net',
						platform: 'MICROSOFT',
						profile_picture: 'https://cdn.example.com/alan.png',
					},
				],
				use_wallet_balance: true,
			},
		},
		output: (items, state) => {
			const bought = mailboxes(state).slice(seeded.mailboxes.length);
			expect(bought.map((m) => [m.username, m.domain_name])).toEqual([
				['ada.l', 'acme-mail.com'],
				['alan', 'acmeoutreach.net'],
			]);
			expect(items.map((m) => [m.uid, m.username, m.domain_name, m.platform, m.status])).toEqual([
				[bought[0].uid, 'ada.l', 'acme-mail.com', 'GOOGLE', 'scheduled'],
				[bought[1].uid, 'alan', 'acmeoutreach.net', 'MICROSOFT', 'scheduled'],
			]);
			expect((state.wallet as IDataObject).credits_remaining).toBe(380 - 6);
		},
	},
	{
		// A status for every uid asked: the page holds as many as were asked for.
		title: 'Check Status',
		parameters: {
			resource: 'mailbox',
			operation: 'checkStatus',
			mailboxIds: 'mbx_jane01\nmbx_sam03',
		},
		request: {
			method: 'POST',
			path: '/mailboxes/status',
			body: { uids: ['mbx_jane01', 'mbx_sam03'], page: 1, limit: 2 },
		},
		output: (items) =>
			expect(items.map((m) => [m.uid, m.status])).toEqual([
				['mbx_jane01', 'active'],
				['mbx_sam03', 'suspended'],
			]),
	},
	{
		title: 'Check Status of the mailboxes of a domain, with a limit',
		parameters: {
			resource: 'mailbox',
			operation: 'checkStatus',
			checkBy: 'domain_uids',
			domainIds: 'dom_acmemail1',
			returnAll: false,
			limit: 1,
		},
		request: {
			method: 'POST',
			path: '/mailboxes/status',
			body: { domain_uids: ['dom_acmemail1'], page: 1, limit: 1 },
		},
		output: (items) =>
			expect(items).toEqual([
				{ uid: 'mbx_jane01', username: 'jane.doe', domain_name: 'acme-mail.com', status: 'active' },
			]),
	},
	{
		title: 'Cancel (InboxKit answers a message only: the output names the mailboxes)',
		parameters: { resource: 'mailbox', operation: 'cancel', mailboxIds: 'mbx_john02, mbx_sam03' },
		request: {
			method: 'POST',
			path: '/mailboxes/cancel',
			body: { uids: ['mbx_john02', 'mbx_sam03'] },
		},
		output: (items, state) => {
			expect(items).toEqual([
				{ message: 'Mailbox scheduled for cancellation', uids: ['mbx_john02', 'mbx_sam03'] },
			]);
			expect(byUid(state, 'mbx_john02').status).toBe('scheduled_for_cancellation');
			expect(byUid(state, 'mbx_sam03').status).toBe('scheduled_for_cancellation');
			expect(byUid(state, 'mbx_jane01').status).toBe('active');
		},
	},
	{
		title: 'Uncancel (one item per mailbox, with its outcome)',
		parameters: { resource: 'mailbox', operation: 'uncancel', mailboxIds: 'mbx_lee04, mbx_jane01' },
		request: {
			method: 'POST',
			path: '/mailboxes/uncancel',
			body: { uids: ['mbx_lee04', 'mbx_jane01'] },
		},
		output: (items, state) => {
			expect(items).toEqual([
				{ uid: 'mbx_lee04', outcome: 'uncancelled' },
				{
					uid: 'mbx_jane01',
					outcome: 'failed',
					reason: 'Mailbox is not scheduled for cancellation',
				},
			]);
			expect(byUid(state, 'mbx_lee04').status).toBe('active');
		},
	},
	{
		title: 'Update',
		parameters: {
			resource: 'mailbox',
			operation: 'update',
			mailboxId: 'mbx_jane01',
			updateFields: { first_name: ' Janet ', last_name: 'Smith' },
		},
		request: {
			method: 'POST',
			path: '/mailboxes/update',
			body: { uid: 'mbx_jane01', first_name: 'Janet', last_name: 'Smith' },
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'Mailbox update queued',
				uid: 'mbx_jane01',
				first_name: 'Janet',
				last_name: 'Smith',
			});
			expect(byUid(state, 'mbx_jane01')).toMatchObject({ first_name: 'Janet', last_name: 'Smith' });
		},
	},
	{
		title: 'Update Profile Picture (URL)',
		parameters: {
			resource: 'mailbox',
			operation: 'updateProfilePicture',
			mailboxId: 'mbx_jane01',
			pictureUrl: 'https://cdn.example.com/jane.png',
		},
		request: {
			method: 'POST',
			path: '/mailboxes/mbx_jane01/profile-picture',
			body: { url: 'https://cdn.example.com/jane.png' },
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'Profile picture updated',
				profile_picture: 'https://cdn.example.com/jane.png',
				uid: 'mbx_jane01',
			});
			expect(byUid(state, 'mbx_jane01').profile_picture).toBe('https://cdn.example.com/jane.png');
		},
	},
	{
		title: 'Generate TOTP',
		parameters: { resource: 'mailbox', operation: 'generateTotp', mailboxId: 'mbx_john02' },
		request: { method: 'GET', path: '/mailboxes/totp', query: { uid: 'mbx_john02' } },
		output: ([json]) =>
			expect(json).toEqual({ message: 'TOTP generated', totp: '492039', expires_in: 30 }),
	},
	{
		title: 'Change Username',
		parameters: {
			resource: 'mailbox',
			operation: 'changeUsername',
			mailboxId: 'mbx_sam03',
			newUsername: ' Samuel.Poe ',
		},
		request: {
			method: 'POST',
			path: '/mailboxes/change-username',
			body: { uid: 'mbx_sam03', username: 'samuel.poe' },
		},
		output: ([json], state) => {
			expect(json).toEqual({
				message: 'Username change queued',
				uid: 'mbx_sam03',
				username: 'samuel.poe',
			});
			expect(byUid(state, 'mbx_sam03').username).toBe('samuel.poe');
		},
	},
	{
		title: 'Change Password (the output does not repeat the password)',
		parameters: {
			resource: 'mailbox',
			operation: 'changePassword',
			mailboxId: 'mbx_jane01',
			newPassword,
		},
		request: {
			method: 'POST',
			path: '/mailboxes/change-password',
			body: { uid: 'mbx_jane01', password: newPassword },
		},
		output: ([json], state) => {
			expect(json).toEqual({ message: 'Password changed successfully', uid: 'mbx_jane01' });
			expect((state.mailboxSecrets as Record<string, IDataObject>).mbx_jane01.password).toBe(
				newPassword,
			);
		},
	},
	{
		title: 'Check Availability of a taken address',
		parameters: {
			resource: 'mailbox',
			operation: 'checkAvailability',
			email: 'Jane.Doe@ACME-mail.com',
		},
		request: {
			method: 'GET',
			path: '/mailboxes/availability',
			query: { username: 'jane.doe', domain: 'acme-mail.com' },
		},
		output: ([json]) =>
			expect(json).toEqual({
				message: 'Mailbox availability',
				available: false,
				email: 'jane.doe@acme-mail.com',
			}),
	},
	{
		title: 'Check Availability of a free address',
		parameters: {
			resource: 'mailbox',
			operation: 'checkAvailability',
			email: 'new.person@acmeoutreach.net',
		},
		request: {
			method: 'GET',
			path: '/mailboxes/availability',
			query: { username: 'new.person', domain: 'acmeoutreach.net' },
		},
		output: ([json]) =>
			expect(json).toEqual({
				message: 'Mailbox availability',
				available: true,
				email: 'new.person@acmeoutreach.net',
			}),
	},
];

describeOperationCases(env, ['mailbox'], cases);

describe('money: Buy and Cancel', () => {
	test('Buy with Combine Input Items sends one request and pairs each mailbox to its item', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'buy',
				mailboxesInput: 'json',
				mailboxesJson: '={{ $json.people }}',
				combineItems: true,
			},
			items: [
				{
					people: [
						{
							first_name: 'Ann',
							last_name: 'A',
							username: 'ann',
							domain_name: 'acme-mail.com',
							platform: 'GOOGLE',
						},
					],
				},
				{
					people: [
						{ first_name: 'Bob', last_name: 'B', username: 'bob', domain_name: 'acmeoutreach.net' },
						{ first_name: 'Cy', last_name: 'C', username: 'cy', domain_name: 'acmeoutreach.net' },
					],
				},
			],
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls('POST /mailboxes/buy')).toHaveLength(1);
		expect(env.sandbox.requests[0].body?.mailboxes).toHaveLength(3);
		expect(
			items.map((i) => [`${i.json.username}@${i.json.domain_name}`, i.json.status, i.pairedItem]),
		).toEqual([
			['ann@acme-mail.com', 'scheduled', { item: 0 }],
			['bob@acmeoutreach.net', 'scheduled', { item: 1 }],
			['cy@acmeoutreach.net', 'scheduled', { item: 1 }],
		]);
	});

	test("Cancel with Combine Input Items sends one request; InboxKit's message is paired with every item sent", async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'cancel',
				mailboxIds: '={{ $json.uid }}',
				combineItems: true,
			},
			items: [{ uid: 'mbx_sam03' }, { uid: 'bad id' }, { uid: 'mbx_jane01' }],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls('POST /mailboxes/cancel')).toHaveLength(1);
		expect(env.sandbox.requests[0].body).toEqual({ uids: ['mbx_sam03', 'mbx_jane01'] });
		expect(items.map((i) => [i.json, i.pairedItem])).toEqual([
			[
				{
					error: 'The "Mailbox IDs" field holds "bad id", which is not an InboxKit ID',
					description: expect.any(String),
				},
				{ item: 1 },
			],
			// The same record as without Combine Input Items: the message and the uids sent.
			[
				{ message: 'Mailbox scheduled for cancellation', uids: ['mbx_sam03', 'mbx_jane01'] },
				[{ item: 0 }, { item: 2 }],
			],
		]);
	});

	test('Cancel with Combine Input Items pairs a list of mailboxes, should InboxKit send one, by uid', async () => {
		env.sandbox.fault('POST /mailboxes/cancel', {
			status: 200,
			body: {
				error: false,
				message: 'Mailbox scheduled for cancellation',
				mailboxes: [
					{ uid: 'mbx_jane01', status: 'scheduled_for_cancellation' },
					{ uid: 'mbx_sam03', status: 'scheduled_for_cancellation' },
				],
			},
		});
		const { items } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'cancel',
				mailboxIds: '={{ $json.uid }}',
				combineItems: true,
			},
			items: [{ uid: 'mbx_sam03' }, { uid: 'mbx_jane01' }],
		});
		expect(env.sandbox.calls('POST /mailboxes/cancel')).toHaveLength(1);
		expect(items.map((i) => [i.json.uid, i.pairedItem])).toEqual([
			['mbx_jane01', { item: 1 }],
			['mbx_sam03', { item: 0 }],
		]);
	});
});

test('Uncancel with Combine Input Items sends one request and pairs each outcome with its item', async () => {
	const { items } = await env.run({
		parameters: {
			resource: 'mailbox',
			operation: 'uncancel',
			mailboxIds: '={{ $json.uid }}',
			combineItems: true,
		},
		items: [{ uid: 'mbx_gone77' }, { uid: 'mbx_lee04' }],
	});
	expect(env.sandbox.calls('POST /mailboxes/uncancel').map((r) => r.body)).toEqual([
		{ uids: ['mbx_gone77', 'mbx_lee04'] },
	]);
	expect(items.map((i) => [i.json, i.pairedItem])).toEqual([
		[{ uid: 'mbx_lee04', outcome: 'uncancelled' }, { item: 1 }],
		[{ uid: 'mbx_gone77', outcome: 'failed', reason: 'Mailbox not found' }, { item: 0 }],
	]);
});

test("Uncancel's description says what it does to billing", () => {
	const { mailbox } =
		require('../../nodes/InboxKit/resources/mailbox') as typeof import('../../nodes/InboxKit/resources/mailbox');
	const uncancel = mailbox.operations.find((o) => o.value === 'uncancel')!;
	expect(isSentOnce(uncancel)).toBe(false);
	expect(uncancel.description).toMatch(/keep renewing and being billed/);
});

describe('secrets stay out of errors', () => {
	/**
	 * Everything of an error except `node`: n8n attaches the node (with all its parameters, as
	 * the saved workflow holds them) to every node error; that copy is tested on its own below.
	 */
	const withoutNode = (error: unknown) => {
		const rest = { ...(error as Record<string, unknown>) };
		delete rest.node;
		return JSON.stringify({
			...rest,
			message: (error as Error).message,
			description: (error as NodeApiError).description,
			stack: (error as Error).stack,
		});
	};
	const password = ['Very', 'Secret', 'Pass', '2026'].join('-');
	const changePassword = {
		resource: 'mailbox',
		operation: 'changePassword',
		mailboxId: 'mbx_jane01',
		newPassword: password,
	};

	test('a failed Change Password does not repeat the password', async () => {
		env.sandbox.fault('POST /mailboxes/change-password', {
			status: 500,
			body: { error: true, message: 'Password service down' },
		});
		const { error } = await env.run({ parameters: changePassword });
		expect(error).toMatchObject({ message: 'InboxKit: Password service down' });
		// The password did go to InboxKit (a scripted answer leaves the body unparsed).
		expect(
			JSON.parse(env.sandbox.calls('POST /mailboxes/change-password')[0].rawBody.toString('utf8')),
		).toEqual({ uid: 'mbx_jane01', password });
		expect(withoutNode(error)).not.toContain(password);
	});

	test('with Continue On Fail, the error item does not carry the password', async () => {
		env.sandbox.fault('POST /mailboxes/change-password', {
			status: 400,
			body: { error: true, message: 'Password too weak' },
		});
		const { items } = await env.run({ parameters: changePassword, continueOnFail: true });
		expect(items[0].json.error).toBe('InboxKit: Password too weak');
		expect(JSON.stringify(items)).not.toContain(password);
	});

	test('a too short password is refused without echoing it', async () => {
		const { error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'changePassword',
				mailboxId: 'mbx_jane01',
				newPassword: 'abc12',
			},
		});
		expect(error?.message).toBe('The "New Password" field must be text of 8 to 100 characters');
		expect(withoutNode(error)).not.toContain('abc12');
		expect(env.sandbox.requests).toHaveLength(0);
	});

	test.each([
		['8 characters', 'p'.repeat(7) + '1', true],
		['100 characters', 'p'.repeat(99) + '1', true],
		['101 characters', 'p'.repeat(100) + '1', false],
		['7 characters', 'p'.repeat(6) + '1', false],
	])('a password of %s: sent %s', async (_title, newPassword, accepted) => {
		const { error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'changePassword',
				mailboxId: 'mbx_jane01',
				newPassword,
			},
		});
		if (accepted) {
			expect(error).toBeUndefined();
			expect(env.sandbox.calls('POST /mailboxes/change-password')).toHaveLength(1);
		} else {
			expect(error?.message).toBe('The "New Password" field must be text of 8 to 100 characters');
			expect(env.sandbox.requests).toHaveLength(0);
		}
	});

	// n8n attaches the node, parameters included, to every error: secret ones are blanked there.
	test('the whole serialised error, node included, does not carry the password', async () => {
		env.sandbox.fault('POST /mailboxes/change-password', {
			status: 500,
			body: { error: true, message: 'Password service down' },
		});
		const { error } = await env.run({ parameters: changePassword });
		expect(error).toBeDefined();
		expect(JSON.stringify(error)).not.toContain(password);
	});

	test('the password field is a password field', () => {
		const { InboxKit } =
			require('../../nodes/InboxKit/InboxKit.node') as typeof import('../../nodes/InboxKit/InboxKit.node');
		const field = new InboxKit().description.properties.find((p) => p.name === 'newPassword')!;
		expect(field.typeOptions?.password).toBe(true);
	});
});

describe('bad mailbox input is refused before any request, naming the field', () => {
	const bad: Array<[string, INodeParameters, RegExp, IDataObject[]?]> = [
		[
			'an id with spaces',
			{ resource: 'mailbox', operation: 'get', mailboxId: 'mbx 1' },
			/^The "Mailbox" field holds "mbx 1", which is not an InboxKit ID$/,
		],
		[
			'an id from an expression giving an object',
			{ resource: 'mailbox', operation: 'get', mailboxId: '={{ $json.x }}' },
			/^The "Mailbox" field must be text, but got \{"a":1\}$/,
			[{ x: { a: 1 } }],
		],
		[
			'an id that would change the path it goes into',
			{
				resource: 'mailbox',
				operation: 'updateProfilePicture',
				mailboxId: 'mbx_jane01/../cancel',
				pictureUrl: 'https://cdn.example.com/jane.png',
			},
			/^The "Mailbox" field holds "mbx_jane01\/..\/cancel", which is not an InboxKit ID$/,
		],
		[
			'more mailboxes to cancel than one request takes',
			{
				resource: 'mailbox',
				operation: 'cancel',
				mailboxIds: Array.from({ length: 101 }, (_, n) => `mbx_${n}`).join(','),
			},
			/^The "Mailbox IDs" field holds 101 entries, more than the 100 InboxKit takes in one request$/,
		],
		[
			'an email as availability address that is not one',
			{ resource: 'mailbox', operation: 'checkAvailability', email: 'jane@' },
			/^The "Email" field holds "jane@", which is not an email address$/,
		],
		[
			'a username with an @',
			{
				resource: 'mailbox',
				operation: 'changeUsername',
				mailboxId: 'mbx_jane01',
				newUsername: 'jane@acme',
			},
			/^The "New Username" field holds "jane@acme", which is not a mailbox username$/,
		],
		[
			'a mailbox to buy on a bad domain',
			{
				resource: 'mailbox',
				operation: 'buy',
				mailboxes: {
					mailbox: [
						{
							first_name: 'A',
							last_name: 'B',
							username: 'ab',
							domain_name: 'acme mail',
							platform: 'GOOGLE',
						},
					],
				},
			},
			/^The "Domain \(mailbox 1\)" field holds "acme mail", which is not a domain name$/,
		],
		[
			'a mailbox to buy without a first name',
			{
				resource: 'mailbox',
				operation: 'buy',
				mailboxesInput: 'json',
				mailboxesJson: '[{"last_name": "B", "username": "ab", "domain_name": "acme-mail.com"}]',
			},
			/^The "Mailboxes \(JSON\): First Name of mailbox 1" field is empty$/,
		],
		[
			'an unknown platform',
			{
				resource: 'mailbox',
				operation: 'buy',
				mailboxesInput: 'json',
				mailboxesJson:
					'[{"first_name": "A", "last_name": "B", "username": "ab", "domain_name": "acme-mail.com", "platform": "yahoo"}]',
			},
			/^The "Mailboxes \(JSON\): Platform of mailbox 1" field holds "YAHOO", which is not a platform InboxKit sells$/,
		],
		[
			'a username starting with a dot',
			{
				resource: 'mailbox',
				operation: 'buy',
				mailboxes: {
					mailbox: [
						{
							first_name: 'A',
							last_name: 'B',
							username: '.ab',
							domain_name: 'acme-mail.com',
							platform: 'GOOGLE',
						},
					],
				},
			},
			/^The "Username \(mailbox 1\)" field holds ".ab", which is not a mailbox username$/,
		],
		[
			'a username with two dots in a row',
			{
				resource: 'mailbox',
				operation: 'buy',
				mailboxesInput: 'json',
				mailboxesJson:
					'[{"first_name": "A", "last_name": "B", "username": "a..b", "domain_name": "acme-mail.com"}]',
			},
			/^The "Mailboxes \(JSON\): Username of mailbox 1" field holds "a..b", which is not a mailbox username$/,
		],
		[
			'an unknown field in a mailbox to buy',
			{
				resource: 'mailbox',
				operation: 'buy',
				mailboxesInput: 'json',
				mailboxesJson:
					'[{"first_name": "A", "last_name": "B", "username": "ab", "domain_name": "acme-mail.com", "password": "x"}]',
			},
			/^The "Mailboxes \(JSON\)" field has unknown fields in mailbox 1: password$/,
		],
		[
			'the same address twice',
			{
				resource: 'mailbox',
				operation: 'buy',
				mailboxesInput: 'json',
				mailboxesJson:
					'[{"first_name": "A", "last_name": "B", "username": "ab", "domain_name": "acme-mail.com"}, {"first_name": "C", "last_name": "D", "username": "AB", "domain_name": "ACME-mail.com"}]',
			},
			/^The "Mailboxes" field holds ab@acme-mail.com twice$/,
		],
		[
			'mailboxes JSON that is not JSON',
			{
				resource: 'mailbox',
				operation: 'buy',
				mailboxesInput: 'json',
				mailboxesJson: '[{first_name: A',
			},
			/^The "Mailboxes \(JSON\)" field is not valid JSON$/,
		],
		[
			'no mailboxes to buy',
			{ resource: 'mailbox', operation: 'buy', mailboxes: {} },
			/^The "Mailboxes" field is empty$/,
		],
		[
			'a bad id among the mailboxes to cancel',
			{ resource: 'mailbox', operation: 'cancel', mailboxIds: 'mbx_jane01, jane@acme-mail.com' },
			/^The "Mailbox IDs" field holds "jane@acme-mail.com", which is not an InboxKit ID$/,
		],
		[
			'a credentials lookup by a bad email',
			{ resource: 'mailbox', operation: 'getCredentials', findBy: 'email', email: 'jane.doe' },
			/^The "Email" field holds "jane.doe", which is not an email address$/,
		],
		[
			'a status check of a bad domain id',
			{
				resource: 'mailbox',
				operation: 'checkStatus',
				checkBy: 'domain_uids',
				domainIds: 'acme-mail.com',
			},
			/^The "Domain IDs" field holds "acme-mail.com", which is not an InboxKit ID$/,
		],
		[
			'two platforms on one domain',
			{
				resource: 'mailbox',
				operation: 'buy',
				mailboxesInput: 'json',
				mailboxesJson:
					'[{"first_name": "A", "last_name": "B", "username": "ab", "domain_name": "acme-mail.com", "platform": "GOOGLE"}, {"first_name": "C", "last_name": "D", "username": "cd", "domain_name": "acme-mail.com", "platform": "microsoft"}]',
			},
			/^The "Mailboxes" field asks for GOOGLE and MICROSOFT mailboxes on acme-mail.com$/,
		],
		[
			'an availability check of an address with a bad username',
			{ resource: 'mailbox', operation: 'checkAvailability', email: '.jane@acme-mail.com' },
			/^The "Email" field holds "\.jane@acme-mail.com", which is not an email address$/,
		],
		[
			'an update with nothing to change',
			{ resource: 'mailbox', operation: 'update', mailboxId: 'mbx_jane01', updateFields: {} },
			/^The "Update Fields" field is empty$/,
		],
		[
			'a picture URL that is not one',
			{
				resource: 'mailbox',
				operation: 'updateProfilePicture',
				mailboxId: 'mbx_jane01',
				pictureUrl: 'jane.png',
			},
			/^The "Picture URL" field holds "jane.png", which is not a web URL$/,
		],
	];

	expectRejectedBeforeSending(
		env,
		bad.map(([title, parameters, message, items]) => ({ title, parameters, message, items })),
	);
});

test('Return All over more mailboxes than a page makes ceil(n/100) requests; Limit stops early', async () => {
	const many = Array.from({ length: 230 }, (_, n) => ({
		uid: `mbx_${n}`,
		workspace_uid: DEFAULT_WORKSPACE,
		username: `u${n}`,
		domain_name: 'acme-mail.com',
		email: `u${n}@acme-mail.com`,
		status: 'active',
	}));
	env.sandbox.reset({ mailboxes: many });
	const all = await env.run({
		parameters: { resource: 'mailbox', operation: 'getMany', returnAll: true },
	});
	expect(all.items).toHaveLength(230);
	expect(env.sandbox.calls('POST /mailboxes/list').map((r) => r.body)).toEqual([
		{ page: 1, limit: 100 },
		{ page: 2, limit: 100 },
		{ page: 3, limit: 100 },
	]);

	env.sandbox.reset({ mailboxes: many });
	const some = await env.run({
		parameters: { resource: 'mailbox', operation: 'getMany', returnAll: false, limit: 30 },
	});
	expect(some.items.map((i) => i.json.uid)).toEqual(many.slice(0, 30).map((m) => m.uid));
	expect(env.sandbox.calls('POST /mailboxes/list')).toHaveLength(1);
});

describe('Get outputs the mailbox as Get Many does', () => {
	const get = (simplify: boolean) => ({
		resource: 'mailbox',
		operation: 'get',
		mailboxId: 'mbx_sam03',
		simplify,
	});
	const many = (simplify: boolean) => ({
		resource: 'mailbox',
		operation: 'getMany',
		returnAll: true,
		simplify,
	});

	test.each([true, false])('with Simplify %s: the same record as in the list', async (simplify) => {
		const one = await env.run({ parameters: get(simplify) });
		const all = await env.run({ parameters: many(simplify) });
		expect(one.error).toBeUndefined();
		const listed = all.items.map((i) => i.json).find((json) => json.uid === 'mbx_sam03');
		expect(one.items.map((i) => i.json)).toEqual([listed]);
	});
});
