import type { INodeProperties } from 'n8n-workflow';

import { DEFAULT_MAX_TRIES, DEFAULT_TIMEOUT_SECONDS } from '../transport/retryPolicy';
import {
	domainPicker,
	mailboxPicker,
	PICKED_DOMAINS,
	PICKED_MAILBOXES,
	PICKED_SEQUENCERS,
	picksFields,
	sequencerPicker,
} from './pickers';

/** Fields several operations share. Display options are added where they are used. */

export const WORKSPACE_FIELD = 'workspace';

/** The workspace a workspace-level call acts in, sent as X-Workspace-Id. */
export const workspaceField: INodeProperties = {
	displayName: 'Workspace',
	name: WORKSPACE_FIELD,
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description:
		'The workspace to act in (By ID takes its "uid"). Leave empty to use the default workspace set in the credential.',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchWorkspaces', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 8f2c1a7e-...',
		},
	],
};

/** A required pick of one workspace, for the Workspace resource's own operations. */
export function workspacePicker(displayName: string, description: string): INodeProperties {
	return {
		...workspaceField,
		displayName,
		name: 'workspaceUid',
		required: true,
		description: `${description}. By ID takes its "uid".`,
	};
}

/** Ends without a full stop: the descriptions that use it add one (n8n's linter wants it there). */
const LIST_HINT =
	'Separate them with commas or new lines, or give an expression that returns a list';

/** A list of InboxKit IDs typed or mapped into one field. */
function idListField(
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

/** Mailbox IDs (Cancel, Check Status, Export, email forwarding). */
export const mailboxIdsField = (description: string): INodeProperties =>
	idListField(
		'Mailbox IDs',
		'mailboxIds',
		'mbx_jane01, mbx_john02',
		`${description}: the "uid" of each mailbox`,
	);

/** Domain IDs (forwarding, catch-all, status by domain). */
export const domainIdsField = (description: string): INodeProperties =>
	idListField(
		'Domain IDs',
		'domainIds',
		'dom_acme01, dom_acme02',
		`${description}: the "uid" of each domain, as "Get Many" shows it`,
	);

/** Sequencer IDs (Delete). */
export const sequencerIdsField = (description: string): INodeProperties =>
	idListField(
		'Sequencer IDs',
		'sequencerIds',
		'seq_smart01, seq_smart02',
		`${description}: the "uid" of each sequencer`,
	);

/** One mailbox: a picker (From List, By ID, By Email); read with shared/locate readMailboxUid. */
export const mailboxIdField = (description: string): INodeProperties => mailboxPicker(description);

/** Mailboxes picked one by one, and Mailbox IDs typed or mapped; read with locate readPicked. */
export const mailboxesFields = (description: string): INodeProperties[] =>
	picksFields(
		PICKED_MAILBOXES,
		mailboxPicker(description),
		mailboxIdsField(description),
		description,
	);

/** Domains picked one by one, and Domain IDs typed or mapped; read with locate readPicked. */
export const domainsFields = (description: string): INodeProperties[] =>
	picksFields(PICKED_DOMAINS, domainPicker(description), domainIdsField(description), description);

/** Sequencers picked one by one, and Sequencer IDs typed or mapped; read with locate readPicked. */
export const sequencersFields = (description: string): INodeProperties[] =>
	picksFields(
		PICKED_SEQUENCERS,
		sequencerPicker(description),
		sequencerIdsField(description),
		description,
	);

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
 * Reads in flight at once, by default. The limiter spaces call starts (80 a second at most), so
 * this number only has to cover the time a request takes: every request opens a new HTTPS
 * connection (about 3 round trips), so at 120 ms it takes ~0.4 s, and 80 a second need ~30 in
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
			description:
				"How many reads (of different input items, or pages of one list) may wait for InboxKit's answer at once. Whatever the number, calls start at most 80 a second, within InboxKit's 5,000 a minute. Operations that change data or spend money always go one item at a time, in order.",
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
