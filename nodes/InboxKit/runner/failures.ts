import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { nodeForErrors } from '../transport/redact';
import { withoutErrorCodes } from '../transport/errorCodes';

/** The output item that stands for a failed input item under "Continue On Fail". */
export function errorItem(error: Error, itemIndex: number): INodeExecutionData {
	const json: INodeExecutionData['json'] = { error: error.message };
	const { description, httpCode } = error as NodeApiError;
	if (description) json.description = description;
	if (httpCode) json.httpCode = httpCode;
	return { json, pairedItem: { item: itemIndex } };
}

/**
 * Our errors pass through as they are (wrapping them again hides InboxKit's message), with
 * `note` added to the description. Called as an AI agent's tool, n8n appends an error's
 * description to its message and keeps the description too, so the agent read every hint twice:
 * there, the hint goes into the message only, in words n8n leaves as they are.
 */
export function asNodeError(
	ctx: IExecuteFunctions,
	error: Error,
	itemIndex: number,
	note = '',
): NodeApiError | NodeOperationError {
	const nodeError = withNote(
		error instanceof NodeApiError || error instanceof NodeOperationError
			? error
			: new NodeOperationError(nodeForErrors(ctx.getNode()), error, { itemIndex }),
		note,
	);
	if (isToolCall(ctx)) {
		const said = nodeError.description
			? `${nodeError.message}. ${nodeError.description}`
			: nodeError.message;
		nodeError.message = withoutErrorCodes(said);
		nodeError.description = null;
	}
	return nodeError;
}

/**
 * Whether the node runs as an AI agent's tool. n8n versions without `isToolExecution` name the
 * tool variant of a node type with "Tool" at the end (`inboxKitTool`).
 */
export function isToolCall(ctx: IExecuteFunctions): boolean {
	if (typeof ctx.isToolExecution === 'function') return ctx.isToolExecution();
	return ctx.getNode().type.endsWith('Tool');
}

/** Adds a sentence to an error's description. */
export function withNote<E extends NodeApiError | NodeOperationError>(error: E, note: string): E {
	if (note === '') return error;
	error.description = error.description ? `${error.description} ${note}` : note;
	return error;
}
