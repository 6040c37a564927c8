import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { InboxKitOperation } from '../operation';
import { checkInteger } from '../shared/parameters';
import { readSetting } from '../shared/nodeSettings';
import { callInboxKit, callInboxKitForRecords } from '../transport';
import { callSettings } from '../shared/callSettings';
import { outputOf } from './answers';
import { callFor, requestOf, sentOf } from './request';
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
		// Simplified page by page, so InboxKit's full records of a page are short-lived instead of
		// all held until the list ends.
		const { simplify } = operation.list;
		const shape =
			simplify && readSetting(ctx, 'simplify', itemIndex, true) === true ? simplify : undefined;
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
	const simplified =
		operation.record?.simplify !== undefined &&
		readSetting(ctx, 'simplify', itemIndex, true) === true;
	return outputOf(operation, answer, sentOf(operation, parts), simplified);
}
