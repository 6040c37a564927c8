import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeProperties,
} from 'n8n-workflow';

import type { Paging } from './transport';
import type { ErrorHint } from './transport/call';
import type { RateClass } from './transport/rateLimiter';

/**
 * How sure we are of an endpoint's method, path and body, strongest first
 * (README's operations table gives each entry's): a docs page's body; public client code that called the
 * live API; public client code; the docs sidebar only (name and method, never the path); nothing
 * (we follow confirmed neighbours).
 */
export type Evidence = 'docs' | 'live' | 'client' | 'docs-nav' | 'assumed';

/** What an operation adds to its call, built from the node's parameters for one input item. */
export interface RequestParts {
	qs?: IDataObject;
	body?: IDataObject;
	/** Only for endpoints whose path carries a value. */
	path?: string;
}

/** What went out, as output callbacks see it: they show what was asked for, not re-read it. */
export interface SentRequest {
	path: string;
	qs: IDataObject;
	body: IDataObject;
}

/**
 * One InboxKit endpoint as one entry, in its own file: its place in the dropdowns, its fields,
 * and exactly the method, path, query and body it sends. Adding an endpoint is adding one of
 * these and naming it in its resource's index.
 */
export interface InboxKitOperation {
	/** Operation dropdown value, unique within its resource. */
	value: string;
	/** Operation dropdown label. */
	name: string;
	/** The sentence shown in the node panel and to AI agents, e.g. "List workspaces". */
	action: string;
	description: string;
	/** The docs.inboxkit.com page (or docs section) this entry follows. */
	docs: string;
	/** The strongest evidence for what this entry sends. */
	evidence: Evidence;
	/** What is guessed, in one sentence, wherever something is (shown in README's known limits). */
	assumed?: string;
	method: IHttpRequestMethods;
	/** Path below /v1/api, written out in full so that grepping the path finds this file. */
	path: string;
	/** Sends X-Workspace-Id, and shows the Workspace field. */
	workspaceScoped: boolean;
	/**
	 * Charges the account or changes what it pays. Sent once (see isSentOnce), and its
	 * description says that it costs money.
	 */
	charges?: boolean;
	/**
	 * Sent once like a purchase, though it charges nothing (Cancel Mailboxes): see isSentOnce.
	 * Its `destroys` sentence says what it does instead.
	 */
	sentOnce?: boolean;
	/** The narrower rate limit InboxKit gives this endpoint (domain search, bulk buy), if any. */
	rateClass?: RateClass;
	/**
	 * Deletes or cancels something, said as the start of a sentence ("Deletes the workspace").
	 * The node shows it as a warning notice and in the dropdown, in place of the "charges" wording
	 * of `charges`. Unless `undo` says how to
	 * take it back, the warning adds that it cannot be undone from n8n.
	 */
	destroys?: string;
	/** How a destructive operation is taken back, where it can be ("Uncancel Mailboxes undoes it"). */
	undo?: string;
	/** A POST that only reads (search, availability): may be retried like a GET. */
	readsOnly?: boolean;
	/** Non-2xx statuses whose answer is still a result (with `error: false`), not a failure. */
	acceptStatuses?: number[];
	/**
	 * What a failed answer means for this endpoint (Cloudflare's 409 codes, "connect first"),
	 * said in the error instead of the status's usual hint.
	 */
	errorHint?: ErrorHint;
	/** Node fields this operation reads; displayOptions for resource and operation are added. */
	fields?: INodeProperties[];
	/** Builds the query and body. Validation errors thrown here stop the call before it is sent. */
	request?: (ctx: IExecuteFunctions, itemIndex: number) => RequestParts | Promise<RequestParts>;
	/**
	 * A list endpoint: adds Return All / Limit and returns one item per record. With `simplify`,
	 * the node also offers n8n's Simplify switch (on by default), which turns each record into
	 * the fields a workflow needs most; off returns InboxKit's record unchanged.
	 */
	list?: {
		recordsKey: string;
		paging: Paging;
		simplify?: (record: IDataObject) => IDataObject;
		/** When Return All / Limit apply to some settings only: n8n's `show` for them. */
		show?: Record<string, Array<string | number | boolean>>;
	};
	/**
	 * The endpoint takes a list (domains, mailbox ids, ...); see CombineSpec. Such an operation
	 * has no `request` or `output` of its own: both modes build and read the call the same way.
	 */
	combine?: CombineSpec;
	/**
	 * A read of one record: the output is the record under `key` (as Get Many's records are
	 * output), not InboxKit's envelope around it; with `simplify`, the node offers Simplify as
	 * the list does. An answer without that key is output as it came.
	 */
	record?: { key: string; simplify?: (record: IDataObject) => IDataObject };
	/** Turns a successful answer into output items; by default the answer without `error`. */
	output?: (answer: IDataObject, sent: SentRequest) => IDataObject | IDataObject[];
}

