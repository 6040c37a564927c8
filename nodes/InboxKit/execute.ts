import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { isRetryable, type InboxKitOperation, type RequestParts } from './operation';
import { RESOURCES } from './resources';
import { checkId, checkInteger, readCollection } from './shared/parameters';
import { nodeForErrors } from './shared/redact';
import { COMBINE_FIELD, REQUEST_OPTIONS_FIELD, WORKSPACE_FIELD } from './shared/fields';
import {
	callInboxKit,
	callInboxKitForRecords,
	CREDENTIAL_NAME,
	type CallSettings,
	type InboxKitCall,
	withoutEnvelope,
} from './transport';
import { DEFAULT_MAX_TRIES, DEFAULT_TIMEOUT_SECONDS } from './transport/retryPolicy';

export function findOperation(
	ctx: IExecuteFunctions,
	resource: string,
	operation: string,
): InboxKitOperation {
	const found = RESOURCES.find((r) => r.value === resource)?.operations.find(
		(o) => o.value === operation,
	);
	if (!found) {
		throw new NodeOperationError(
			nodeForErrors(ctx.getNode()),
			`The operation "${operation}" of resource "${resource}" is not known to this node`,
		);
	}
	return found;
}

function callSettings(ctx: IExecuteFunctions, itemIndex: number): CallSettings {
	const options = readCollection(ctx, REQUEST_OPTIONS_FIELD, itemIndex);
	return {
		maxTries: checkInteger(
			ctx,
			itemIndex,
			'Max Tries for Reads',
			options.maxTries ?? DEFAULT_MAX_TRIES,
			{ min: 1, max: 10 },
		),
		timeoutSeconds: checkInteger(
			ctx,
			itemIndex,
			'Timeout (Seconds)',
			options.timeout ?? DEFAULT_TIMEOUT_SECONDS,
			{ min: 1, max: 300 },
		),
		itemIndex,
	};
}

async function workspaceFor(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
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

/** Runs one operation for one input item and returns its output records. */
export async function runOperation(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemIndex: number,
): Promise<IDataObject[]> {
	const settings = callSettings(ctx, itemIndex);
	const workspaceId = operation.workspaceScoped ? await workspaceFor(ctx, itemIndex) : undefined;
	const { combine } = operation;
	const parts = operation.request
		? await operation.request(ctx, itemIndex)
		: combine
			? combine.request(ctx, await combine.entries(ctx, itemIndex), itemIndex)
			: {};
	const call = callFor(operation, parts, workspaceId);

	if (operation.list) {
		const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll
			? undefined
			: checkInteger(ctx, itemIndex, 'Limit', ctx.getNodeParameter('limit', itemIndex), {
					min: 1,
					max: 100_000,
				});
		return await callInboxKitForRecords.call(
			ctx,
			call,
			operation.list.recordsKey,
			operation.list.paging,
			limit,
			settings,
		);
	}

	const answer = await callInboxKit.call(ctx, call, settings);
	return outputOf(operation, answer, ctx, itemIndex);
}

function callFor(
	operation: InboxKitOperation,
	parts: RequestParts,
	workspaceId: string | undefined,
): InboxKitCall {
	return {
		method: operation.method,
		path: parts.path ?? operation.path,
		qs: parts.qs,
		body: parts.body,
		upload: parts.upload,
		workspaceId,
		retryable: isRetryable(operation),
		acceptStatuses: operation.acceptStatuses,
	};
}

function outputOf(
	operation: InboxKitOperation,
	answer: IDataObject,
	ctx: IExecuteFunctions,
	itemIndex: number,
): IDataObject[] {
	if (operation.output) {
		const output = operation.output(answer, ctx, itemIndex);
		return Array.isArray(output) ? output : [output];
	}
	if (operation.combine) return operation.combine.results(answer).map((result) => result.json);
	return [withoutEnvelope(answer)];
}

/**
 * "Combine Input Items": the entries of every input item go out together, as few requests as
 * InboxKit's per-request limit allows (whole items per request, in input order), and each answer
 * record is paired with the item whose entry it answers (or with all items of its request when
 * the answer does not say). Items whose fields are invalid are left out before any request.
 */
async function runCombined(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemCount: number,
): Promise<INodeExecutionData[]> {
	const combine = operation.combine!;
	const output: INodeExecutionData[] = [];
	const items: Array<{ itemIndex: number; entries: IDataObject[] }> = [];
	let workspace: { id: string; itemIndex: number } | undefined;
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			const entries = await combine.entries(ctx, itemIndex);
			if (entries.length > combine.maxEntries) {
				throw new NodeOperationError(
					nodeForErrors(ctx.getNode()),
					`The input item holds ${entries.length} entries, more than the ${combine.maxEntries} InboxKit takes in one request`,
					{ itemIndex },
				);
			}
			if (operation.workspaceScoped) {
				const id = await workspaceFor(ctx, itemIndex);
				if (workspace && workspace.id !== id) {
					throw new NodeOperationError(
						nodeForErrors(ctx.getNode()),
						'The "Workspace" field differs between the input items, but "Combine Input Items" sends them in one request',
						{
							itemIndex,
							description: `Item ${workspace.itemIndex + 1} acts in workspace ${workspace.id}, this one in ${id}. Combine the items of one workspace at a time.`,
						},
					);
				}
				workspace ??= { id, itemIndex };
			}
			items.push({ itemIndex, entries });
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(ctx, error as Error, itemIndex);
			output.push(errorItem(error as Error, itemIndex));
		}
	}

	const batches = batchesOf(items, combine.maxEntries);
	for (const [number, batch] of batches.entries()) {
		const first = batch[0].itemIndex;
		let answer: IDataObject;
		try {
			const parts = combine.request(
				ctx,
				batch.flatMap(({ entries }) => entries),
				first,
			);
			answer = await callInboxKit.call(
				ctx,
				callFor(operation, parts, workspace?.id),
				callSettings(ctx, first),
			);
		} catch (error) {
			if (!ctx.continueOnFail())
				throw withEarlierBatches(asNodeError(ctx, error as Error, first), batches, number);
			output.push(...batch.map(({ itemIndex }) => errorItem(error as Error, itemIndex)));
			continue;
		}

		const itemOf = new Map<string, number>();
		for (const { itemIndex, entries } of batch) {
			for (const entry of entries) {
				const key = combine.entryKey(entry);
				if (!itemOf.has(key)) itemOf.set(key, itemIndex);
			}
		}
		for (const { key, json } of combine.results(answer)) {
			const itemIndex = key === undefined ? undefined : itemOf.get(key);
			output.push({
				json,
				pairedItem:
					itemIndex === undefined
						? batch.map(({ itemIndex: item }) => ({ item }))
						: { item: itemIndex },
			});
		}
	}
	return output;
}

