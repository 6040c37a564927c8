import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { domainListField } from '../../shared/fields';
import { asList, asSecret, asText, fieldError, readCollection } from '../../shared/parameters';
import { withoutEnvelope } from '../../transport';
import { checkDomain, checkEmail } from '../../shared/validate';
import { withoutSentSecrets } from './secrets';

/** Most domains one connect takes (client). */
const MAX_DOMAINS = 500;

/**
 * The 409 answers carry a string `code` (client). InboxKit documents neither publicly: the
 * meanings below are read from the names and the client's handling (both permanent).
 */
const CONFLICTS: Record<string, string> = {
	ACCOUNT_ALREADY_USED:
		'InboxKit reports this Cloudflare account as already used (ACCOUNT_ALREADY_USED): it is most likely connected to another InboxKit workspace or team. Connect its domains there, or disconnect it there first. Sending it again gives the same answer.',
	CREDENTIAL_CONFLICT:
		'InboxKit reports a credential conflict (CREDENTIAL_CONFLICT): it most likely already holds a different Cloudflare credential for these domains or this workspace. Connect with the credential used before, or remove the stored one in InboxKit first. Sending it again gives the same answer.',
};

export const connect: InboxKitOperation = {
	value: 'connect',
	name: 'Connect Domains',
	action: 'Connect Cloudflare domains',
	description:
		'Connect domains you own on Cloudflare to the workspace, given a Cloudflare API token',
	// Body {auth_type, api_token, domains[] (up to 500) or connect_all, validateDNS?, label?};
	// answer domains[{uid, name, status, reconnected}], skipped[], results[{zone_name, success,
	// error, dns_conflict}] and counts (client; the docs page via another client). InboxKit stores
	// the credential. Rate limit: 10 per 5 minutes. The token is a secret: a password field, sent
	// once under `api_token`, replaced in errors and in the output should InboxKit echo it.
	docs: 'https://docs.inboxkit.com/connect-cloudflare-domains-28724829e0',
	evidence: 'client',
	assumed:
		'for a Global API Key, the key under `api_key` with the account `email` (only the API token form is seen in a client)',
	method: 'POST',
	path: '/cloudflare-domains/connect',
	workspaceScoped: true,
	rateClass: 'cloudflare-connect',
	errorHint: (status, body) => {
		const code = (body as IDataObject | null)?.code;
		if (status === 409 && typeof code === 'string' && CONFLICTS[code.toUpperCase()])
			return CONFLICTS[code.toUpperCase()];
		if (status === 429)
			return 'InboxKit takes 10 Cloudflare connects per 5 minutes. Wait a few minutes, and connect many domains in one request rather than one each.';
		return undefined;
	},
	fields: [
		{
			displayName: 'Authentication',
			name: 'cloudflareAuth',
			type: 'options',
			options: [
				{
					name: 'API Token',
					value: 'api_token',
					description: 'A Cloudflare API token with DNS edit rights on the zones (recommended)',
				},
				{
					name: 'Global API Key',
					value: 'global_api_key',
					description: "The Cloudflare account's Global API Key, with the account's email",
				},
			],
			default: 'api_token',
			description: 'How InboxKit signs in to Cloudflare. InboxKit stores what you give here.',
		},
		{
			displayName: 'Cloudflare API Token',
			name: 'cloudflareApiToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'A Cloudflare API token (My Profile → API Tokens) that may edit DNS of the zones to connect. It is sent to InboxKit only, and never output.',
			displayOptions: { show: { cloudflareAuth: ['api_token'] } },
		},
		{
			displayName: 'Cloudflare Global API Key',
			name: 'cloudflareGlobalApiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				"The Cloudflare account's Global API Key. It is sent to InboxKit only, and never output.",
			displayOptions: { show: { cloudflareAuth: ['global_api_key'] } },
		},
		{
			displayName: 'Cloudflare Email',
			name: 'cloudflareEmail',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'The email of the Cloudflare account the Global API Key belongs to',
			displayOptions: { show: { cloudflareAuth: ['global_api_key'] } },
		},
		{
			displayName: 'Connect',
			name: 'connectWhich',
			type: 'options',
			options: [
				{ name: 'Given Domains', value: 'domains' },
				{ name: 'All Zones of the Account', value: 'all' },
			],
			default: 'domains',
			description: 'Whether to connect the domains listed, or every zone the credential reaches',
		},
		{
			...domainListField('The Cloudflare zones to connect, up to 500'),
			displayOptions: { show: { connectWhich: ['domains'] } },
		},
		{
			displayName: 'Options',
			name: 'connectOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Label',
					name: 'label',
					type: 'string',
					default: '',
					description: 'A name for this Cloudflare connection in InboxKit',
				},
				{
					displayName: 'Validate DNS',
					name: 'validateDNS',
					type: 'boolean',
					default: true,
					description: "Whether InboxKit checks the zones' DNS records as it connects them",
				},
			],
		},
	],
	request: (ctx, i) => {
		const auth = asText(
			ctx,
			i,
			'Authentication',
			ctx.getNodeParameter('cloudflareAuth', i, 'api_token'),
			true,
		);
		const body: IDataObject = { auth_type: auth };
		if (auth === 'api_token') {
			body.api_token = asSecret(
				ctx,
				i,
				'Cloudflare API Token',
				ctx.getNodeParameter('cloudflareApiToken', i, ''),
			);
		} else if (auth === 'global_api_key') {
			body.api_key = asSecret(
				ctx,
				i,
				'Cloudflare Global API Key',
				ctx.getNodeParameter('cloudflareGlobalApiKey', i, ''),
			);
			body.email = checkEmail(
				ctx,
				i,
				'Cloudflare Email',
				asText(ctx, i, 'Cloudflare Email', ctx.getNodeParameter('cloudflareEmail', i, ''), true),
			);
		} else {
			throw fieldError(ctx, i, 'Authentication', `holds "${auth}", which is not a choice here`);
		}
		if (ctx.getNodeParameter('connectWhich', i, 'domains') === 'all') body.connect_all = true;
		else {
			const domains = asList(ctx, i, 'Domains', ctx.getNodeParameter('domains', i, ''), {
				max: MAX_DOMAINS,
			}).map((domain) => checkDomain(ctx, i, 'Domains', domain));
			body.domains = [...new Set(domains)];
		}
		const options = readCollection(ctx, 'connectOptions', i);
		if (options.validateDNS !== undefined) body.validateDNS = options.validateDNS === true;
		if (options.label !== undefined) body.label = asText(ctx, i, 'Label', options.label, false);
		return { body };
	},
	output: (answer, sent) => withoutSentSecrets(withoutEnvelope(answer), sent.body),
};
