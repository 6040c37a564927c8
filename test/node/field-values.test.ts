import { expectRejectedBeforeSending } from '../support/badInput';
import { useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * What a field receives from an expression (numbers, null, nothing, NaN, booleans, arrays of
 * mixed entries) and how the node reads it: what is sent, and the whole error when it is refused.
 * One field stands for each reader: "Record IDs" (a list of IDs), "Domains" of DNS Verify (a
 * list of names or IDs), "Plan" (one ID as text), "Credits" (a whole number), a Workspace
 * Update collection, Mailbox Update's First Name (a name) and Change Password's New Password (a
 * secret).
 */
const env = useSandbox();

const deleteRecords = (recordIds: string): INodeParameters => ({
	resource: 'dns',
	operation: 'delete',
	domain: 'dom_acmemail1',
	recordIds,
});
const changePlan = (planId: string): INodeParameters => ({
	resource: 'billing',
	operation: 'changePlan',
	planId,
});

const EMPTY_LIST_HINT = 'Give one value, or several separated by commas or new lines.';
const NOT_AN_ID_HINT =
	'IDs are letters, digits, "-" and "_" only, as InboxKit shows them (e.g. the "uid" of a record).';

describe('a list field given by an expression', () => {
	test.each([
		['a number: sent as that one ID', '={{ 42 }}', ['42']],
		[
			'numbers and padded text in a list: each sent as text, trimmed',
			'={{ [7, " rec_a "] }}',
			['7', 'rec_a'],
		],
	])('%s', async (_title, recordIds, sent) => {
		await env.run({ parameters: deleteRecords(recordIds) });
		expect(env.sandbox.calls('POST /dns/delete').map((call) => call.body)).toEqual([
			{ uid: 'dom_acmemail1', record_ids: sent },
		]);
	});

	expectRejectedBeforeSending(env, [
		...[
			['null', '={{ null }}'],
			['nothing', '={{ $json.missing }}'],
		].map(([what, recordIds]) => ({
			title: `Record IDs giving ${what} is empty`,
			parameters: deleteRecords(recordIds),
			message: 'The "Record IDs" field is empty',
			description: EMPTY_LIST_HINT,
		})),
		...[
			['true', '={{ true }}'],
			['NaN', '={{ NaN }}'],
			['{"a":1}', '={{ { a: 1 } }}'],
		].map(([shown, recordIds]) => ({
			title: `Record IDs giving ${shown} is neither a list nor text`,
			parameters: deleteRecords(recordIds),
			message: `The "Record IDs" field must be a list or text, but got ${shown}`,
		})),
		{
			title: 'Record IDs giving a list with an object in it',
			parameters: deleteRecords('={{ ["rec_a", { a: 1 }] }}'),
			message: 'The "Record IDs" field must hold text entries, but one is {"a":1}',
		},
		{
			title: 'DNS Verify with no domains at all',
			parameters: { resource: 'dns', operation: 'verify', domains: '={{ "" }}' },
			message: 'The "Domains" field is empty',
			description: EMPTY_LIST_HINT,
		},
	]);
});

describe('a text field given by an expression', () => {
	expectRejectedBeforeSending(env, [
		{
			title: 'Plan giving empty text',
			parameters: changePlan('={{ "" }}'),
			message: 'The "Plan" field is empty',
			description: 'Fill it in, or check the expression that should fill it.',
		},
		...['true', 'NaN', 'Infinity'].map((value) => ({
			title: `Plan giving ${value}`,
			parameters: changePlan(`={{ ${value} }}`),
			message: `The "Plan" field must be text, but got ${value}`,
		})),
		{
			title: 'a bad value of 80 characters is shown whole',
			parameters: changePlan(`${'p'.repeat(79)}.`),
			message: `The "Plan" field holds "${'p'.repeat(79)}.", which is not an InboxKit ID`,
			description: NOT_AN_ID_HINT,
		},
		{
			title: 'a bad value of 81 characters is cut to 77 and "..."',
			parameters: changePlan(`${'p'.repeat(80)}.`),
			message: `The "Plan" field holds "${'p'.repeat(77)}...", which is not an InboxKit ID`,
			description: NOT_AN_ID_HINT,
		},
	]);
});

describe('a number field given by an expression', () => {
	expectRejectedBeforeSending(env, [
		{
			title: 'Credits giving nothing',
			parameters: { resource: 'billing', operation: 'addCredits', credits: '={{ $json.missing }}' },
			message: 'The "Credits" field must be a whole number, but got nothing',
		},
	]);
});

describe('an optional field added to a collection but given no value', () => {
	test.each([
		['left empty', ''],
		['from an expression giving null', '={{ null }}'],
	])(
		'Workspace Update: a Name %s is left out, so the workspace keeps its name',
		async (_title, name) => {
			await env.run({
				parameters: {
					resource: 'workspace',
					operation: 'update',
					workspaceUid: { __rl: true, mode: 'id', value: 'ws_main01' },
					updateFields: { name, admins_only: true },
				},
			});
			expect(env.sandbox.calls('PUT /workspaces/update').map((call) => call.body)).toEqual([
				{ uid: 'ws_main01', admins_only: true },
			]);
		},
	);
});

describe('names and secrets', () => {
	test('a name of 100 characters, the most a name takes, is sent (Mailbox Update: First Name)', async () => {
		const firstName = 'J'.repeat(100);
		await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'update',
				mailboxId: 'mbx_jane01',
				updateFields: { first_name: firstName },
			},
		});
		expect(env.sandbox.calls('POST /mailboxes/update').map((call) => call.body)).toEqual([
			{ uid: 'mbx_jane01', first_name: firstName },
		]);
	});

	const changePassword = (newPassword: string): INodeParameters => ({
		resource: 'mailbox',
		operation: 'changePassword',
		mailboxId: 'mbx_jane01',
		newPassword,
	});
	expectRejectedBeforeSending(env, [
		...[
			['empty text', '={{ "" }}'],
			['null', '={{ null }}'],
			['nothing', '={{ $json.missing }}'],
		].map(([what, newPassword]) => ({
			title: `a New Password from an expression giving ${what} is empty, and no password change is sent`,
			parameters: changePassword(newPassword),
			message: 'The "New Password" field is empty',
		})),
		{
			title: 'a New Password from an expression giving a number is not text',
			parameters: changePassword('={{ 12345678 }}'),
			message: 'The "New Password" field must be text',
		},
	]);
});
