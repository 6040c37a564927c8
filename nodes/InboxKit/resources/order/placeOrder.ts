import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { domainKey, recordsOf, withAsked } from '../../shared/answers';
import { entryListFields } from '../../shared/entryList';
import { MAX_ENTRIES, readText } from '../../shared/parameters';
import { checkUrl } from '../../shared/validate';
import { contactDetailsSetting } from '../domain/contactDetails';
import { readRegistrationYears, registrationYearsField } from '../domain/registrationYears';
import { ORDER_MAILBOX_VALUES, ORDER_MAILBOXES, readOrderDomains } from './mailboxes';

/** The domain settings one item gives all its domains. */
function domainSettings(ctx: IExecuteFunctions, i: number): IDataObject {
	const years = readRegistrationYears(ctx, i);
	const redirect = readText(ctx, 'redirectUrl', i, 'Redirect URL', { required: false });
	return redirect
		? { redirect_url: checkUrl(ctx, i, 'Redirect URL', redirect), registration_years: years }
		: { registration_years: years };
}

export const placeOrder: InboxKitOperation = {
	value: 'placeOrder',
	name: 'Place Order',
	action: 'Buy domains with their mailboxes',
	description: 'Buy domains and the mailboxes on them in one purchase',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed:
		'`redirect_url` as a web address, the answer (per-domain results under `results`), and at most 100 domains a request',
	method: 'POST',
	path: '/orders',
	workspaceScoped: true,
	// No idempotency key is known: sent exactly once.
	charges: true,
	fields: [
		...entryListFields(ORDER_MAILBOXES, {
			values: ORDER_MAILBOX_VALUES,
			inputDescription:
				'How to give the mailboxes to buy; each domain is bought with the mailboxes on it',
			jsonDescription:
				'A list of mailboxes, each with email, first_name, last_name, platform (GOOGLE or MICROSOFT) and optionally sequencer_uid and profile_pic_url',
		}),
		registrationYearsField,
		{
			displayName: 'Redirect URL',
			name: 'redirectUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com',
			description: 'Where visitors of the new domains are sent; none when empty',
		},
		{
			displayName: 'Options',
			name: 'orderOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Contact Details (JSON)',
					name: 'contact_details',
					type: 'json',
					default: '{}',
					description:
						"Registrant contact as InboxKit takes it; the account's details are used when left out",
				},
			],
		},
	],
	combine: {
		entries: (ctx, i) => {
			const settings = domainSettings(ctx, i);
			return readOrderDomains(ctx, i).map(({ name, mailboxes }) => ({
				name,
				...settings,
				mailboxes,
			}));
		},
		shared: [contactDetailsSetting('orderOptions')],
		// One item groups its mailboxes by domain; the runner refuses a domain that two combined
		// items would buy twice.
		request: ({ entries, shared }) => {
			return { body: { ...shared, domains: entries } };
		},
		entryKey: (entry) => String(entry.name),
		// Per-domain results, paired back by domain name; any other answer is one summary of the
		// order, naming the domains sent.
		results: (answer, sent) => {
			const list = ['results', 'domains'].find((key) => Array.isArray(answer[key]));
			if (list) return recordsOf(answer, list, (record) => domainKey(record.domain ?? record.name));
			const domains = (sent.body.domains as IDataObject[]).map((domain) => domain.name);
			return [{ json: withAsked(answer, { domains }) }];
		},
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Mailboxes',
	},
};
