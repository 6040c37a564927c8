import {
	NodeApiError,
	type IDataObject,
	type IExecuteFunctions,
	type INodeExecutionData,
} from 'n8n-workflow';

import type { InboxKitOperation } from '../operation';
import { callSettings, parallelRequests } from '../shared/callSettings';
import { callInboxKit } from '../transport';
import { callFor, sentOf, sharedSettingsOf } from './request';
import { batchesOf } from './combined';
import { asNodeError, errorItem } from './failures';
import { inParallel, type Outcome } from './parallel';
import { runOperation } from './perItem';
import { workspaceFor } from '../pickers/workspace';

/**
 * Reads whose endpoint takes a list (Check Status by mailbox, Check Propagation, DNS Verify, ...)
 * always send the entries of many input items together: up to the endpoint's most entries per
 * request, whole items, items of one workspace and the same shared settings together. Each
 * answer record goes with the item whose entry it answers; the output keeps input order, as if
 * each item had been sent alone. The requests of one run go in parallel, like any reads.
 *
 * There is no switch for it (unlike "Combine Input Items" for writes): a read changes nothing,
 * so sending items together only saves requests (1,000 one-uid status checks: 10 requests
 * instead of 1,000). A request that InboxKit refuses for one of its entries (a 4xx such as
 * "Mailbox not found") is sent again without the item its message names, or in halves, so that
 * only the items at fault get the error, as they would one by one.
 */

interface BulkItem {
	itemIndex: number;
	entries: IDataObject[];
}

interface Group {
	workspace?: string;
	shared: IDataObject;
	items: BulkItem[];
}

/** One unit of work: a request for some items, or one item run alone (not sent in bulk). */
type Unit = { batch: BulkItem[]; group: Group } | { alone: number };

type Answered = Array<{ itemIndex: number; outcome: Outcome<INodeExecutionData[]> }>;

export async function runBulkReads(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemCount: number,
): Promise<INodeExecutionData[]> {
	const combine = operation.combine!;
	const outcomes: Array<Outcome<INodeExecutionData[]> | undefined> = new Array(itemCount);
	const groups = new Map<string, Group>();
	const units: Unit[] = [];
	for (let itemIndex = 0; itemIndex < itemCount; itemIndex++) {
		try {
			if (combine.onlyWhen && !combine.onlyWhen(ctx, itemIndex)) {
				units.push({ alone: itemIndex });
				continue;
			}
			const entries = await combine.entries(ctx, itemIndex);
			const workspace = operation.workspaceScoped ? await workspaceFor(ctx, itemIndex) : undefined;
			const shared = sharedSettingsOf(ctx, combine, itemIndex);
			const key = JSON.stringify([workspace, shared]);
			let group = groups.get(key);
			if (!group) {
				group = { workspace, shared, items: [] };
				groups.set(key, group);
			}
			group.items.push({ itemIndex, entries });
		} catch (error) {
			// As one by one: an item whose fields are wrong stops the node, here before any request.
			if (!ctx.continueOnFail()) throw asNodeError(ctx, error as Error, itemIndex);
			outcomes[itemIndex] = { ok: false, error: error as Error };
		}
	}
	for (const group of groups.values())
		for (const batch of batchesOf(group.items, combine.maxEntries)) units.push({ batch, group });
	units.sort((a, b) => firstItemOf(a) - firstItemOf(b));

	const answered = await inParallel(
		units.length,
		parallelRequests(ctx),
		async (n): Promise<Answered> => {
			const unit = units[n];
			if ('alone' in unit) {
				const records = await runOperation(ctx, operation, unit.alone).then(
					(value) => ({ ok: true as const, value: pairedWith(value, unit.alone) }),
					(error: Error) => ({ ok: false as const, error }),
				);
				return [{ itemIndex: unit.alone, outcome: records }];
			}
			return await settle(ctx, operation, unit.group, unit.batch);
		},
		// Failures are per item, in the answers; a unit itself never fails.
		{ stopOnFailure: false },
	);
	for (const unit of answered) {
		if (unit?.ok) for (const { itemIndex, outcome } of unit.value) outcomes[itemIndex] = outcome;
	}

	const output: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (outcome === undefined) continue;
		if (outcome.ok) output.push(...outcome.value);
		else if (ctx.continueOnFail()) output.push(errorItem(outcome.error, itemIndex));
		// The first failed item in input order, as a one-at-a-time run would have reported.
		else throw asNodeError(ctx, outcome.error, itemIndex);
	}
	return output;
}

function firstItemOf(unit: Unit): number {
	return 'alone' in unit ? unit.alone : unit.batch[0].itemIndex;
}

function pairedWith(records: IDataObject[], item: number): INodeExecutionData[] {
	return records.map((json) => ({ json, pairedItem: { item } }));
}

type Attempt =
	| { ok: true; answer: IDataObject; sent: ReturnType<typeof sentOf> }
	| { ok: false; error: Error };

