import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	isRetryable,
	type CombineSpec,
	type InboxKitOperation,
	type RequestParts,
	type SentRequest,
} from '../operation';
import { REQUEST_OPTIONS_FIELD, WORKSPACE_FIELD } from '../shared/fields';
import { checkId, checkInteger, readCollection } from '../shared/parameters';
import { nodeForErrors } from '../shared/redact';
import { CREDENTIAL_NAME, type CallSettings, type InboxKitCall } from '../transport';
import { DEFAULT_MAX_TRIES, DEFAULT_TIMEOUT_SECONDS } from '../transport/retryPolicy';

/** From the node's parameters to one call: what every operation's request shares. */

export function callSettings(ctx: IExecuteFunctions, itemIndex: number): CallSettings {
	const options = readCollection(ctx, REQUEST_OPTIONS_FIELD, itemIndex);
	return {
		maxTries: checkInteger(
			ctx,
			itemIndex,
			'Max Tries for Reads',
			options.maxTries ?? DEFAULT_MAX_TRIES,
			{
				min: 1,
				max: 10,
			},
		),
		timeoutSeconds: checkInteger(
			ctx,
			itemIndex,
			'Timeout (Seconds)',
			options.timeout ?? DEFAULT_TIMEOUT_SECONDS,
			{
				min: 1,
				max: 300,
			},
		),
		itemIndex,
	};
}

/** The workspace of a workspace-level call: the node's pick, else the credential's default. */
export async function workspaceFor(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	const picked = ctx.getNodeParameter(WORKSPACE_FIELD, itemIndex, '', {
		extractValue: true,
	}) as unknown;
	if (typeof picked === 'string' && picked.trim() !== '')
		return checkId(ctx, itemIndex, 'Workspace', picked.trim());
	const { workspaceId } = await ctx.getCredentials(CREDENTIAL_NAME);
	if (typeof workspaceId === 'string' && workspaceId.trim() !== '') {
		return checkId(ctx, itemIndex, 'Default Workspace ID (credential)', workspaceId.trim());
	}
	throw new NodeOperationError(
		nodeForErrors(ctx.getNode()),
		'No workspace chosen for this operation',
		{
			itemIndex,
			description:
				'Pick one in the "Workspace" field, or set "Default Workspace ID" in the InboxKit credential.',
		},
	);
}

/** The shared settings one item gives (see SharedSetting), undefined ones left out. */
export function sharedSettingsOf(
	ctx: IExecuteFunctions,
	combine: CombineSpec,
	itemIndex: number,
): IDataObject {
	const shared: IDataObject = {};
	for (const setting of combine.shared ?? []) {
		const value = setting.read(ctx, itemIndex);
		if (value !== undefined) shared[setting.key] = value as IDataObject[string];
	}
	return shared;
}

/** One item's request: its own builder, or its entries as a list endpoint takes them. */
export async function requestOf(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemIndex: number,
): Promise<RequestParts> {
	const { combine } = operation;
	if (combine) {
		const entries = await combine.entries(ctx, itemIndex);
		return combine.request({
			ctx,
			itemIndex,
			entries,
			shared: sharedSettingsOf(ctx, combine, itemIndex),
		});
	}
	return operation.request ? await operation.request(ctx, itemIndex) : {};
}

/** No source shows the path: it is inferred from the docs index, or assumed. */
function guessesItsPath(operation: InboxKitOperation): boolean {
	return operation.evidence === 'docs-nav' || operation.evidence === 'assumed';
}

export function callFor(
	operation: InboxKitOperation,
	parts: RequestParts,
	workspaceId: string | undefined,
): InboxKitCall {
	return {
		method: operation.method,
		path: parts.path ?? operation.path,
		qs: parts.qs,
		body: parts.body,
		workspaceId,
		retryable: isRetryable(operation),
		acceptStatuses: operation.acceptStatuses,
		guessedRoute: guessesItsPath(operation) ? { docs: operation.docs } : undefined,
	};
}

export function sentOf(operation: InboxKitOperation, parts: RequestParts): SentRequest {
	return { path: parts.path ?? operation.path, qs: parts.qs ?? {}, body: parts.body ?? {} };
}
