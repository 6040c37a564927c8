import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { isRetryable, type InboxKitOperation } from './operation';
import { RESOURCES } from './resources';
import { checkId, checkInteger, readCollection } from './shared/parameters';
import { REQUEST_OPTIONS_FIELD, WORKSPACE_FIELD } from './shared/fields';
import {
	callInboxKit,
	callInboxKitForRecords,
	CREDENTIAL_NAME,
	type CallSettings,
	type InboxKitCall,
} from './transport';
import { DEFAULT_MAX_TRIES, DEFAULT_TIMEOUT_SECONDS } from './transport/retryPolicy';

export function findOperation(ctx: IExecuteFunctions, resource: string, operation: string): InboxKitOperation {
	const found = RESOURCES.find((r) => r.value === resource)?.operations.find((o) => o.value === operation);
	if (!found) {
		throw new NodeOperationError(ctx.getNode(), `The operation "${operation}" of resource "${resource}" is not known to this node`);
	}
	return found;
}

function callSettings(ctx: IExecuteFunctions, itemIndex: number): CallSettings {
	const options = readCollection(ctx, REQUEST_OPTIONS_FIELD, itemIndex);
	return {
		maxTries: checkInteger(ctx, itemIndex, 'Max Tries for Reads', options.maxTries ?? DEFAULT_MAX_TRIES, { min: 1, max: 10 }),
		timeoutSeconds: checkInteger(ctx, itemIndex, 'Timeout (Seconds)', options.timeout ?? DEFAULT_TIMEOUT_SECONDS, { min: 1, max: 300 }),
		itemIndex,
	};
}

async function workspaceFor(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	const picked = ctx.getNodeParameter(WORKSPACE_FIELD, itemIndex, '', { extractValue: true }) as unknown;
	if (typeof picked === 'string' && picked.trim() !== '') return checkId(ctx, itemIndex, 'Workspace', picked.trim());
	const { workspaceId } = await ctx.getCredentials(CREDENTIAL_NAME);
	if (typeof workspaceId === 'string' && workspaceId.trim() !== '') {
		return checkId(ctx, itemIndex, 'Default Workspace ID (credential)', workspaceId.trim());
	}
	throw new NodeOperationError(ctx.getNode(), 'No workspace chosen for this operation', {
		itemIndex,
		description: 'Pick one in the "Workspace" field, or set "Default Workspace ID" in the InboxKit credential.',
	});
}

/** The answer as the user wants it: InboxKit's `error: false` flag says nothing on success. */
function withoutEnvelope(answer: IDataObject): IDataObject {
	const rest = { ...answer };
	delete rest.error;
	return rest;
}

/** Runs one operation for one input item and returns its output records. */
export async function runOperation(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemIndex: number,
): Promise<IDataObject[]> {
	const settings = callSettings(ctx, itemIndex);
	const workspaceId = operation.workspaceScoped ? await workspaceFor(ctx, itemIndex) : undefined;
	const parts = (await operation.request?.(ctx, itemIndex)) ?? {};
	const call: InboxKitCall = {
		method: operation.method,
		path: parts.path ?? operation.path,
		qs: parts.qs,
		body: parts.body,
		workspaceId,
		retryable: isRetryable(operation),
	};

	if (operation.list) {
		const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll
			? undefined
			: checkInteger(ctx, itemIndex, 'Limit', ctx.getNodeParameter('limit', itemIndex), { min: 1, max: 100_000 });
		return await callInboxKitForRecords.call(ctx, call, operation.list.recordsKey, operation.list.paging, limit, settings);
	}

	const answer = await callInboxKit.call(ctx, call, settings);
	const output = operation.output ? operation.output(answer, ctx, itemIndex) : withoutEnvelope(answer);
	return Array.isArray(output) ? output : [output];
}

function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	const { description, httpCode } = error as NodeApiError;
	if (description) json.description = description;
	if (httpCode) json.httpCode = httpCode;
	return { json, pairedItem: { item: itemIndex } };
}

/** Our errors pass through as they are (wrapping them again hides InboxKit's message). */
function asNodeError(ctx: IExecuteFunctions, error: Error, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(ctx.getNode(), error, { itemIndex });
}

export async function executeInboxKit(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const operation = findOperation(
		this,
		this.getNodeParameter('resource', 0) as string,
		this.getNodeParameter('operation', 0) as string,
	);

	// n8n's "Retry On Fail" re-runs every item, including those already bought.
	if (operation.spendsMoney && this.getNode().retryOnFail) {
		throw new NodeOperationError(this.getNode(), `"${operation.action}" spends money, so it must not run with "Retry On Fail"`, {
			description: 'Turn off "Retry On Fail" in the node settings: a retry would send the whole purchase again and may charge twice.',
		});
	}

	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const records = await runOperation(this, operation, itemIndex);
			for (const json of records) output.push({ json, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (this.continueOnFail()) {
				output.push(errorItem(error as Error, itemIndex));
				continue;
			}
			throw asNodeError(this, error as Error, itemIndex);
		}
	}
	return [output];
}
