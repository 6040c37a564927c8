import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import {
	asList,
	checkInteger,
	fieldError,
	readCollection,
	readText,
} from '../../shared/parameters';
import { withoutEnvelope } from '../../transport';

/** TLDs the search accepts: others answer 400. Sent bare, without the dot. */
const SEARCH_TLDS = ['com', 'net', 'org', 'shop'];

const FLAGS = [
	'show_unavailable',
	'check_banned',
	'check_google_workspace_availability',
	'check_ms365_workspace_availability',
];

export const search: InboxKitOperation = {
	value: 'search',
	name: 'Search',
	action: 'Search available domains',
	description: 'Suggest domains that can be registered, with prices, given a keyword',
	docs: 'https://docs.inboxkit.com/search-available-domains-18118346e0',
	evidence: 'live',
	assumed: 'the answer key `domains` for the list of results',
	method: 'POST',
	rateClass: 'domain-search',
	// Rate limit: 50 a minute.
	path: '/domains/search',
	workspaceScoped: true,
	readsOnly: true,
	fields: [
		{
			displayName: 'Keyword',
			name: 'keyword',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'acme outreach',
			description: 'Word or name to build domain suggestions from',
		},
		{
			displayName: 'Options',
			name: 'searchOptions',
			type: 'collection',
			placeholder: 'Add option',
			default: {},
			options: [
				{
					displayName: 'Check Banned',
					name: 'check_banned',
					type: 'boolean',
					default: false,
					description: "Whether to check each domain against InboxKit's banned list",
				},
				{
					displayName: 'Check Google Workspace Availability',
					name: 'check_google_workspace_availability',
					type: 'boolean',
					default: false,
					description: 'Whether to check that Google Workspace can be set up on each domain',
				},
				{
					displayName: 'Check Microsoft 365 Availability',
					name: 'check_ms365_workspace_availability',
					type: 'boolean',
					default: false,
					description: 'Whether to check that Microsoft 365 can be set up on each domain',
				},
				{
					displayName: 'Max Results',
					name: 'num',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: 100 },
					default: 10,
					description: 'Max number of results to return',
				},
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
					description: 'Which page of suggestions to get, for more than one search gives',
				},
				{
					displayName: 'Show Unavailable',
					name: 'show_unavailable',
					type: 'boolean',
					default: false,
					description: 'Whether to include domains that are already taken',
				},
				{
					displayName: 'TLDs',
					name: 'tlds',
					type: 'multiOptions',
					options: SEARCH_TLDS.map((tld) => ({ name: `.${tld}`, value: tld })),
					default: [],
					description: 'Only these endings; all four when none is chosen',
				},
			],
		},
	],
	request: (ctx, i) => {
		const options = readCollection(ctx, 'searchOptions', i);
		const body: IDataObject = { keyword: readText(ctx, 'keyword', i, 'Keyword') };
		for (const key of FLAGS) {
			if (options[key] !== undefined) body[key] = options[key] === true;
		}
		if (options.num !== undefined)
			body.num = checkInteger(ctx, i, 'Max Results', options.num, { min: 1, max: 100 });
		// Two clients page the search with `page`.
		if (options.page !== undefined)
			body.page = checkInteger(ctx, i, 'Page', options.page, { min: 1, max: 1000 });
		if (options.tlds !== undefined) {
			const tlds = asList(ctx, i, 'TLDs', options.tlds, { required: false }).map((tld) =>
				tld.replace(/^\./, '').toLowerCase(),
			);
			const unknown = tlds.find((tld) => !SEARCH_TLDS.includes(tld));
			if (unknown !== undefined) {
				throw fieldError(
					ctx,
					i,
					'TLDs',
					`holds ".${unknown}", which InboxKit does not search`,
					`Choose from ${SEARCH_TLDS.map((t) => `.${t}`).join(', ')}.`,
				);
			}
			if (tlds.length > 0) body.tlds = tlds;
		}
		return { body };
	},
	output: (answer) => {
		const list = answer.domains;
		return Array.isArray(list) ? (list as IDataObject[]) : withoutEnvelope(answer);
	},
};
