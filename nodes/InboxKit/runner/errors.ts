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

/** Our errors pass through as they are (wrapping them again hides InboxKit's message). */
export function asNodeError(
	ctx: IExecuteFunctions,
	error: Error,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(nodeForErrors(ctx.getNode()), error, { itemIndex });
}

/** Adds a sentence to an error's description. */
export function withNote<E extends NodeApiError | NodeOperationError>(error: E, note: string): E {
	error.description = error.description ? `${error.description} ${note}` : note;
	return error;
}
