import type { IDataObject } from 'n8n-workflow';

import { useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * What users paste: empty fields, wrong types from expressions, bad domains, emails and IDs,
 * out-of-range numbers, oversized lists. Each must stop with an error that
 * names the field, before any request reaches InboxKit.
 */
const env = useSandbox();

interface BadInput {
	title: string;
	parameters: INodeParameters;
	message: RegExp;
	items?: IDataObject[];
	credentials?: IDataObject;
	/** n8n itself stops a workflow whose required field is empty, before the node runs. */
	errorName?: 'WorkflowHasIssuesError';
}

const ws = (value: string) => ({ __rl: true as const, mode: 'id', value });

export const accountWorkspaceBillingCases: BadInput[] = [
	{
		title: 'a payment session ID that is a checkout URL',
		parameters: {
			resource: 'billing',
			operation: 'getPaymentStatus',
			sessionId: 'https://checkout.stripe.com/c/pay/cs_test_a1',
		},
		message:
			/^The "Session ID" field holds "https:\/\/checkout.stripe.com\/c\/pay\/cs_test_a1", which is not a checkout session ID$/,
	},
	{
		title: 'workspace name empty',
		parameters: { resource: 'workspace', operation: 'create', name: '   ' },
		message: /^The "Name" field is empty$/,
	},
	{
		title: 'workspace name from an expression giving an object',
		parameters: { resource: 'workspace', operation: 'create', name: '={{ $json.meta }}' },
		items: [{ meta: { a: 1 } }],
		message: /^The "Name" field must be text, but got \{"a":1\}$/,
	},
	{
		title: 'workspace webhook not a URL',
		parameters: {
			resource: 'workspace',
			operation: 'create',
			name: 'A',
			additionalFields: { webhook_url: 'hooks dot example' },
		},
		message: /^The "Webhook URL" field holds "hooks dot example", which is not a web URL$/,
	},
	{
		title: 'webhook update over plain http',
		parameters: {
			resource: 'workspace',
			operation: 'updateWebhook',
			workspaceUid: ws('ws_main01'),
			webhookUrl: 'http://example.com/h',
		},
		message: /^The "Webhook URL" field holds "http:\/\/example.com\/h", which is not an https URL$/,
	},
	{
		title: 'workspace id with spaces',
		parameters: { resource: 'workspace', operation: 'get', workspaceUid: ws('ws main') },
		message: /^The "Workspace" field holds "ws main", which is not an InboxKit ID$/,
	},
	{
		title: 'workspace id empty',
		parameters: { resource: 'workspace', operation: 'delete', workspaceUid: ws('') },
		errorName: 'WorkflowHasIssuesError',
		message: /Parameter "Workspace" is required/,
	},
	{
		title: 'workspace id from an expression giving nothing',
		parameters: {
			resource: 'workspace',
			operation: 'delete',
			workspaceUid: ws('={{ $json.uid }}'),
		},
		items: [{}],
		message: /^The "Workspace" field is empty$/,
	},
	{
		title: 'workspace id from an expression giving a list',
		parameters: { resource: 'workspace', operation: 'get', workspaceUid: ws('={{ $json.ids }}') },
		items: [{ ids: ['a', 'b'] }],
		message: /^The "Workspace" field must be text, but got \["a","b"\]$/,
	},
	{
		title: 'credits zero',
		parameters: { resource: 'billing', operation: 'addCredits', credits: 0 },
		message: /^The "Credits" field must be between 1 and 1000000, but got 0$/,
	},
	{
		title: 'credits a fraction',
		parameters: { resource: 'billing', operation: 'addCredits', credits: 2.5 },
		message: /^The "Credits" field must be a whole number, but got 2.5$/,
	},
	{
		title: 'credits text from an expression',
		parameters: { resource: 'billing', operation: 'addCredits', credits: '={{ $json.amount }}' },
		items: [{ amount: 'lots' }],
		message: /^The "Credits" field must be a whole number, but got lots$/,
	},
	{
		title: 'plan id empty',
		parameters: { resource: 'billing', operation: 'changePlan', planId: '' },
		errorName: 'WorkflowHasIssuesError',
		message: /Parameter "Plan" is required/,
	},
	{
		title: 'plan id from an expression giving blanks',
		parameters: { resource: 'billing', operation: 'changePlan', planId: '={{ $json.plan }}' },
		items: [{ plan: '  ' }],
		message: /^The "Plan" field is empty$/,
	},
	{
		title: 'auto top-up amount negative',
		parameters: {
			resource: 'billing',
			operation: 'updateAutoTopup',
			enabled: true,
			dropsBelow: 10,
			addCredits: -5,
		},
		message: /^The "Add Credits" field must be between 1 and 1000000, but got -5$/,
	},
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
		title: 'limit zero',
		parameters: { resource: 'workspace', operation: 'getMany', returnAll: false, limit: 0 },
		message: /^The "Limit" field must be between 1 and 100000, but got 0$/,
	},
];