/**
 * A value that applies to a whole request (the forwarding URL, the wallet flag, ...). Each input
 * item gives its own; combined items must agree, or the runner refuses before sending, naming
 * the field.
 */
export interface SharedSetting {
	/** The request key the value goes under. */
	key: string;
	/** The field as the user sees it. */
	label: string;
	/** The checked value for one item; undefined leaves the key out. */
	read: (ctx: IExecuteFunctions, itemIndex: number) => unknown;
}

export interface CombineRequest {
	ctx: IExecuteFunctions;
	/** The first input item of the request, for errors. */
	itemIndex: number;
	entries: IDataObject[];
	/** The shared settings, one value for the whole request (undefined ones left out). */
	shared: IDataObject;
}

/**
 * An endpoint that takes a list. Each input item gives entries; with "Combine Input Items" on,
 * the entries of many items go out in one request and the answer's records are paired back to
 * the items they came from. Without it, each item's entries go out alone, the same way. Reads
 * always go together (runner/bulkReads.ts) and have no such switch.
 */
export interface CombineSpec {
	/** The validated entries one input item contributes. */
	entries: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject[] | Promise<IDataObject[]>;
	/** Values for the whole request; checked equal across combined items by the runner. */
	shared?: SharedSetting[];
	/** The request for a list of entries and the shared settings. */
	request: (parts: CombineRequest) => RequestParts;
	/** The key that pairs an entry with an answer record (e.g. the domain name). */
	entryKey: (entry: IDataObject) => string;
	/** The answer's records, each with the key of the entry it belongs to (undefined: not pairable). */
	results: (answer: IDataObject, sent: SentRequest) => Array<{ key?: string; json: IDataObject }>;
	/** Most entries one request may carry. */
	maxEntries: number;
	/**
	 * The items that use the list endpoint this way, where the operation also has another way
	 * (Check Status by domain is a paged list, by mailbox a list of uids): the others go through
	 * the operation's own `request` and `list`. Left out: every item.
	 */
	onlyWhen?: (ctx: IExecuteFunctions, itemIndex: number) => boolean;
	/**
	 * The field the entries come from, as the user sees it ("Domains"). For purchases, entries
	 * with the same key are refused before anything is sent, naming this field.
	 */
	entriesLabel: string;
}

export interface InboxKitResource {
	value: string;
	name: string;
	description: string;
	/** The operation the dropdown opens on: one that only reads, where the resource has one. */
	defaultOperation: string;
	/** In dropdown order (alphabetical by name, as n8n lists them). */
	operations: InboxKitOperation[];
}

/**
 * Operations guarded like purchases: every item checked before the first is sent, never retried,
 * refused under n8n's "Retry On Fail", refused when repeated within an execution, and refused as
 * an AI agent's tool unless the node allows it.
 */
export function isSentOnce(operation: InboxKitOperation): boolean {
	return operation.charges === true || operation.sentOnce === true;
}

/** GETs, and POSTs marked as reads, may be retried; other writes never. */
export function isRetryable(operation: InboxKitOperation): boolean {
	return !isSentOnce(operation) && (operation.method === 'GET' || operation.readsOnly === true);
}
