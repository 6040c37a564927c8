import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	INodeProperties,
} from 'n8n-workflow';

import type { Paging, Upload } from './transport';

/** What an operation adds to its call, built from the node's parameters for one input item. */
export interface RequestParts {
	qs?: IDataObject;
	body?: IDataObject;
	/** A file upload (multipart/form-data) instead of a JSON body. */
	upload?: Upload;
	/** Only for endpoints whose path carries a value. */
	path?: string;
}

/**
 * One InboxKit endpoint as one entry: its place in the dropdowns, its fields, and exactly the
 * method, path, query and body it sends. Adding an endpoint is adding one of these.
 */
export interface InboxKitOperation {
	/** Operation dropdown value, unique within its resource. */
	value: string;
	/** Operation dropdown label. */
	name: string;
	/** The sentence shown in the node panel and to AI agents, e.g. "List workspaces". */
	action: string;
	description: string;
	/** The docs.inboxkit.com page this entry follows. */
	docs: string;
	method: IHttpRequestMethods;
	/** Path below /v1/api. */
	path: string;
	/** Sends X-Workspace-Id, and shows the Workspace field. */
	workspaceScoped: boolean;
	/**
	 * Charges the account or changes what it pays. Never sent twice: not retried, refused
	 * under n8n's "Retry On Fail", and its description says that it costs money.
	 */
	spendsMoney?: boolean;
	/** A POST that only reads (search, availability): may be retried like a GET. */
	readsOnly?: boolean;
	/** Non-2xx statuses whose answer is still a result (with `error: false`), not a failure. */
	acceptStatuses?: number[];
	/** Node fields this operation reads; displayOptions for resource and operation are added. */
	fields?: INodeProperties[];
	/** Builds the query and body. Validation errors thrown here stop the call before it is sent. */
	request?: (ctx: IExecuteFunctions, itemIndex: number) => RequestParts | Promise<RequestParts>;
	/** A list endpoint: adds Return All / Limit and returns one item per record. */
	list?: { recordsKey: string; paging: Paging };
	/**
	 * The endpoint takes a list (domains, mailbox ids, ...). Each input item gives entries; with
	 * "Combine Input Items" on, the entries of all items go out in one request and the answer's
	 * records are paired back to the items they came from. Without `request`, a single item's
	 * call is built from its own entries.
	 */
	combine?: CombineSpec;
	/** Turns a successful answer into output items; by default the answer without `error`. */
	output?: (
		answer: IDataObject,
		ctx: IExecuteFunctions,
		itemIndex: number,
	) => IDataObject | IDataObject[];
}

export interface CombineSpec {
	/** The validated entries one input item contributes. */
	entries: (ctx: IExecuteFunctions, itemIndex: number) => IDataObject[] | Promise<IDataObject[]>;
	/** The request for a list of entries; `itemIndex` is the first item's, for field reads shared by all. */
	request: (ctx: IExecuteFunctions, entries: IDataObject[], itemIndex: number) => RequestParts;
	/** The key that pairs an entry with an answer record (e.g. the domain name). */
	entryKey: (entry: IDataObject) => string;
	/** The answer's records, each with the key of the entry it belongs to (undefined: not pairable). */
	results: (answer: IDataObject) => Array<{ key?: string; json: IDataObject }>;
	/** Most entries one request may carry. */
	maxEntries: number;
}

export interface InboxKitResource {
	value: string;
	name: string;
	description: string;
	operations: InboxKitOperation[];
}

/** GETs, and POSTs marked as reads, may be retried; other writes never. */
export function isRetryable(operation: InboxKitOperation): boolean {
	return !operation.spendsMoney && (operation.method === 'GET' || operation.readsOnly === true);
}
