import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { callSettings } from '../shared/callSettings';
import { checkId, fieldError, asText } from '../shared/parameters';
import { nodeForErrors } from '../transport/redact';
import { PAGE_SIZE } from '../transport';
import { firstPosition, listPage, type Listing } from './listing';
import { editorWorkspace, workspaceFor } from './workspace';

/**
 * Searching a listing: the editor's list of a picker (one page per call, narrowed by what the
 * user types), and a lookup's search for the records that match a typed name or address.
 */

/**
 * Pages read for one search when InboxKit cannot narrow the list itself and the typed text
 * matches nothing yet (sequencers): the editor asks for more with the pagination token.
 */
const PAGES_PER_SEARCH = 10;

/**
 * A picker's list: one page of the records of the chosen workspace (the node's Workspace field,
 * else the credential's default) per call, narrowed by what the user types, with n8n's
 * pagination token pointing at the next page.
 */
export function searchOf(listing: Listing) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		let workspaceId: string | undefined;
		if (listing.workspaceScoped) {
			workspaceId = await editorWorkspace(this);
			if (workspaceId === undefined) {
				throw new NodeOperationError(
					nodeForErrors(this.getNode()),
					`Choose a workspace to list its ${listing.plural}`,
					{
						description:
							'Pick one in the "Workspace" field, or set "Default Workspace ID" in the InboxKit credential.',
					},
				);
			}
		}
		const text = (filter ?? '').trim().toLowerCase();
		const token = Number(paginationToken);
		let position: number | undefined =
			paginationToken && Number.isInteger(token) && token >= 0 ? token : firstPosition(listing);
		const results: INodeListSearchItems[] = [];
		for (let pages = 0; position !== undefined && pages < PAGES_PER_SEARCH; pages++) {
			const page = await listPage(this, listing, {
				position,
				search: text && listing.search ? listing.search(text) : undefined,
				workspaceId,
			});
			for (const record of page.records) {
				const item = listing.item(record);
				if (!item) continue;
				// Empty text matches every name.
				const matches =
					item.name.toLowerCase().includes(text) || String(item.value).toLowerCase().includes(text);
				if (matches) results.push(item);
			}
			position = page.next;
			if (results.length > 0) break;
		}
		return {
			results,
			...(position !== undefined ? { paginationToken: String(position) } : {}),
		};
	};
}

/** Pages one lookup reads at most (5,000 records): past that, the name is too vague to search. */
const MAX_LOOKUP_PAGES = 50;

/**
 * The records of the workspace that InboxKit gives for `search`, each once: a record on two pages
 * (the list shifted while it was read) is one record.
 */
async function findRecords(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	listing: Listing,
	search: IDataObject,
): Promise<IDataObject[]> {
	const workspaceId = await workspaceFor(ctx, itemIndex);
	const settings = callSettings(ctx, itemIndex);
	const records: IDataObject[] = [];
	const seen = new Set<string>();
	let position: number | undefined = firstPosition(listing);
	for (let pages = 0; position !== undefined; pages++) {
		if (pages === MAX_LOOKUP_PAGES) {
			throw fieldError(
				ctx,
				itemIndex,
				label,
				`matches more than ${MAX_LOOKUP_PAGES * PAGE_SIZE} ${listing.plural} to look through`,
				`Pick the ${listing.noun} from the list, or give its ID.`,
			);
		}
		const page = await listPage(ctx, listing, { position, search, workspaceId, settings });
		for (const record of page.records) {
			const uid = typeof record.uid === 'string' ? record.uid : undefined;
			if (uid !== undefined && seen.has(uid)) continue;
			if (uid !== undefined) seen.add(uid);
			records.push(record);
		}
		position = page.next;
	}
	return records;
}

/**
 * The uid of the one record of the workspace whose `key` is `given` (a name, an address), or
 * the "none" / "several" error, naming the field.
 */
export async function findOne(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	listing: Listing,
	{
		given,
		search,
		key,
		by,
	}: { given: string; search: IDataObject; key: (record: IDataObject) => string; by: string },
): Promise<string> {
	const records = await findRecords(ctx, itemIndex, label, listing, search);
	const matches = records.filter((record) => key(record) === given);
	const pickInstead = `Pick the ${listing.noun} from the list, or give its ID.`;
	if (matches.length === 0) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${given}", but the workspace has no ${listing.noun} with that ${by}`,
			`Check the spelling and the workspace. ${pickInstead}`,
		);
	}
	if (matches.length > 1) {
		// Their uids, so the user can give the right one By ID.
		const uids = matches.slice(0, 5).map((record) => String(record.uid));
		const more = matches.length > 5 ? ', ...' : '';
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${given}", which matches ${matches.length} ${listing.plural} of the workspace (${uids.join(', ')}${more})`,
			pickInstead,
		);
	}
	return checkId(ctx, itemIndex, label, asText(ctx, itemIndex, label, matches[0].uid, true));
}
