import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchItems,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { InboxKitOperation } from '../operation';
import { getPricingPlans } from '../resources/billing/getPricingPlans';
import { getMany as listDomains } from '../resources/domain/getMany';
import { getMany as listMailboxes } from '../resources/mailbox/getMany';
import { getMany as listSequencers } from '../resources/sequencer/getMany';
import { getMany as listWorkspaces } from '../resources/workspace/getMany';
import { callInboxKit, PAGE_SIZE, type CallSettings, type Paging } from '../transport';
import { isRecord } from '../transport/answerShape';
import { fullDomainName, mailboxAddress } from './records';
import { nodeForErrors } from './redact';

/**
 * The records the pickers offer and the By Name / By Email lookups search: which list request
 * gives them (one page at a time), how InboxKit narrows it to a typed text, and what a picker
 * shows and stores for each. One place for both the editor's lists and the node's lookups.
 */
export interface Listing {
	/** "domain", for messages. */
	noun: string;
	plural: string;
	/** The operation whose request lists them: its method and path are the list's. */
	source: InboxKitOperation;
	paging: Paging;
	records: (answer: IDataObject) => IDataObject[] | undefined;
	/** What InboxKit narrows the list with, for a typed text (where it can search). */
	search?: (text: string) => IDataObject;
	/** What a picker shows for a record, and the value it stores. */
	item: (record: IDataObject) => INodeListSearchItems | undefined;
}

const listOf = (key: string) => (answer: IDataObject) =>
	Array.isArray(answer[key]) ? (answer[key] as IDataObject[]) : undefined;

const uidOf = (record: IDataObject) =>
	typeof record.uid === 'string' && record.uid !== '' ? record.uid : undefined;

/** A record's name, or `value` (its uid) where it has none. */
const nameOr = (record: IDataObject, value: string) =>
	typeof record.name === 'string' && record.name !== '' ? record.name : value;

/** A domain as the Domain pickers show it: its full name (label and TLD joined). */
function domainItem(value: (record: IDataObject) => string | undefined) {
	return (record: IDataObject): INodeListSearchItems | undefined => {
		const name = fullDomainName(record);
		const stored = value(record);
		return name && stored ? { name, value: stored } : undefined;
	};
}

/** Domains match on their label: a record's name may lack the TLD that the user types. */
const domainSearch = (text: string) => ({ keyword: text.split('.')[0] });

export const DOMAINS: Listing = {
	noun: 'domain',
	plural: 'domains',
	source: listDomains,
	paging: 'page',
	records: listOf('domains'),
	search: domainSearch,
	item: domainItem(uidOf),
};

/** The same domains, where the field takes the domain's name rather than its uid (Buy). */
export const DOMAIN_NAMES: Listing = {
	...DOMAINS,
	item: domainItem((record) => fullDomainName(record) || undefined),
};

export const MAILBOXES: Listing = {
	noun: 'mailbox',
	plural: 'mailboxes',
	source: listMailboxes,
	paging: 'page',
	records: listOf('mailboxes'),
	// InboxKit's keyword matches the address or the name; the part before the @ is what both have.
	search: (text: string) => ({ keyword: text.split('@')[0] }),
	item: (record) => {
		const name = mailboxAddress(record);
		const value = uidOf(record);
		return name && value ? { name, value } : undefined;
	},
};

export const SEQUENCERS: Listing = {
	noun: 'sequencer',
	plural: 'sequencers',
	source: listSequencers,
	paging: 'offset',
	records: listOf('data'),
	// No search in /sequencers/list: the typed text is matched here.
	item: (record) => {
		const value = uidOf(record);
		if (!value) return undefined;
		const name = nameOr(record, value);
		return {
			name: typeof record.platform === 'string' ? `${name} (${record.platform})` : name,
			value,
		};
	},
};

export const PLANS: Listing = {
	noun: 'plan',
	plural: 'plans',
	source: getPricingPlans,
	paging: 'none',
	// The sandbox answers plans[] of uid, name, pricing, cycle; other keys are taken too.
	records: (answer) =>
		listOf('plans')(answer) ?? listOf('data')(answer) ?? listOf('pricing_plans')(answer),
	item: (record) => {
		const value = uidOf(record) ?? (typeof record.id === 'string' ? record.id : undefined);
		if (!value) return undefined;
		const name = nameOr(record, value);
		const price =
			record.pricing !== undefined && record.cycle !== undefined
				? ` (${String(record.pricing)} / ${String(record.cycle)})`
				: '';
		return { name: `${name}${price}`, value };
	},
};

export const WORKSPACES: Listing = {
	noun: 'workspace',
	plural: 'workspaces',
	source: listWorkspaces,
	paging: 'none',
	records: listOf('workspaces'),
	// A workspace without a uid cannot be picked: there would be nothing to send.
	item: (record) => {
		const value = uidOf(record);
		return value ? { name: nameOr(record, value), value } : undefined;
	},
};

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
	const { method, path } = listing.source;
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
