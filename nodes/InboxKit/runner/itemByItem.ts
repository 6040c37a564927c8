import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { isRetryable, type InboxKitOperation } from '../operation';
import { parallelRequests } from '../shared/callSettings';
import { asNodeError, errorItem } from './failures';
import { inParallel } from './parallel';
import { runOperation } from './perItem';

/**
 * Operations that are neither combined nor sent once: each input item's request on its own.
 * Reads of different items go out in parallel; writes one at a time, in input order, since
 * workflows rely on that order (create, then update). Output keeps input order and pairing.
 */
export async function runItemByItem(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemCount: number,
): Promise<INodeExecutionData[]> {
	const limit = isRetryable(operation) ? parallelRequests(ctx) : 1;
	const outcomes = await inParallel(itemCount, limit, (i) => runOperation(ctx, operation, i), {
		stopOnFailure: !ctx.continueOnFail(),
	});
	const output: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (outcome === undefined) continue;
		if (outcome.ok) {
			for (const json of outcome.value) output.push({ json, pairedItem: { item: itemIndex } });
		} else if (ctx.continueOnFail()) {
			output.push(errorItem(outcome.error, itemIndex));
		} else {
			// The first failed item in input order, as a one-at-a-time run would have reported.
			throw asNodeError(ctx, outcome.error, itemIndex);
		}
	}
	return output;
}
