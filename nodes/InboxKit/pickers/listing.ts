import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	ILoadOptionsFunctions,
	INodeListSearchItems,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { nodeForErrors } from '../transport/redact';
import { callInboxKit, PAGE_SIZE, type CallSettings, type Paging } from '../transport';
import { isRecord } from '../transport/answerShape';

/**
 * The records a kind's picker offers and its By Name / By Email lookups search: which list
 * request gives them (one page at a time), how InboxKit narrows it to a typed text, and what a
 * picker shows and stores for each. One place for both the editor's lists and the node's lookups.
 */
export interface Listing {
	/** "domain", for messages. */
	noun: string;
	plural: string;
	/** The list request (the same as the kind's Get Many entry; a test holds them equal). */
	method: IHttpRequestMethods;
	path: string;
	/** Sent with X-Workspace-Id: the editor needs a workspace to list them. */
	workspaceScoped: boolean;
	paging: Paging;
	records: (answer: IDataObject) => IDataObject[] | undefined;
	/** What InboxKit narrows the list with, for a typed text (where it can search). */
	search?: (text: string) => IDataObject;
	/** What a picker shows for a record, and the value it stores. */
	item: (record: IDataObject) => INodeListSearchItems | undefined;
}

export const listOf = (key: string) => (answer: IDataObject) =>
	Array.isArray(answer[key]) ? (answer[key] as IDataObject[]) : undefined;

export const uidOf = (record: IDataObject) =>
	typeof record.uid === 'string' && record.uid !== '' ? record.uid : undefined;

/** A record's name, or `value` (its uid) where it has none. */
export const nameOr = (record: IDataObject, value: string) =>
	typeof record.name === 'string' && record.name !== '' ? record.name : value;

export interface Page {
	records: IDataObject[];
	/** Where the next page starts (page number or offset); undefined on the last page. */
	next?: number;
}

/** The first position of a list: page 1, or offset 0. */
export const firstPosition = (listing: Listing) => (listing.paging === 'page' ? 1 : 0);

/** One page of a listing, from `position` on, narrowed by `search`. */
export async function listPage(
	ctx: IExecuteFunctions | ILoadOptionsFunctions,
	listing: Listing,
	{
		position,
		search,
		workspaceId,
		settings,
	}: { position: number; search?: IDataObject; workspaceId?: string; settings?: CallSettings },
): Promise<Page> {
	const { method, path } = listing;
	const paged =
		listing.paging === 'page'
			? { page: position, limit: PAGE_SIZE }
			: listing.paging === 'offset'
				? { limit: PAGE_SIZE, offset: position }
				: {};
	const parts = { ...search, ...paged };
	const answer = await callInboxKit.call(
		ctx,
		{
			method,
			path,
			...(method === 'GET' ? { qs: parts } : { body: parts }),
			workspaceId,
			retryable: true,
		},
		settings,
	);
	const listed = listing.records(answer);
	if (!listed) {
		throw new NodeOperationError(
			nodeForErrors(ctx.getNode()),
			`InboxKit's answer to ${method} ${path} holds no list of ${listing.plural}`,
		);
	}
	// A null or a text among the records names nothing to pick or find: it is passed over (the
	// page still counts whole for where the next one starts).
	const records = listed.filter(isRecord);
	return { records, next: nextPosition(listing.paging, position, listed.length, answer) };
}

function nextPosition(
	paging: Paging,
	position: number,
	count: number,
	answer: IDataObject,
): number | undefined {
	if (paging === 'none' || count === 0) return undefined;
	const pages = Number(answer.pages);
	const total = Number(answer.total);
	if (paging === 'page') {
		if (Number.isFinite(pages)) return position < pages ? position + 1 : undefined;
		return count >= PAGE_SIZE ? position + 1 : undefined;
	}
	if (Number.isFinite(total)) return position + count < total ? position + count : undefined;
	return count >= PAGE_SIZE ? position + count : undefined;
}
