import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { callInboxKitForRecords } from '../../transport';
import { getMany as listWorkspaces } from '../../resources/workspace/getMany';

/** Workspaces for the Workspace pickers, filtered by name or UID as the user types. */
export async function searchWorkspaces(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const records = await callInboxKitForRecords.call(
		this,
		{ method: listWorkspaces.method, path: listWorkspaces.path, retryable: true },
		listWorkspaces.list!.recordsKey,
		listWorkspaces.list!.paging,
		undefined,
	);
	const needle = filter?.trim().toLowerCase() ?? '';
	const results = records
		.map((workspace: IDataObject) => ({
			name: String(workspace.name ?? workspace.uid),
			value: String(workspace.uid),
		}))
		.filter(
			({ name, value }) =>
				needle === '' ||
				name.toLowerCase().includes(needle) ||
				value.toLowerCase().includes(needle),
		);
	return { results };
}