export const workspaceScopeCases: BadInput[] = [
	{
		title: 'no workspace chosen and no default in the credential',
		parameters: { resource: 'dns', operation: 'get', domain: 'example.com' },
		credentials: { workspaceId: '' },
		message: /^No workspace chosen for this operation$/,
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

const manyDomains = Array.from({ length: 101 }, (_, n) => `brand${n}.com`).join('\n');
const dnsRecord = (record: IDataObject) => ({
	resource: 'dns',
	operation: 'add',
	domain: 'acme-mail.com',
	recordsInput: 'fields',
	records: { record: [{ type: 'A', host: '@', value: '1.2.3.4', ...record }] },
});

export const domainDnsCases: BadInput[] = [
	{
		title: 'domain with a space',
		parameters: { resource: 'domain', operation: 'checkAvailability', domain: 'my brand.com' },
		message: /^The "Domain" field holds "my brand.com", which is not a domain name$/,
	},
	{
		title: 'an email address where a domain belongs',
		parameters: { resource: 'domain', operation: 'checkBanned', domain: 'sales@brand.com' },
		message: /^The "Domain" field holds "sales@brand.com", which is not a domain name$/,
	},
	{
		title: 'a domain from an expression giving a number',
		parameters: { resource: 'domain', operation: 'checkAvailability', domain: '={{ $json.n }}' },
		items: [{ n: 42 }],
		message: /^The "Domain" field holds "42", which is not a domain name$/,
	},
	{
		title: 'one bad domain in a list to register',
		parameters: { resource: 'domain', operation: 'register', domains: 'brand.com, brand..net' },
		message: /^The "Domains" field holds "brand..net", which is not a domain name$/,
	},
	{
		title: 'more domains than one request takes',
		parameters: { resource: 'domain', operation: 'register', domains: manyDomains },
		message:
			/^The "Domains" field holds 101 entries, more than the 100 InboxKit takes in one request$/,
	},
	{
		title: 'a domain list from an expression giving nothing',
		parameters: { resource: 'domain', operation: 'remove', domains: '={{ $json.list }}' },
		items: [{ list: [] }],
		message: /^The "Domains" field is empty$/,
	},
	{
		title: 'catch-all address without a domain',
		parameters: {
			resource: 'domain',
			operation: 'setCatchAll',
			domainIds: 'dom_acmemail1',
			email: 'inbox@',
		},
		message: /^The "Email" field holds "inbox@", which is not an email address$/,
	},
	{
		title: 'DNS record type not offered',
		parameters: dnsRecord({ type: 'SPF' }),
		message:
			/^The "Type \(record 1\)" field holds "SPF", which is not a record type InboxKit manages$/,
	},
	{
		title: 'DNS TTL below the minimum',
		parameters: dnsRecord({ ttl: 5 }),
		message: /^The "TTL \(record 1\)" field must be between 60 and 86400, but got 5$/,
	},
	{
		title: 'DNS A record with a host name as value',
		parameters: dnsRecord({ value: 'mail.brand.com' }),
		message:
			/^The "Value \(record 1\)" field holds "mail.brand.com", which is not an IPv4 address$/,
	},
	{
		title: 'DNS records JSON that is not JSON',
		parameters: {
			resource: 'dns',
			operation: 'add',
			domain: 'acme-mail.com',
			recordsInput: 'json',
			recordsJson: '[{type: A}',
		},
		message: /^The "Records \(JSON\)" field is not valid JSON$/,
	},
];

export const mailboxSequencerCases: BadInput[] = [
	{
		title: 'a mailbox ID that would change the path it goes into',
		parameters: {
			resource: 'mailbox',
			operation: 'updateProfilePicture',
			mailboxId: 'mbx_jane01/../cancel',
			pictureUrl: 'https://cdn.example.com/jane.png',
		},
		message: /^The "Mailbox" field holds "mbx_jane01\/..\/cancel", which is not an InboxKit ID$/,
	},
	{
		title: 'more mailboxes to cancel than one request takes',
		parameters: {
			resource: 'mailbox',
			operation: 'cancel',
			mailboxIds: Array.from({ length: 101 }, (_, n) => `mbx_${n}`).join(','),
		},
		message:
			/^The "Mailbox IDs" field holds 101 entries, more than the 100 InboxKit takes in one request$/,
	},
	{
		title: 'a username with a space',
		parameters: {
			resource: 'mailbox',
			operation: 'changeUsername',
			mailboxId: 'mbx_jane01',
			newUsername: 'jane doe',
		},
		message: /^The "New Username" field holds "jane doe", which is not a mailbox username$/,
	},
	{
		title: 'a mailbox id from an expression giving an object',
		parameters: { resource: 'mailbox', operation: 'get', mailboxId: '={{ $json.x }}' },
		items: [{ x: { a: 1 } }],
		message: /^The "Mailbox" field must be text, but got \{"a":1\}$/,
	},
	{
		title: 'a sequencer id with a space',
		parameters: {
			resource: 'sequencer',
			operation: 'exportMailboxes',
			sequencerId: 'seq smart',
			mailboxIds: 'mbx_jane01',
		},
		message: /^The "Sequencer" field holds "seq smart", which is not an InboxKit ID$/,
	},
];

const buyOne = (mailbox: IDataObject): INodeParameters => ({
	resource: 'mailbox',
	operation: 'buy',
	mailboxesInput: 'fields',
	mailboxes: {
		mailbox: [
			{
				first_name: 'Ada',
				last_name: 'Lovelace',
				username: 'ada',
				domain_name: 'acme-mail.com',
				platform: 'GOOGLE',
				...mailbox,
			},
		],
	},
});
const register = (extra: IDataObject = {}): INodeParameters => ({
	resource: 'domain',
	operation: 'register',
	domains: 'novaleads.com',
	...extra,
});
const workspaceExpression = { __rl: true as const, mode: 'id', value: '={{ $json.wss }}' };

/** Found by an adversarial review: values that slipped through to a purchase or a request. */
export const hostileInputCases: BadInput[] = [
	...(
		[
			['undefined', {}],
			['null', { wss: null }],
			['a number', { wss: 42 }],
			['a list', { wss: ['ws_main01'] }],
			['an object', { wss: { uid: 'ws_main01' } }],
			['a boolean', { wss: true }],
			['empty text', { wss: '' }],
		] as Array<[string, IDataObject]>
	).flatMap(([what, item]) => [
		{
			title: `Register: a Workspace expression giving ${what} is refused, not replaced by the default`,
			parameters: { ...register(), workspace: workspaceExpression },
			items: [item],
			message: /^The "Workspace" field /,
		},
		{
			title: `Buy: a Workspace expression giving ${what} is refused, not replaced by the default`,
			parameters: { ...buyOne({}), workspace: workspaceExpression },
			items: [item],
			message: /^The "Workspace" field /,
		},
	]),
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

export function expectRejectedBeforeSending(cases: BadInput[]) {
	test.each(cases.map((c) => [c.title, c]))(
		'%s',
		async (_title, { parameters, message, items, credentials, errorName }) => {
			const { error } = await env.run({ parameters, items, credentials });
			expect(error?.name).toBe(errorName ?? 'NodeOperationError');
			expect(error?.message).toMatch(message);
			expect(env.sandbox.requests).toHaveLength(0);
		},
	);
}

describe('Account, Workspace, Billing and request options', () =>
	expectRejectedBeforeSending(accountWorkspaceBillingCases));
describe('Workspace scope', () => expectRejectedBeforeSending(workspaceScopeCases));
describe('Domain and DNS', () => expectRejectedBeforeSending(domainDnsCases));
describe('Mailbox and Sequencer', () => expectRejectedBeforeSending(mailboxSequencerCases));
describe('Hostile input (adversarial review)', () =>
	expectRejectedBeforeSending(hostileInputCases));