/** Whole items, in input order, packed into requests of at most `max` entries. */
function batchesOf<T extends { entries: IDataObject[] }>(items: T[], max: number): T[][] {
	const batches: T[][] = [];
	let size = max;
	for (const item of items) {
		if (size + item.entries.length > max) {
			batches.push([]);
			size = 0;
		}
		batches[batches.length - 1].push(item);
		size += item.entries.length;
	}
	return batches;
}

/**
 * A failed request after others went through: the error says which items those were, since
 * stopping the node discards their output (and they may have bought something).
 */
function withEarlierBatches<E extends NodeApiError | NodeOperationError>(
	error: E,
	batches: Array<Array<{ itemIndex: number }>>,
	failed: number,
): E {
	if (failed === 0) return error;
	const done = batches
		.slice(0, failed)
		.flat()
		.map(({ itemIndex }) => itemIndex + 1);
	const notSent = batches.slice(failed + 1).flat().length;
	const note =
		`"Combine Input Items" split the items into ${batches.length} requests: the ${failed} before this one went through ` +
		`(items ${done[0]}-${done[done.length - 1]}), so check InboxKit before running the node again.` +
		(notSent > 0 ? ` The ${notSent} items after this request were not sent.` : '');
	error.description = error.description ? `${error.description} ${note}` : note;
	return error;
}

function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const json: IDataObject = { error: error.message };
	const { description, httpCode } = error as NodeApiError;
	if (description) json.description = description;
	if (httpCode) json.httpCode = httpCode;
	return { json, pairedItem: { item: itemIndex } };
}

/** Our errors pass through as they are (wrapping them again hides InboxKit's message). */
function asNodeError(
	ctx: IExecuteFunctions,
	error: Error,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(nodeForErrors(ctx.getNode()), error, { itemIndex });
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
		throw new NodeOperationError(
			nodeForErrors(this.getNode()),
			`"${operation.action}" spends money, so it must not run with "Retry On Fail"`,
			{
				description:
					'Turn off "Retry On Fail" in the node settings: a retry would send the whole purchase again and may charge twice.',
			},
		);
	}

	if (operation.combine && this.getNodeParameter(COMBINE_FIELD, 0, false) === true) {
		return [await runCombined(this, operation, items.length)];
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
