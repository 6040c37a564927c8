import {
	NodeOperationError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import { isSentOnce, type InboxKitOperation } from '../operation';
import { callSettings } from '../shared/callSettings';
import { fieldError } from '../shared/parameters';
import { nodeForErrors } from '../transport/redact';
import { callInboxKit } from '../transport';
import { callFor, refuseDuplicates, sentOf, sharedSettingsOf } from './request';
import { refuseSilentGaps } from './answers';
import { asNodeError, errorItem } from './failures';
import { RepeatedPurchases } from './spendingRules';
import { workspaceFor } from '../pickers/workspace';

interface ItemEntries {
	itemIndex: number;
	entries: IDataObject[];
}

const DIFFERS =
	'differs between the input items, but "Combine Input Items" sends them in one request';

/**
 * "Combine Input Items": the entries of every input item go out together, in as few requests as
 * InboxKit's per-request limit allows (whole items per request, in input order), and each answer
 * record is paired with the item whose entry it answers (or with all items of its request when
 * the answer does not say). Items whose fields are invalid, or whose workspace or shared settings
 * differ from the first item's, are left out before any request.
 */
export async function runCombined(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemCount: number,
): Promise<INodeExecutionData[]> {
	const combine = operation.combine!;
	const output: INodeExecutionData[] = [];
	const items: ItemEntries[] = [];
	let first: { itemIndex: number; workspace?: string; shared: IDataObject } | undefined;
	/** For purchases: no entry is bought twice, in this request or this execution. */
	const repeats = new RepeatedPurchases(
		ctx,
		operation,
		`"Combine Input Items" would ${operation.charges ? 'buy' : 'send'} it twice in one request: give it in one item only.`,
	);
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
			const workspace = operation.workspaceScoped ? await workspaceFor(ctx, itemIndex) : undefined;
			if (isSentOnce(operation)) {
				refuseDuplicates(ctx, combine, entries, itemIndex);
				repeats.check(itemIndex, { workspaceId: workspace, entries });
			}
			const shared = sharedSettingsOf(ctx, combine, itemIndex);
			if (first) {
				if (workspace !== first.workspace) {
					throw new NodeOperationError(
						nodeForErrors(ctx.getNode()),
						`The "Workspace" field ${DIFFERS}`,
						{
							itemIndex,
							description: `Item ${first.itemIndex + 1} acts in workspace ${first.workspace}, this one in ${workspace}. Combine the items of one workspace at a time.`,
						},
					);
				}
				const differing = (combine.shared ?? []).find(
					({ key }) => JSON.stringify(shared[key]) !== JSON.stringify(first!.shared[key]),
				);
				if (differing) {
					throw fieldError(
						ctx,
						itemIndex,
						differing.label,
						DIFFERS,
						'Give every item the same value, or turn off "Combine Input Items".',
					);
				}
			}
			first ??= { itemIndex, workspace, shared };
			items.push({ itemIndex, entries });
		} catch (error) {
			if (!ctx.continueOnFail()) throw asNodeError(ctx, error as Error, itemIndex);
			output.push(errorItem(error as Error, itemIndex));
		}
	}
	if (!first) return output;

	const batches = batchesOf(items, combine.maxEntries);
	for (const [number, batch] of batches.entries()) {
		const firstOfBatch = batch[0].itemIndex;
		const entries = batch.flatMap((item) => item.entries);
		try {
			const parts = combine.request({
				ctx,
				itemIndex: firstOfBatch,
				entries,
				shared: first.shared,
			});
			const sending = callInboxKit.call(
				ctx,
				callFor(operation, parts, first.workspace),
				callSettings(ctx, firstOfBatch),
			);
			const answer = isSentOnce(operation)
				? await repeats.track({ workspaceId: first.workspace, entries }, sending)
				: await sending;
			const sent = sentOf(operation, parts);
			output.push(...pairedByEntry(combine.results(answer, sent), batch, combine.entryKey));
			if (isSentOnce(operation))
				refuseSilentGaps(ctx, combine, answer, sent, entries, firstOfBatch);
		} catch (error) {
			if (!ctx.continueOnFail()) {
				throw asNodeError(ctx, error as Error, firstOfBatch, earlierBatchesNote(batches, number));
			}
			output.push(...batch.map(({ itemIndex }) => errorItem(error as Error, itemIndex)));
		}
	}
	return output;
}

/**
 * Each record with the item whose entry it answers, or all items of the request. An entry two
 * items gave is answered twice: the first answer goes with the first of them, the next with the next.
 */
function pairedByEntry(
	records: Array<{ key?: string; json: IDataObject }>,
	batch: ItemEntries[],
	entryKey: (entry: IDataObject) => string,
): INodeExecutionData[] {
	const itemsOf = new Map<string, number[]>();
	for (const { itemIndex, entries } of batch) {
		for (const entry of entries) {
			const key = entryKey(entry);
			const items = itemsOf.get(key);
			if (items) items.push(itemIndex);
			else itemsOf.set(key, [itemIndex]);
		}
	}
	return records.map(({ key, json }) => {
		const items = key === undefined ? undefined : itemsOf.get(key);
		// The last item that gave the entry keeps any further answers to it.
		const itemIndex = items && (items.length > 1 ? items.shift() : items[0]);
		return {
			json,
			pairedItem:
				itemIndex === undefined
					? batch.map(({ itemIndex: item }) => ({ item }))
					: { item: itemIndex },
		};
	});
}

/** Whole items, in input order, packed into requests of at most `max` entries. */
export function batchesOf<T extends { entries: IDataObject[] }>(items: T[], max: number): T[][] {
	const batches: T[][] = [];
	let size = max;
	for (const item of items) {
		if (size + item.entries.length > max || batches.length === 0) {
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
function earlierBatchesNote(batches: Array<Array<{ itemIndex: number }>>, failed: number): string {
	if (failed === 0) return '';
	const done = batches
		.slice(0, failed)
		.flat()
		.map(({ itemIndex }) => itemIndex + 1);
	const notSent = batches.slice(failed + 1).flat().length;
	return (
		`"Combine Input Items" split the items into ${batches.length} requests: the ${failed} before this one went through ` +
		`(items ${done[0]}-${done[done.length - 1]}), so check InboxKit before running the node again.` +
		(notSent > 0 ? ` The ${notSent} items after this request were not sent.` : '')
	);
}
