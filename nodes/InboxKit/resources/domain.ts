import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CombineSpec, InboxKitOperation, InboxKitResource } from '../operation';
import {
	asList,
	compact,
	fieldError,
	readCollection,
	readIdList,
	readList,
	readText,
	checkInteger,
} from '../shared/parameters';
import { mailboxIdsField } from '../shared/fields';
import { checkDomain, checkEmail, checkUrl, normalizeDomain } from '../shared/validate';
import { withoutEnvelope } from '../transport';

/**
 * The Domain endpoints. What is confirmed and what is assumed is said in each entry's comment;
 * the sources are the docs pages (docs:, methods from the docs sidebar) and public clients of
 * the live API. Assumed details are kept in the entry itself, and the sandbox
 * (test/sandbox/routes/domain.js) answers in the same assumed shapes.
 */

/** Most domains one request carries (no limit is documented; 100 matches the largest list page). */
const MAX_DOMAINS = 100;

/** TLDs the search accepts: others answer 400 (client). Sent bare, without the dot. */
const SEARCH_TLDS = ['com', 'net', 'org', 'shop'];

// ---------------------------------------------------------------------------------------------
// Helpers

/** Domain names from a list field: each checked and normalised. */
function readDomains(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string[] {
	return readList(ctx, name, itemIndex, label, { max: MAX_DOMAINS }).map((raw) =>
		checkDomain(ctx, itemIndex, label, raw),
	);
}

/** InboxKit IDs from a list field: each checked. */
function readIds(ctx: IExecuteFunctions, name: string, itemIndex: number, label: string): string[] {
	return readIdList(ctx, name, itemIndex, label, { max: MAX_DOMAINS });
}

function readDomain(ctx: IExecuteFunctions, itemIndex: number): string {
	return checkDomain(ctx, itemIndex, 'Domain', readText(ctx, 'domain', itemIndex, 'Domain'));
}

/**
 * Settings that apply to a whole request (e.g. the forwarding URL) travel with each entry under
 * this key, so that combining items whose settings differ fails instead of applying the first
 * item's setting to all.
 */
const SHARED = '_shared';

interface SharedSetting {
	/** Body key. */
	key: string;
	/** The field as the user sees it. */
	label: string;
}

function withShared(entries: IDataObject[], shared: IDataObject): IDataObject[] {
	return entries.map((entry) => ({ ...entry, [SHARED]: shared }));
}

/** The entries without their shared settings, and the shared settings, which must be equal. */
function splitShared(
	ctx: IExecuteFunctions,
	entries: IDataObject[],
	itemIndex: number,
	settings: SharedSetting[],
): { entries: IDataObject[]; shared: IDataObject } {
	const first = (entries[0]?.[SHARED] ?? {}) as IDataObject;
	for (const entry of entries) {
		const own = (entry[SHARED] ?? {}) as IDataObject;
		for (const { key, label } of settings) {
			if (JSON.stringify(own[key]) !== JSON.stringify(first[key])) {
				throw fieldError(
					ctx,
					itemIndex,
					label,
					'differs between the input items, but "Combine Input Items" sends them in one request',
					'Give every item the same value, or turn off "Combine Input Items".',
				);
			}
		}
	}
	return {
		entries: entries.map((entry) => {
			const rest = { ...entry };
			delete rest[SHARED];
			return rest;
		}),
		shared: compact(first),
	};
}

/** Names of the domains in a list of entries or records, as keys for pairing. */
function domainKey(value: unknown): string | undefined {
	return typeof value === 'string' && value !== '' ? normalizeDomain(value) : undefined;
}

/**
 * One output record per element of `answer[listKey]`, keyed by `keyOf`; when the answer carries
 * no such list, the whole answer as one record (paired with every item that was sent).
 */
function recordsOf(
	answer: IDataObject,
	listKey: string,
	keyOf: (record: IDataObject) => string | undefined,
): Array<{ key?: string; json: IDataObject }> {
	const list = answer[listKey];
	if (!Array.isArray(list)) return [{ json: withoutEnvelope(answer) }];
	return (list as IDataObject[]).map((record) => ({ key: keyOf(record), json: record }));
}

/** One summary record: the answer of a call that acted on all entries together. */
function summaryOf(answer: IDataObject): Array<{ key?: string; json: IDataObject }> {
	return [{ json: withoutEnvelope(answer) }];
}

function domainListField(description: string): INodeProperties {
	return {
		displayName: 'Domains',
		name: 'domains',
		type: 'string',
		typeOptions: { rows: 3 },
		required: true,
		default: '',
		placeholder: 'example.com, example.net',
		description: `${description}. Separate them with commas or new lines, or give an expression that returns a list.`,
	};
}

const domainField = (description: string): INodeProperties => ({
	displayName: 'Domain',
	name: 'domain',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'example.com',
	description,
});

// ---------------------------------------------------------------------------------------------
// Combine specs for endpoints that take a list

const registerShared: SharedSetting[] = [
	{ key: 'use_wallet_balance', label: 'Use Wallet Balance' },
	{ key: 'dmarc_email', label: 'DMARC Email' },
	{ key: 'catch_all_email', label: 'Catch-All Email' },
	{ key: 'contact_details', label: 'Contact Details (JSON)' },
];

function readContactDetails(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
): IDataObject {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch {
			throw fieldError(
				ctx,
				itemIndex,
				'Contact Details (JSON)',
				'is not valid JSON',
				'Give an object such as {"first_name": "Ada", "email": "ada@example.com"}.',
			);
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw fieldError(ctx, itemIndex, 'Contact Details (JSON)', 'must be a JSON object');
	}
	return parsed as IDataObject;
}

const registerCombine: CombineSpec = {
	entries: (ctx, i) => {
		const years = checkInteger(
			ctx,
			i,
			'Registration Years',
			ctx.getNodeParameter('registrationYears', i, 1),
			{ min: 1, max: 10 },
		);
		const options = readCollection(ctx, 'registerOptions', i);
		const shared: IDataObject = {
			use_wallet_balance: ctx.getNodeParameter('useWalletBalance', i, true) as boolean,
		};
		if (options.dmarc_email !== undefined)
			shared.dmarc_email = checkEmail(ctx, i, 'DMARC Email', String(options.dmarc_email));
		if (options.catch_all_email !== undefined)
			shared.catch_all_email = checkEmail(
				ctx,
				i,
				'Catch-All Email',
				String(options.catch_all_email),
			);
		if (options.contact_details !== undefined) {
			const contact = readContactDetails(ctx, i, options.contact_details);
			if (Object.keys(contact).length > 0) shared.contact_details = contact;
		}
		const names = readDomains(ctx, 'domains', i, 'Domains');
		return withShared(
			names.map((name) => ({ name, registration_years: years })),
			shared,
		);
	},
	request: (ctx, entries, i) => {
		const split = splitShared(ctx, entries, i, registerShared);
		return { body: { domains: split.entries, ...split.shared } };
	},
	entryKey: (entry) => String(entry.name),
	// The answer is one order (domains_count, total_cost, payment_type, domain_uids; or a Stripe
	// checkout url + session_id): one summary item, paired with every item that was sent.
	results: summaryOf,
	maxEntries: MAX_DOMAINS,
};

const removeCombine: CombineSpec = {
	entries: (ctx, i) => readDomains(ctx, 'domains', i, 'Domains').map((name) => ({ name })),
	request: (_ctx, entries) => ({ body: { domains: entries.map((entry) => entry.name) } }),
	entryKey: (entry) => String(entry.name),
	// Client: result.updated[] and result.deleted[] of name, uid, previous_status, new_status.
	results: (answer) => {
		const result = answer.result as IDataObject | undefined;
		if (!result || typeof result !== 'object') return summaryOf(answer);
		const records: Array<{ key?: string; json: IDataObject }> = [];
		for (const outcome of ['deleted', 'updated']) {
			const list = result[outcome];
			if (!Array.isArray(list)) continue;
			for (const record of list as IDataObject[])
				records.push({ key: domainKey(record.name), json: { ...record, outcome } });
		}
		return records;
	},
	maxEntries: MAX_DOMAINS,
};

const domainForwardingCombine: CombineSpec = {
	entries: (ctx, i) => {
		const url = checkUrl(
			ctx,
			i,
			'Forwarding URL',
			readText(ctx, 'forwardingUrl', i, 'Forwarding URL'),
			{ httpsOnly: true },
		);
		return withShared(
			readIds(ctx, 'domainIds', i, 'Domain IDs').map((uid) => ({ uid })),
			{ forwarding_url: url },
		);
	},
	request: (ctx, entries, i) => {
		const split = splitShared(ctx, entries, i, [
			{ key: 'forwarding_url', label: 'Forwarding URL' },
		]);
		return { body: { uids: split.entries.map((entry) => entry.uid), ...split.shared } };
	},
	entryKey: (entry) => String(entry.uid),
	results: summaryOf,
	maxEntries: MAX_DOMAINS,
};

const emailForwardingCombine: CombineSpec = {
	entries: (ctx, i) => {
		const email = checkEmail(
			ctx,
			i,
			'Forwarding Email',
			readText(ctx, 'forwardingEmail', i, 'Forwarding Email'),
		);
		return withShared(
			readIds(ctx, 'mailboxIds', i, 'Mailbox IDs').map((uid) => ({ uid })),
			{ forwarding_email: email },
		);
	},
	request: (ctx, entries, i) => {
		const split = splitShared(ctx, entries, i, [
			{ key: 'forwarding_email', label: 'Forwarding Email' },
		]);
		return { body: { uids: split.entries.map((entry) => entry.uid), ...split.shared } };
	},
	entryKey: (entry) => String(entry.uid),
	results: summaryOf,
	maxEntries: MAX_DOMAINS,
};

const removeEmailForwardingCombine: CombineSpec = {
	entries: (ctx, i) => readIds(ctx, 'mailboxIds', i, 'Mailbox IDs').map((uid) => ({ uid })),
	request: (_ctx, entries) => ({ body: { uids: entries.map((entry) => entry.uid) } }),
	entryKey: (entry) => String(entry.uid),
	results: summaryOf,
	maxEntries: MAX_DOMAINS,
};

const nameserversCombine: CombineSpec = {
	entries: (ctx, i) =>
		withShared(
			readDomains(ctx, 'domains', i, 'Domains').map((name) => ({ name })),
			{ mask_forwarding: ctx.getNodeParameter('maskForwarding', i, false) as boolean },
		),
	request: (ctx, entries, i) => {
		const split = splitShared(ctx, entries, i, [
			{ key: 'mask_forwarding', label: 'Mask Forwarding' },
		]);
		return { body: { domains: split.entries.map((entry) => entry.name), ...split.shared } };
	},
	entryKey: (entry) => String(entry.name),
	// Client: result[] of domain, nameservers[], uid.
	results: (answer) =>
		recordsOf(answer, 'result', (record) => domainKey(record.domain ?? record.name)),
	maxEntries: MAX_DOMAINS,
};

const propagationCombine: CombineSpec = {
	entries: (ctx, i) => readDomains(ctx, 'domains', i, 'Domains').map((name) => ({ name })),
	request: (_ctx, entries) => ({ body: { domains: entries.map((entry) => entry.name) } }),
	entryKey: (entry) => String(entry.name),
	// Client: result[] of uid, name, status, propagated.
	results: (answer) =>
		recordsOf(answer, 'result', (record) => domainKey(record.name ?? record.domain)),
	maxEntries: MAX_DOMAINS,
};

// ---------------------------------------------------------------------------------------------
// Operations (sorted by dropdown label in the node; listed here by topic)

const searchDomains: InboxKitOperation = {
	value: 'search',
	name: 'Search',
	action: 'Search available domains',
	description: 'Find domains that can be registered, with their prices',
	// Client: POST with body keyword, tlds (bare: com, net, org, shop; others answer 400),
	// show_unavailable, check_banned, check_google_workspace_availability,
	// check_ms365_workspace_availability, num. Answer: a list of domains with domain/name,
	// available, price, premium; the key "domains" is assumed. Rate limit: 50 a minute.
	docs: 'https://docs.inboxkit.com/search-available-domains-18118346e0',
	method: 'POST',
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
			placeholder: 'Add Option',
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
		for (const key of [
			'show_unavailable',
			'check_banned',
			'check_google_workspace_availability',
			'check_ms365_workspace_availability',
		]) {
			if (options[key] !== undefined) body[key] = options[key] === true;
		}
		if (options.num !== undefined)
			body.num = checkInteger(ctx, i, 'Max Results', options.num, { min: 1, max: 100 });
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

const checkBanned: InboxKitOperation = {
	value: 'checkBanned',
	name: 'Check Banned',
	action: 'Check if a domain is banned',
	description: 'Check whether InboxKit refuses a domain as banned',
	// Open: the reseller shows /domains/banned/{domain}; path-style routes answer 404 live, so
	// this follows its confirmed neighbour /domains/available?domain= (assumed).
	docs: 'https://docs.inboxkit.com/check-if-domain-is-banned-from-registration-18118347e0',
	method: 'GET',
	path: '/domains/banned',
	workspaceScoped: true,
	fields: [domainField('The domain to check')],
	request: (ctx, i) => ({ qs: { domain: readDomain(ctx, i) } }),
	output: (answer, ctx, i) => ({ domain: readDomain(ctx, i), ...withoutEnvelope(answer) }),
};

const checkAvailability: InboxKitOperation = {
	value: 'checkAvailability',
	name: 'Check Availability',
	action: 'Check domain availability',
	description: 'Check whether a domain can be registered, and its price',
	// Client (called live): GET /domains/available?domain=; answer banned, available,
	// registration_price, renewal_price.
	docs: 'https://docs.inboxkit.com/check-domain-availability-18118348e0',
	method: 'GET',
	path: '/domains/available',
	workspaceScoped: true,
	fields: [domainField('The domain to check')],
	request: (ctx, i) => ({ qs: { domain: readDomain(ctx, i) } }),
	output: (answer, ctx, i) => ({ domain: readDomain(ctx, i), ...withoutEnvelope(answer) }),
};

const register: InboxKitOperation = {
	value: 'register',
	name: 'Register',
	action: 'Register domains',
	description: 'Buy domains and add them to the workspace',
	// Doc page + client: body domains[{name, registration_years}], use_wallet_balance,
	// dmarc_email, catch_all_email, optional contact_details. Answer domains_count, total_cost,
	// payment_type, contact_details, domain_uids; or a Stripe checkout url + session_id when
	// not paid from the wallet. No idempotency key is known: sent exactly once.
	docs: 'https://docs.inboxkit.com/register-domains-18118349e0',
	method: 'POST',
	path: '/domains/register',
	workspaceScoped: true,
	spendsMoney: true,
	fields: [
		domainListField('The domains to buy'),
		{
			displayName: 'Registration Years',
			name: 'registrationYears',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: 1,
			description: 'For how many years to register each domain',
		},
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
			placeholder: 'Add Option',
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
	combine: registerCombine,
	output: (answer, ctx, i) => {
		const summary = withoutEnvelope(answer);
		// The answer does not name the domains it bought; show what was asked for.
		if (summary.domains === undefined) summary.domains = readDomains(ctx, 'domains', i, 'Domains');
		return summary;
	},
};

const listDomains: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List domains',
	description: 'List the domains of the workspace',
	// Docs show GET; live clients use POST with page, limit and keyword in the body.
	docs: 'https://docs.inboxkit.com/list-domains-18118350e0',
	method: 'POST',
	path: '/domains/list',
	workspaceScoped: true,
	readsOnly: true,
	fields: [
		{
			displayName: 'Keyword',
			name: 'keyword',
			type: 'string',
			default: '',
			description: 'Only domains whose name contains this text',
		},
	],
	request: (ctx, i) => {
		const keyword = readText(ctx, 'keyword', i, 'Keyword', { required: false });
		return { body: keyword ? { keyword } : {} };
	},
	list: { recordsKey: 'domains', paging: 'page' },
};

const listAssignable: InboxKitOperation = {
	value: 'getManyAssignable',
	name: 'Get Many Assignable',
	action: 'List assignable domains',
	description: 'List the domains that new mailboxes can be put on',
	// Client: GET with page and limit in the query; the records key "domains" is assumed.
	docs: 'https://docs.inboxkit.com/list-assignable-domains-18118351e0',
	method: 'GET',
	path: '/domains/assignable',
	workspaceScoped: true,
	list: { recordsKey: 'domains', paging: 'page' },
};

const setDmarc: InboxKitOperation = {
	value: 'setDmarc',
	name: 'Set DMARC',
	action: 'Set a DMARC policy',
	description: 'Publish a DMARC policy for a domain',
	// Open: method POST from the docs sidebar; path /domains/dmarc and body domain, policy, rua
	// from the reseller's guide (assumed).
	docs: 'https://docs.inboxkit.com/set-dmarc-policy-18118352e0',
	method: 'POST',
	path: '/domains/dmarc',
	workspaceScoped: true,
	fields: [
		domainField('The domain whose DMARC policy to set'),
		{
			displayName: 'Policy',
			name: 'policy',
			type: 'options',
			options: [
				{ name: 'None (Monitor Only)', value: 'none' },
				{ name: 'Quarantine', value: 'quarantine' },
				{ name: 'Reject', value: 'reject' },
			],
			default: 'none',
			description: 'What receivers do with mail that fails DMARC',
		},
		{
			displayName: 'Report Email',
			name: 'rua',
			type: 'string',
			placeholder: 'dmarc@example.com',
			default: '',
			description: 'Address that receives aggregate DMARC reports (rua); none when empty',
		},
	],
	request: (ctx, i) => {
		const policy = readText(ctx, 'policy', i, 'Policy');
		if (!['none', 'quarantine', 'reject'].includes(policy)) {
			throw fieldError(
				ctx,
				i,
				'Policy',
				`holds "${policy}", which is not a DMARC policy`,
				'Use none, quarantine or reject.',
			);
		}
		const rua = readText(ctx, 'rua', i, 'Report Email', { required: false });
		return {
			body: {
				domain: readDomain(ctx, i),
				policy,
				...(rua ? { rua: checkEmail(ctx, i, 'Report Email', rua) } : {}),
			},
		};
	},
};

const removeDmarc: InboxKitOperation = {
	value: 'removeDmarc',
	name: 'Remove DMARC',
	action: 'Remove a DMARC policy',
	description: 'Remove the DMARC policy of a domain',
	// Open: method DELETE from the docs sidebar; path /domains/dmarc (reseller) and body
	// domain (assumed, like Set DMARC).
	docs: 'https://docs.inboxkit.com/remove-dmarc-policy-18118353e0',
	method: 'DELETE',
	path: '/domains/dmarc',
	workspaceScoped: true,
	fields: [domainField('The domain whose DMARC policy to remove')],
	request: (ctx, i) => ({ body: { domain: readDomain(ctx, i) } }),
};

const removeDomains: InboxKitOperation = {
	value: 'remove',
	name: 'Remove',
	action: 'Remove domains',
	description: 'Remove domains from the workspace',
	// Client and reseller: POST /domains/remove; answer result.updated[] and result.deleted[].
	// The body key "domains" with names is assumed, like Get Nameservers.
	docs: 'https://docs.inboxkit.com/remove-domains-18118354e0',
	method: 'POST',
	path: '/domains/remove',
	workspaceScoped: true,
	fields: [domainListField('The domains to remove')],
	combine: removeCombine,
};

const setDomainForwarding: InboxKitOperation = {
	value: 'setDomainForwarding',
	name: 'Set Domain Forwarding',
	action: 'Set domain forwarding',
	description: 'Forward visits to domains to a web address',
	// Client: body uids (domain uids), forwarding_url (https). Answer shape assumed: one summary.
	docs: 'https://docs.inboxkit.com/set-domain-forwarding-18118355e0',
	method: 'POST',
	path: '/domains/forwarding',
	workspaceScoped: true,
	fields: [
		{
			displayName: 'Domain IDs',
			name: 'domainIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'dom_1a2b3c, dom_4d5e6f',
			description:
				'The "uid" of each domain, as "Get Many" shows it. Separate them with commas or new lines, or give an expression that returns a list.',
		},
		{
			displayName: 'Forwarding URL',
			name: 'forwardingUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com',
			description: 'Where visitors of the domains are sent (https only)',
		},
	],
	combine: domainForwardingCombine,
};

const setEmailForwarding: InboxKitOperation = {
	value: 'setEmailForwarding',
	name: 'Set Email Forwarding',
	action: 'Set email forwarding',
	description: 'Forward the mail of mailboxes to another address',
	// Open: the docs list it under Domain; clients call /mailboxes/forwarding/setup with uids
	// (mailbox uids) and forwarding_email, which is what is sent here (assumed).
	docs: 'https://docs.inboxkit.com/set-email-forwarding-18118356e0',
	method: 'POST',
	path: '/mailboxes/forwarding/setup',
	workspaceScoped: true,
	fields: [
		mailboxIdsField('The mailboxes whose mail to forward'),
		{
			displayName: 'Forwarding Email',
			name: 'forwardingEmail',
			type: 'string',
			placeholder: 'name@example.com',
			required: true,
			default: '',
			description: 'The address that receives the forwarded mail',
		},
	],
	combine: emailForwardingCombine,
};

const removeEmailForwarding: InboxKitOperation = {
	value: 'removeEmailForwarding',
	name: 'Remove Email Forwarding',
	action: 'Remove email forwarding',
	description: 'Stop forwarding the mail of mailboxes',
	// Open: method DELETE from the docs sidebar; path /mailboxes/forwarding/remove and body
	// uids from clients (assumed).
	docs: 'https://docs.inboxkit.com/remove-email-forwarding-18118357e0',
	method: 'DELETE',
	path: '/mailboxes/forwarding/remove',
	workspaceScoped: true,
	fields: [mailboxIdsField('The mailboxes whose forwarding to remove')],
	combine: removeEmailForwardingCombine,
};

const catchAllDomainIds = (description: string): INodeProperties => ({
	displayName: 'Domain IDs',
	name: 'domainIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'dom_1a2b3c, dom_4d5e6f',
	description: `${description}: the "uid" of each, as "Get Many" shows it. Separate them with commas or new lines, or give an expression that returns a list.`,
});

const setCatchAll: InboxKitOperation = {
	value: 'setCatchAll',
	name: 'Set Catch-All',
	action: 'Set a catch-all email',
	description: 'Receive mail sent to unknown addresses of domains at one address',
	// Client: POST /domains/catch-all, body uids (domain uids) + email. (The reseller's
	// { domain, email } is less likely.)
	docs: 'https://docs.inboxkit.com/set-catch-all-email-18118358e0',
	method: 'POST',
	path: '/domains/catch-all',
	workspaceScoped: true,
	fields: [
		catchAllDomainIds('The domains whose catch-all to set'),
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@example.com',
			required: true,
			default: '',
			description: 'The address that receives mail sent to unknown addresses of the domains',
		},
	],
	request: (ctx, i) => ({
		body: {
			uids: readIds(ctx, 'domainIds', i, 'Domain IDs'),
			email: checkEmail(ctx, i, 'Email', readText(ctx, 'email', i, 'Email')),
		},
	}),
};

const removeCatchAll: InboxKitOperation = {
	value: 'removeCatchAll',
	name: 'Remove Catch-All',
	action: 'Remove a catch-all email',
	description: 'Stop receiving mail sent to unknown addresses of domains',
	// Open: DELETE from the docs sidebar; path /domains/catch-all (reseller); body uids assumed,
	// like Set Catch-All.
	docs: 'https://docs.inboxkit.com/remove-catch-all-email-18118359e0',
	method: 'DELETE',
	path: '/domains/catch-all',
	workspaceScoped: true,
	fields: [catchAllDomainIds('The domains whose catch-all to remove')],
	request: (ctx, i) => ({ body: { uids: readIds(ctx, 'domainIds', i, 'Domain IDs') } }),
};

const getNameservers: InboxKitOperation = {
	value: 'getNameservers',
	name: 'Get Nameservers',
	action: 'Get nameservers for domain connection',
	description: 'Connect domains bought elsewhere and get the nameservers to set at their registrar',
	// Client: body domains[], mask_forwarding; answer result[] of domain, nameservers[], uid.
	// A domain that is already connected answers 409 with `error: false` and its nameservers
	// (client capture): a result, not a failure.
	docs: 'https://docs.inboxkit.com/get-nameservers-for-domain-connection-18118360e0',
	method: 'POST',
	path: '/domains/nameservers',
	workspaceScoped: true,
	acceptStatuses: [409],
	fields: [
		domainListField('The domains to connect'),
		{
			displayName: 'Mask Forwarding',
			name: 'maskForwarding',
			type: 'boolean',
			default: false,
			description: "Whether domain forwarding keeps the domain in the browser's address bar",
		},
	],
	combine: nameserversCombine,
};

const checkPropagation: InboxKitOperation = {
	value: 'checkPropagation',
	name: 'Check Propagation',
	action: 'Check nameservers propagation',
	description: 'Check whether the nameservers of connected domains point to InboxKit yet',
	// Client: body domains[]; answer result[] of uid, name, status, propagated. Two clients
	// disagree on the path (/domains/nameservers/check-propagation or /check): the first is
	// assumed.
	docs: 'https://docs.inboxkit.com/check-nameservers-propagation-18118361e0',
	method: 'POST',
	path: '/domains/nameservers/check-propagation',
	workspaceScoped: true,
	readsOnly: true,
	fields: [domainListField('The domains to check')],
	combine: propagationCombine,
};

export const domain: InboxKitResource = {
	value: 'domain',
	name: 'Domain',
	description: 'Search, register, connect and configure sending domains',
	operations: [
		listDomains,
		listAssignable,
		searchDomains,
		checkAvailability,
		checkBanned,
		register,
		removeDomains,
		getNameservers,
		checkPropagation,
		setDmarc,
		removeDmarc,
		setCatchAll,
		removeCatchAll,
		setDomainForwarding,
		setEmailForwarding,
		removeEmailForwarding,
	],
};
