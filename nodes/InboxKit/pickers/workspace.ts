import type {
	IExecuteFunctions,
	IHookFunctions,
	ILoadOptionsFunctions,
	INodeProperties,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { checkId, fieldError } from '../shared/parameters';
import { savedParameters } from '../shared/nodeSettings';
import { nodeForErrors } from '../transport/redact';
import { credentialOf } from '../transport';
import { listOf, nameOr, uidOf, type Listing } from './listing';

/**
 * Workspaces: the field every workspace-level call reads, and the one rule for which workspace
 * a call acts in, at run time (workspaceFor) and in the editor (editorWorkspace). The InboxKit
 * Trigger uses the same field and rule.
 */

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

export const WORKSPACES: Listing = {
	noun: 'workspace',
	plural: 'workspaces',
	method: 'GET',
	path: '/workspaces/list',
	workspaceScoped: false,
	paging: 'none',
	records: listOf('workspaces'),
	// A workspace without a uid cannot be picked: there would be nothing to send.
	item: (record) => {
		const value = uidOf(record);
		return value ? { name: nameOr(record, value), value } : undefined;
	},
};

type RunContext = IExecuteFunctions | IHookFunctions | IPollFunctions;

/** Whether the Workspace field was left empty: no value and no expression. */
function workspaceLeftEmpty(ctx: RunContext): boolean {
	const raw = savedParameters(ctx)[WORKSPACE_FIELD] as unknown;
	const value = raw !== null && typeof raw === 'object' ? (raw as { value?: unknown }).value : raw;
	return value === undefined || value === null || value === '';
}

/**
 * The one rule for the workspace a call acts in: the node's pick, else the credential's default.
 * The default applies only to a field left empty: an expression that gives no usable ID (a typo
 * such as `$json.wss`) is an error, never a silent switch to the default workspace.
 */
async function pickedOrDefault(
	ctx: RunContext,
	picked: () => unknown,
	itemIndex: number | undefined,
	asking: 'operation' | 'trigger',
): Promise<string> {
	if (!workspaceLeftEmpty(ctx)) {
		const value = picked();
		if (typeof value !== 'string' || value.trim() === '') {
			// Numbers as written: JSON would show NaN and Infinity as "null".
			const given =
				typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? 'nothing');
			throw fieldError(
				ctx,
				itemIndex,
				'Workspace',
				`must hold a workspace ID, but its value is ${value === '' ? 'empty' : given}`,
				'Check the expression in the "Workspace" field, or clear the field to use the default workspace of the credential.',
			);
		}
		return checkId(ctx, itemIndex, 'Workspace', value.trim());
	}
	const { workspaceId } = await credentialOf(ctx);
	if (typeof workspaceId === 'string' && workspaceId.trim() !== '') {
		return checkId(ctx, itemIndex, 'Default Workspace ID (credential)', workspaceId.trim());
	}
	throw new NodeOperationError(
		nodeForErrors(ctx.getNode()),
		`No workspace chosen for this ${asking}`,
		{
			itemIndex,
			description:
				'Pick one in the "Workspace" field, or set "Default Workspace ID" in the InboxKit credential.',
		},
	);
}

/** The workspace of a workspace-level call, for one input item. */
export async function workspaceFor(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	const picked = () =>
		ctx.getNodeParameter(WORKSPACE_FIELD, itemIndex, '', { extractValue: true }) as unknown;
	return await pickedOrDefault(ctx, picked, itemIndex, 'operation');
}

/** The workspace of a trigger (its activation, its polls), which has no input items. */
export async function triggerWorkspace(ctx: IHookFunctions | IPollFunctions): Promise<string> {
	const picked = () => ctx.getNodeParameter(WORKSPACE_FIELD, '', { extractValue: true }) as unknown;
	return await pickedOrDefault(ctx, picked, undefined, 'trigger');
}

/**
 * The workspace the editor's lists load from: the one picked in the node's Workspace field,
 * else the credential's default; undefined when neither is set. An expression in the field
 * cannot be worked out in the editor, so the default applies then too.
 */
export async function editorWorkspace(ctx: ILoadOptionsFunctions): Promise<string | undefined> {
	let picked: unknown;
	try {
		picked = ctx.getCurrentNodeParameter(WORKSPACE_FIELD, { extractValue: true });
	} catch {
		// No Workspace field value in the editor (yet): the credential's default applies.
	}
	if (typeof picked === 'string' && picked.trim() !== '' && !picked.startsWith('='))
		return picked.trim();
	const { workspaceId } = await credentialOf(ctx);
	return typeof workspaceId === 'string' && workspaceId.trim() !== ''
		? workspaceId.trim()
		: undefined;
}
