import type { INodeProperties } from 'n8n-workflow';

import { MAX_CALLS_PER_SECOND } from '../transport/rateLimiter';
import { DEFAULT_MAX_TRIES, DEFAULT_TIMEOUT_SECONDS } from '../transport/retryPolicy';

/** Fields several operations share. Display options are added where they are used. */

const LIST_HINT =
	'Separate them with commas or new lines, or give an expression that returns a list';

/** A list of InboxKit IDs typed or mapped into one field. */
export function idListField(
	displayName: string,
	name: string,
	placeholder: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'string',
		required: true,
		default: '',
		placeholder,
		description: `${description}. ${LIST_HINT}.`,
	};
}

/** One domain by its name. */
export const domainField = (description: string): INodeProperties => ({
	displayName: 'Domain',
	name: 'domain',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'example.com',
	description,
});

/** A Status filter: one option per status InboxKit uses ("scheduled_for_cancellation" reads "Scheduled for cancellation"). */
export const statusFilterField = (statuses: string[], description: string): INodeProperties => ({
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: statuses.map((status) => ({
		name: status.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
		value: status,
	})),
	default: 'active',
	description,
});

/** The Filters collection of a list: optional fields that narrow what it lists, in this order. */
export const filtersField = (options: INodeProperties[]): INodeProperties => ({
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options,
});

/** A Keyword filter of a list: InboxKit keeps the records whose name contains it. */
export const keywordField = (description: string): INodeProperties => ({
	displayName: 'Keyword',
	name: 'keyword',
	type: 'string',
	default: '',
	description,
});

/** Domain names typed or mapped into one field. */
export const domainListField = (description: string): INodeProperties => ({
	displayName: 'Domains',
	name: 'domains',
	type: 'string',
	typeOptions: { rows: 3 },
	required: true,
	default: '',
	placeholder: 'example.com, example.net',
	description: `${description}. ${LIST_HINT}.`,
});

export function returnAllFields(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

/** n8n's Simplify switch, for lists whose records carry many fields (InboxKitOperation.list). */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

export const REQUEST_OPTIONS_FIELD = 'requestOptions';

/**
 * Reads in flight at once, by default. The limiter spaces call starts (77 a second at most), so
 * this number only has to cover the time a request takes: every request opens a new HTTPS
 * connection (about 3 round trips), so at 120 ms it takes ~0.4 s, and 77 a second need ~30 in
 * flight (README, Benchmark). Fewer would leave the pace unused on slow links; more add nothing.
 */
export const DEFAULT_PARALLEL_REQUESTS = 30;
/** The most reads in flight a user may ask for: the pace then holds up to ~200 ms round trips. */
export const MAX_PARALLEL_REQUESTS = 50;

/**
 * Hidden in the node's AI tool variant (n8n-workflow 2.x names it "...Tool" and shows `@tool`
 * rules there): an agent sends one item per call, so how items are batched or sent in parallel
 * means nothing to it, and n8n would offer to let the model fill these in.
 */
export const HIDDEN_AS_TOOL: INodeProperties['displayOptions'] = { hide: { '@tool': [true] } };

/** How calls are made; shown on every operation, last (not in the tool variant). */
export const requestOptionsField: INodeProperties = {
	displayName: 'Request Options',
	name: REQUEST_OPTIONS_FIELD,
	type: 'collection',
	placeholder: 'Add option',
	default: {},
	displayOptions: HIDDEN_AS_TOOL,
	options: [
		{
			displayName: 'Max Tries for Reads',
			name: 'maxTries',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 10 },
			default: DEFAULT_MAX_TRIES,
			description:
				'How many times a read is sent when InboxKit is unreachable or answers 502, 503 or 504. 429s are waited out separately, up to 60 s. Operations that change data or spend money are always sent once.',
		},
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_PARALLEL_REQUESTS },
			default: DEFAULT_PARALLEL_REQUESTS,
			description: `How many reads (of different input items, or pages of one list) may wait for InboxKit's answer at once. Whatever the number, calls start at most ${MAX_CALLS_PER_SECOND} a second, within InboxKit's 5,000 a minute. Operations that change data or spend money always go one item at a time, in order.`,
		},
		{
			displayName: 'Timeout (Seconds)',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 300 },
			default: DEFAULT_TIMEOUT_SECONDS,
			description: 'How long to wait for InboxKit to answer one request',
		},
	],
};

export const COMBINE_FIELD = 'combineItems';

/** For endpoints that take a list: one request for all input items instead of one per item. */
export const combineItemsField: INodeProperties = {
	displayName: 'Combine Input Items',
	name: COMBINE_FIELD,
	type: 'boolean',
	default: false,
	description:
		'Whether to send the values of all input items together (up to 100 per request), instead of one request per item. Output items are paired back to the input item each result belongs to.',
	displayOptions: HIDDEN_AS_TOOL,
};

export const ALLOW_FOR_AGENTS_FIELD = 'allowForAgents';

/**
 * For operations that spend money (or are sent once): whether an AI agent using the node as its
 * tool may run them. Off by default: an agent's call is then refused before anything is sent.
 */
export const allowForAgentsField: INodeProperties = {
	displayName: 'Allow for AI Agents',
	name: ALLOW_FOR_AGENTS_FIELD,
	type: 'boolean',
	default: false,
	// Shown in the tool variant only (n8n-workflow 2.x's @tool rule); n8n 1.x, which lacks the
	// rule, shows it everywhere.
	displayOptions: { hide: { '@tool': [false] } },
	description:
		"Whether an AI agent that uses this node as a tool may run this operation, with no person checking each call. Off: the agent's call is refused and nothing is sent. Prefer n8n's Human Review for tools when turning it on.",
};
