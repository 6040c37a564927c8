import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { nodeForErrors } from '../shared/redact';

/** The output item that stands for a failed input item under "Continue On Fail". */
export function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const json: INodeExecutionData['json'] = { error: error.message };
	const { description, httpCode } = error as NodeApiError;
	if (description) json.description = description;
	if (httpCode) json.httpCode = httpCode;
	return { json, pairedItem: { item: itemIndex } };
}

/**
 * Our errors pass through as they are (wrapping them again hides InboxKit's message). Called as
 * an AI agent's tool, n8n appends an error's description to its message and keeps the
 * description too, so the agent read every hint twice: there, the hint goes into the message only.
 */
export function asNodeError(
	ctx: IExecuteFunctions,
	error: Error,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	const nodeError =
		error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeOperationError(nodeForErrors(ctx.getNode()), error, { itemIndex });
	if (isToolCall(ctx) && nodeError.description) {
		nodeError.message = `${nodeError.message}. ${nodeError.description}`;
		nodeError.description = null;
	}
	return nodeError;
}

/** Whether the node runs as an AI agent's tool (n8n versions without the check: no). */
function isToolCall(ctx: IExecuteFunctions): boolean {
	return typeof ctx.isToolExecution === 'function' && ctx.isToolExecution();
}

/** Adds a sentence to an error's description. */
export function withNote<E extends NodeApiError | NodeOperationError>(error: E, note: string): E {
	if (note === '') return error;
	error.description = error.description ? `${error.description} ${note}` : note;
	return error;
}
