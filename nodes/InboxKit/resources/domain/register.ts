import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { withAsked } from '../../shared/answers';
import { domainListField } from '../../shared/fields';
import { MAX_ENTRIES, readCollection } from '../../shared/parameters';
import { checkEmail, readDomainList } from '../../shared/validate';
import { contactDetailsSetting } from './contactDetails';
import { readRegistrationYears, registrationYearsField } from './registrationYears';

/** An address from the Options collection, checked; undefined when not given. */
function optionalEmail(key: string, label: string) {
	return (ctx: IExecuteFunctions, i: number): string | undefined => {
		const value = readCollection(ctx, 'registerOptions', i)[key];
		return value === undefined ? undefined : checkEmail(ctx, i, label, String(value));
	};
}

export const register: InboxKitOperation = {
	value: 'register',
	name: 'Register',
	action: 'Register domains',
	description: 'Buy domains for the workspace, given their names and the years to register',
	docs: 'https://docs.inboxkit.com/register-domains-18118349e0',
	evidence: 'docs',
	method: 'POST',
	path: '/domains/register',
	workspaceScoped: true,
	// No idempotency key is known: sent exactly once.
	charges: true,
	fields: [
		domainListField('The domains to buy'),
		registrationYearsField,
		{
			displayName: 'Use Wallet Balance',
			name: 'useWalletBalance',
			type: 'boolean',
			default: true,
			description:
				'Whether to pay from the wallet. When off, InboxKit answers with a checkout link to pay by card and nothing is bought until it is paid.',
		},
		{
			displayName: 'Options',
			name: 'registerOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Catch-All Email',
					name: 'catch_all_email',
					type: 'string',
					placeholder: 'name@example.com',
					default: '',
					description: 'Address that receives mail sent to unknown addresses on the new domains',
				},
				{
					displayName: 'Contact Details (JSON)',
					name: 'contact_details',
					type: 'json',
					default: '{}',
					description:
						"Registrant contact as InboxKit takes it; the account's details are used when left out",
				},
				{
					displayName: 'DMARC Email',
					name: 'dmarc_email',
					type: 'string',
					placeholder: 'name@example.com',
					default: '',
					description: 'Address that receives DMARC reports for the new domains',
				},
			],
		},
	],
	combine: {
		entries: (ctx, i) => {
			const years = readRegistrationYears(ctx, i);
			return readDomainList(ctx, i).map((name) => ({ name, registration_years: years }));
		},
		shared: [
			{
				key: 'use_wallet_balance',
				label: 'Use Wallet Balance',
				read: (ctx, i) => ctx.getNodeParameter('useWalletBalance', i, true) as boolean,
			},
			{
				key: 'dmarc_email',
				label: 'DMARC Email',
				read: optionalEmail('dmarc_email', 'DMARC Email'),
			},
			{
				key: 'catch_all_email',
				label: 'Catch-All Email',
				read: optionalEmail('catch_all_email', 'Catch-All Email'),
			},
			contactDetailsSetting('registerOptions'),
		],
		request: ({ entries, shared }) => ({ body: { domains: entries, ...shared } }),
		entryKey: (entry) => String(entry.name),
		// The answer is one order (domains_count, total_cost, payment_type, domain_uids; or a
		// Stripe checkout url + session_id), paired with every item that was sent. It does not
		// name the domains it bought: show the ones asked for.
		results: (answer, sent) => [
			{
				json: withAsked(answer, {
					domains: (sent.body.domains as IDataObject[]).map((entry) => entry.name as string),
				}),
			},
		],
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Domains',
	},
};
