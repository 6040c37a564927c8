import type { IDataObject } from 'n8n-workflow';

import { expectRejectedBeforeSending, type BadInput } from '../support/badInput';
import { ADA, buyMailboxes } from '../support/mailboxes';
import { useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * What users paste: empty fields, wrong types from expressions, bad domains, emails and IDs,
 * out-of-range numbers, oversized lists. Each must stop with an error that names the field,
 * before any request reaches InboxKit (the runner: test/support/badInput.ts).
 *
 * Where each rule is tested, once:
 * - an operation's own fields (IDs, domains, emails, URLs, numbers, lists, JSON, records, rows):
 *   in its resource's suite (account-workspace-billing, domain, dns, mailbox, sequencer, order);
 * - checks of the runner that hold for every operation: here (Workspace scope, Request Options
 *   and Limit, Combine Input Items);
 * - purchases checked across all items before the first is charged: money.test.ts;
 * - the values an adversarial review found slipping through: here, kept as that review's list.
 */
const env = useSandbox();

const ws = (value: string) => ({ __rl: true as const, mode: 'id', value });

const workspaceScopeCases: BadInput[] = [
	{
		title: 'no workspace chosen and no default in the credential',
		parameters: { resource: 'dns', operation: 'get', domain: 'example.com' },
		credentials: { workspaceId: '' },
		message: /^No workspace chosen for this operation$/,
		description:
			'Pick one in the "Workspace" field, or set "Default Workspace ID" in the InboxKit credential.',
	},
	{
		title: 'no workspace chosen and only spaces as the default in the credential',
		parameters: { resource: 'dns', operation: 'get', domain: 'example.com' },
		credentials: { workspaceId: '   ' },
		message: 'No workspace chosen for this operation',
		description:
			'Pick one in the "Workspace" field, or set "Default Workspace ID" in the InboxKit credential.',
	},
	{
		title: 'workspace field with a pasted URL',
		parameters: {
			resource: 'dns',
			operation: 'get',
			workspace: ws('https://app.inboxkit.com/ws/1'),
			domain: 'example.com',
		},
		message:
			/^The "Workspace" field holds "https:\/\/app.inboxkit.com\/ws\/1", which is not an InboxKit ID$/,
	},
	{
		title: 'bad default workspace in the credential',
		parameters: { resource: 'dns', operation: 'get', domain: 'example.com' },
		credentials: { workspaceId: 'ws 1' },
		message:
			/^The "Default Workspace ID \(credential\)" field holds "ws 1", which is not an InboxKit ID$/,
	},
];

const requestOptionCases: BadInput[] = [
	{
		title: 'max tries zero',
		parameters: { resource: 'billing', operation: 'getWallet', requestOptions: { maxTries: 0 } },
		message: /^The "Max Tries for Reads" field must be between 1 and 10, but got 0$/,
	},
	{
		title: 'timeout too long',
		parameters: { resource: 'account', operation: 'get', requestOptions: { timeout: 3600 } },
		message: /^The "Timeout \(Seconds\)" field must be between 1 and 300, but got 3600$/,
	},
	{
		title: 'parallel requests zero',
		parameters: { resource: 'account', operation: 'get', requestOptions: { parallelRequests: 0 } },
		message: 'The "Parallel Requests" field must be between 1 and 50, but got 0',
	},
	{
		title: 'limit zero',
		parameters: { resource: 'workspace', operation: 'getMany', returnAll: false, limit: 0 },
		message: /^The "Limit" field must be between 1 and 100000, but got 0$/,
	},
];

/** Items that "Combine Input Items" cannot send in one request, refused before any is sent. */
const combineCases: BadInput[] = [
	{
		title: 'items that act in different workspaces',
		parameters: {
			resource: 'domain',
			operation: 'setEmailForwarding',
			mailboxIds: '={{ $json.id }}',
			forwardingEmail: 'team@acme.test',
			workspace: ws('={{ $json.ws }}'),
			combineItems: true,
		},
		items: [
			{ id: 'mb_a1', ws: 'ws_main01' },
			{ id: 'mb_b2', ws: 'ws_agency2' },
		],
		message:
			'The "Workspace" field differs between the input items, but "Combine Input Items" sends them in one request',
		description:
			'Item 1 acts in workspace ws_main01, this one in ws_agency2. Combine the items of one workspace at a time.',
	},
	{
		title: 'items whose shared setting differs (Set Domain Forwarding: the URL)',
		parameters: {
			resource: 'domain',
			operation: 'setDomainForwarding',
			domainIds: '={{ $json.id }}',
			forwardingUrl: '={{ $json.url }}',
			combineItems: true,
		},
		items: [
			{ id: 'dom_acmemail1', url: 'https://a.acme.test' },
			{ id: 'dom_acmeout2', url: 'https://b.acme.test' },
		],
		message:
			'The "Forwarding URL" field differs between the input items, but "Combine Input Items" sends them in one request',
		description: 'Give every item the same value, or turn off "Combine Input Items".',
	},
	{
		title: 'items that give names and items that give IDs (DNS Repair)',
		parameters: {
			resource: 'dns',
			operation: 'repair',
			domains: '={{ $json.domain }}',
			combineItems: true,
		},
		items: [{ domain: 'acme-mail.com' }, { domain: 'dom_acmeout2' }],
		message:
			'The "Domains" field differs between the input items, but "Combine Input Items" sends them in one request',
	},
];

const buyOne = (mailbox: IDataObject): INodeParameters => buyMailboxes([{ ...ADA, ...mailbox }]);
const register = (extra: IDataObject = {}): INodeParameters => ({
	resource: 'domain',
	operation: 'register',
	domains: 'novaleads.com',
	...extra,
});
const workspaceExpression = { __rl: true as const, mode: 'id', value: '={{ $json.wss }}' };

/** Found by an adversarial review: values that slipped through to a purchase or a request. */
const hostileInputCases: BadInput[] = [
	...(
		[
			['undefined', {}, 'nothing'],
			['null', { wss: null }, 'null'],
			['a number', { wss: 42 }, '42'],
			['a list', { wss: ['ws_main01'] }, '["ws_main01"]'],
			['an object', { wss: { uid: 'ws_main01' } }, '{"uid":"ws_main01"}'],
			['a boolean', { wss: true }, 'true'],
			['empty text', { wss: '' }, 'empty'],
			['only spaces', { wss: '   ' }, '"   "'],
		] as Array<[string, IDataObject, string]>
	).flatMap(([what, item, shown]) =>
		(
			[
				['Register', register()],
				['Buy', buyOne({})],
			] as Array<[string, INodeParameters]>
		).map(([operation, parameters]) => ({
			title: `${operation}: a Workspace expression giving ${what} is refused, not replaced by the default`,
			parameters: { ...parameters, workspace: workspaceExpression },
			items: [item],
			message: `The "Workspace" field must hold a workspace ID, but its value is ${shown}`,
			description:
				'Check the expression in the "Workspace" field, or clear the field to use the default workspace of the credential.',
		})),
	),
	{
		title: 'a Workspace ID with spaces around it from an expression is used trimmed',
		parameters: { ...register(), workspace: workspaceExpression },
		items: [{ wss: ' ws 1 ' }],
		message: 'The "Workspace" field holds "ws 1", which is not an InboxKit ID',
	},
	...['0x10', '1e3', '0b101', ' 12.0 ', '+5'].map((credits) => ({
		title: `Add Credits of "${credits}" (only decimal digits count)`,
		parameters: { resource: 'billing', operation: 'addCredits', credits: '={{ $json.credits }}' },
		items: [{ credits }],
		message: /^The "Credits" field must be a whole number/,
	})),
	{
		title: 'Registration Years of "1e1"',
		parameters: register({ registrationYears: '={{ $json.years }}' }),
		items: [{ years: '1e1' }],
		message: /^The "Registration Years" field must be a whole number/,
	},
	...(
		[
			[
				'Credits',
				{ resource: 'billing', operation: 'addCredits', credits: '={{ $json.nothing }}' },
			],
			['Registration Years', register({ registrationYears: '={{ $json.nothing }}' })],
			[
				'Limit',
				{
					resource: 'domain',
					operation: 'getMany',
					returnAll: false,
					limit: '={{ $json.nothing }}',
				},
			],
		] as Array<[string, INodeParameters]>
	).map(([label, parameters]) => ({
		title: `${label} from an expression giving undefined names the field`,
		parameters,
		message: new RegExp(`^The "${label}" field (is empty|must be a whole number)`),
	})),
	...['../admin', 'plan\r\nX-Evil: 1', 'p'.repeat(129)].map((planId) => ({
		title: `Change Plan with the Plan ID ${JSON.stringify(planId.slice(0, 20))}`,
		parameters: { resource: 'billing', operation: 'changePlan', planId: '={{ $json.plan }}' },
		items: [{ plan: planId }],
		message: /^The "Plan" field holds .*, which is not an InboxKit ID$/s,
	})),
	...[
		'evil.com#@example.com',
		'evil.com/@example.com',
		'ftp://example.com',
		'user@example.com',
		'example.com?x=1',
	].map((domains) => ({
		title: `Register refuses "${domains}" (a bare name or a whole http(s) URL only)`,
		parameters: register({ domains }),
		message: /^The "Domains" field holds .*, which is not a domain name$/,
	})),
	{
		title: 'Register refuses a domain given three ways that are one domain',
		parameters: register({ domains: 'example.com, Example.com., https://example.com/' }),
		message: /^The "Domains" field holds example.com 3 times$/,
	},
	{
		title: 'Register refuses a name over 253 characters',
		parameters: register({ domains: `${'a'.repeat(60)}.`.repeat(5) + 'com' }),
		message: /^The "Domains" field holds .*, which is not a domain name$/,
	},
	{
		title: 'Register refuses an IP address (a numeric TLD)',
		parameters: register({ domains: '10.20.30.40' }),
		message: /^The "Domains" field holds "10.20.30.40", which is not a domain name$/,
	},
	...['NaN', 'Infinity'].map((value) => ({
		title: `Mailbox IDs from an expression giving ${value}`,
		parameters: { resource: 'mailbox', operation: 'cancel', mailboxIds: `={{ [${value}] }}` },
		message: /^The "Mailbox IDs" field /,
	})),
	{
		title: 'Buy: a first name of 1 MB',
		parameters: buyOne({ first_name: 'A'.repeat(1_000_000) }),
		message: /^The "First Name \(mailbox 1\)" field is .* characters long, more than the 100/,
	},
	{
		title: 'Buy: a last name with control characters',
		parameters: buyOne({ last_name: 'Love\u0000lace\r\nBcc: x' }),
		message: /^The "Last Name \(mailbox 1\)" field holds control characters$/,
	},
	{
		title: 'Change Password: eight spaces',
		parameters: {
			resource: 'mailbox',
			operation: 'changePassword',
			mailboxId: 'mbx_jane01',
			newPassword: '        ',
		},
		message: /^The "New Password" field holds only spaces$/,
	},
];

describe('Workspace scope', () => expectRejectedBeforeSending(env, workspaceScopeCases));
describe('Request Options and Limit', () => expectRejectedBeforeSending(env, requestOptionCases));
describe('Combine Input Items', () => expectRejectedBeforeSending(env, combineCases));
describe('Hostile input (adversarial review)', () =>
	expectRejectedBeforeSending(env, hostileInputCases));
