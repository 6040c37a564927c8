import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InboxKitOperation, SentRequest } from '../operation';
import { checkInteger } from '../shared/parameters';
import { callInboxKit, callInboxKitForRecords, withoutEnvelope } from '../transport';
import { callSettings } from '../shared/callSettings';
import { callFor, requestOf, sentOf } from './call';
import { workspaceFor } from '../pickers/workspace';

/** Runs one operation for one input item and returns its output records. */
export async function runOperation(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemIndex: number,
): Promise<IDataObject[]> {
	const settings = callSettings(ctx, itemIndex);
	const workspaceId = operation.workspaceScoped ? await workspaceFor(ctx, itemIndex) : undefined;
	const parts = await requestOf(ctx, operation, itemIndex);
	const call = callFor(operation, parts, workspaceId);

	if (operation.list) {
		const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
		const limit = returnAll
			? undefined
			: checkInteger(ctx, itemIndex, 'Limit', ctx.getNodeParameter('limit', itemIndex), {
					min: 1,
					max: 100_000,
				});
		// Simplified page by page: InboxKit's full records of a page are then short-lived, instead
		// of all of them being held until the list ends (peak heap on 50,000 mailboxes: 38 -> 32 MB).
		const { simplify } = operation.list;
		const shape =
			simplify && ctx.getNodeParameter('simplify', itemIndex, true) === true ? simplify : undefined;
		return await callInboxKitForRecords.call(
			ctx,
			call,
			operation.list.recordsKey,
			operation.list.paging,
			limit,
			settings,
			shape,
		);
	}

	const answer = await callInboxKit.call(ctx, call, settings);
	return outputOf(operation, answer, sentOf(operation, parts));
}

/** The output records of an answer: the same whether items were combined or not. */
export function outputOf(
	operation: InboxKitOperation,
	answer: IDataObject,
	sent: SentRequest,
): IDataObject[] {
	if (operation.combine)
		return operation.combine.results(answer, sent).map((result) => result.json);
	if (operation.output) {
		const output = operation.output(answer, sent);
		return Array.isArray(output) ? output : [output];
	}
	return [withoutEnvelope(answer)];
}