/** Sends the entries of `batch` in one request. */
async function attempt(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	group: Group,
	batch: BulkItem[],
): Promise<Attempt> {
	const first = batch[0].itemIndex;
	try {
		const parts = operation.combine!.request({
			ctx,
			itemIndex: first,
			entries: batch.flatMap((item) => item.entries),
			shared: group.shared,
		});
		const answer = await callInboxKit.call(
			ctx,
			callFor(operation, parts, group.workspace),
			callSettings(ctx, first),
		);
		return { ok: true, answer, sent: sentOf(operation, parts) };
	} catch (error) {
		return { ok: false, error: error as Error };
	}
}

/**
 * InboxKit refused the request for what it holds (400, 404, 409, 422...), not for the request
 * as such (sign-in, rights, rate): another split of the items may go through.
 */
function refusedAnEntry(error: Error): boolean {
	if (!(error instanceof NodeApiError)) return false;
	const status = Number(error.httpCode);
	return status >= 400 && status <= 499 && ![401, 403, 429].includes(status);
}

/**
 * The answers of the items of `batch`: from one request when it goes through; otherwise, for a
 * refusal of one of its entries, from requests without the items at fault (named in InboxKit's
 * message, or found by halving). When both halves fail as the whole did, the refusal is the
 * request's, and every item of it gets the error.
 */
async function settle(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	group: Group,
	batch: BulkItem[],
	failed?: Error,
): Promise<Answered> {
	if (!failed) {
		const sent = await attempt(ctx, operation, group, batch);
		if (sent.ok) return pairRecords(operation, batch, sent.answer, sent.sent);
		failed = sent.error;
	}
	const allFail = (items: BulkItem[], error: Error): Answered =>
		items.map(({ itemIndex }) => ({ itemIndex, outcome: { ok: false, error } }));
	if (batch.length === 1 || !refusedAnEntry(failed)) return allFail(batch, failed);

	const { entryKey } = operation.combine!;
	const message = failed.message;
	const named = batch.filter((item) =>
		item.entries.some((entry) => names(message, entryKey(entry))),
	);
	if (named.length > 0 && named.length < batch.length) {
		const rest = batch.filter((item) => !named.includes(item));
		return [...allFail(named, failed), ...(await settle(ctx, operation, group, rest))];
	}
	const half = Math.ceil(batch.length / 2);
	const halves = [batch.slice(0, half), batch.slice(half)];
	const sent = [];
	for (const items of halves) sent.push(await attempt(ctx, operation, group, items));
	if (sent.every((s) => !s.ok && s.error.message === message)) return allFail(batch, failed);
	const answered: Answered = [];
	for (const [k, items] of halves.entries()) {
		const s = sent[k];
		answered.push(
			...(s.ok
				? pairRecords(operation, items, s.answer, s.sent)
				: await settle(ctx, operation, group, items, s.error)),
		);
	}
	return answered;
}

/** Whether `message` names `key` as a word of its own ("mbx_1" is not named by "mbx_12"). */
export function names(message: string, key: string): boolean {
	if (key === '') return false;
	for (let at = message.indexOf(key); at !== -1; at = message.indexOf(key, at + 1)) {
		const before = message.slice(0, at);
		const after = message.slice(at + key.length);
		if (!/[\w.-]$/.test(before) && !/^([\w-]|\.\w)/.test(after)) return true;
	}
	return false;
}

/**
 * Each answer record with the item whose entry it answers: an entry two items gave is answered
 * for the first of them, then the next. Records that name no entry of the request (a summary)
 * go with its first item, paired with all its items.
 */
function pairRecords(
	operation: InboxKitOperation,
	batch: BulkItem[],
	answer: IDataObject,
	sent: ReturnType<typeof sentOf>,
): Answered {
	const { entryKey, results } = operation.combine!;
	const itemsOf = new Map<string, number[]>();
	const records = new Map<number, INodeExecutionData[]>(batch.map((item) => [item.itemIndex, []]));
	for (const { itemIndex, entries } of batch) {
		for (const entry of entries) {
			const key = entryKey(entry);
			const items = itemsOf.get(key);
			if (items) items.push(itemIndex);
			else itemsOf.set(key, [itemIndex]);
		}
	}
	const first = batch[0].itemIndex;
	for (const { key, json } of results(answer, sent)) {
		const items = key === undefined ? undefined : itemsOf.get(key);
		// The last item that gave the entry keeps any further answers to it.
		const itemIndex = items && (items.length > 1 ? items.shift()! : items[0]);
		if (itemIndex === undefined) {
			records.get(first)!.push({
				json,
				pairedItem:
					batch.length === 1 ? { item: first } : batch.map(({ itemIndex: item }) => ({ item })),
			});
		} else records.get(itemIndex)!.push({ json, pairedItem: { item: itemIndex } });
	}
	return [...records].map(([itemIndex, value]) => ({ itemIndex, outcome: { ok: true, value } }));
}
