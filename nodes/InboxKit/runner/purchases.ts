import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import type { InboxKitOperation } from '../operation';
import { callInboxKit, type CallSettings, type InboxKitCall } from '../transport';
import { callSettings } from '../shared/callSettings';
import { callFor, requestOf, sentOf } from './request';
import { asNodeError, errorItem } from './failures';
import { alreadyCharged, outputOf, refuseSilentGaps } from './answers';
import { RepeatedPurchases, type Purchase } from './spendingRules';
import { workspaceFor } from '../pickers/workspace';

interface Prepared {
	itemIndex: number;
	call?: InboxKitCall;
	settings?: CallSettings;
	/** What it buys, for the check against buying it twice. */
	purchase?: Purchase;
	error?: Error;
}

/**
 * Operations that spend money, one request per item. Every item's request is built and checked
 * before the first is sent, so a bad third item stops the run before anything is bought; a
 * request that fails after others went through names what was already charged, since stopping
 * discards their output and a re-run would buy them again.
 */
export async function runPurchases(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemCount: number,
): Promise<INodeExecutionData[]> {
	const prepared: Prepared[] = [];
	const repeats = new RepeatedPurchases(
		ctx,
		operation,
		operation.combine
			? `It would be ${operation.charges ? 'bought' : 'sent'} twice: give it in one item only.`
			: 'It would be charged twice: give the whole purchase in one item, or turn on "Execute Once" in the node settings.',
	);
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			const settings = callSettings(ctx, itemIndex);
			const workspaceId = operation.workspaceScoped
				? await workspaceFor(ctx, itemIndex)
				: undefined;
			const parts = await requestOf(ctx, operation, itemIndex);
			const purchase: Purchase = { workspaceId, entries: parts.entries, parts };
			repeats.check(itemIndex, purchase);
			prepared.push({
				itemIndex,
				settings,
				call: callFor(operation, parts, workspaceId),
				purchase,
			});
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(ctx, error as Error, itemIndex);
			prepared.push({ itemIndex, error: error as Error });
		}
	}

	const output: INodeExecutionData[] = [];
	const charged: Array<{ itemIndex: number; records: IDataObject[] }> = [];
	for (const { itemIndex, call, settings, purchase, error } of prepared) {
		if (error || !call || !purchase) {
			output.push(errorItem(error!, itemIndex));
			continue;
		}
		const { entries } = purchase;
		let records: IDataObject[] | undefined;
		try {
			const answer = await repeats.track(purchase, callInboxKit.call(ctx, call, settings));
			const sent = sentOf(operation, { path: call.path, qs: call.qs, body: call.body });
			records = outputOf(operation, answer, sent);
			// An answer that lists nothing charged names nothing as charged.
			if (records.length > 0) charged.push({ itemIndex, records });
			if (operation.combine && entries) {
				refuseSilentGaps(ctx, operation.combine, answer, sent, entries, itemIndex);
			}
			output.push(...pairedWith(records, itemIndex));
		} catch (failure) {
			if (!ctx.continueOnFail()) {
				throw asNodeError(ctx, failure as Error, itemIndex, alreadyCharged(charged));
			}
			// What was bought stays in the output next to the error about it.
			if (records) output.push(...pairedWith(records, itemIndex));
			output.push(errorItem(failure as Error, itemIndex));
		}
	}
	return output;
}

const pairedWith = (records: IDataObject[], item: number): INodeExecutionData[] =>
	records.map((json) => ({ json, pairedItem: { item } }));
