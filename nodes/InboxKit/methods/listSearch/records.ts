import type {
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	DOMAIN_NAMES,
	DOMAINS,
	firstPosition,
	listPage,
	MAILBOXES,
	PLANS,
	SEQUENCERS,
	WORKSPACES,
	type Listing,
} from '../../shared/listings';
import { nodeForErrors } from '../../shared/redact';
import { editorWorkspace } from '../editorWorkspace';

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
function searchOf(listing: Listing) {
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		let workspaceId: string | undefined;
		if (listing.source.workspaceScoped) {
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
				const matches =
					text === '' ||
					item.name.toLowerCase().includes(text) ||
					String(item.value).toLowerCase().includes(text);
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

export const searchDomains = searchOf(DOMAINS);
export const searchDomainNames = searchOf(DOMAIN_NAMES);
export const searchMailboxes = searchOf(MAILBOXES);
export const searchSequencers = searchOf(SEQUENCERS);
export const searchPlans = searchOf(PLANS);
export const searchWorkspaces = searchOf(WORKSPACES);
