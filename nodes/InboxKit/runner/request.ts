import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import {
	isRetryable,
	isSentOnce,
	type CombineSpec,
	type InboxKitOperation,
	type RequestParts,
	type SentRequest,
} from '../operation';
import { fieldError } from '../shared/parameters';
import type { InboxKitCall } from '../transport';

// From the node's parameters to one call: what every operation's request shares.

/** The shared settings one item gives (see SharedSetting), undefined ones left out. */
export function sharedSettingsOf(
	ctx: IExecuteFunctions,
	combine: CombineSpec,
	itemIndex: number,
): IDataObject {
	const shared: IDataObject = {};
	for (const setting of combine.shared ?? []) {
		const value = setting.read(ctx, itemIndex);
		if (value !== undefined) shared[setting.key] = value as IDataObject[string];
	}
	return shared;
}

/**
 * A purchase must not buy one thing twice: entries that are the same once normalised
 * (`example.com`, `Example.com.`, `https://example.com/`) are refused before anything is sent.
 */
export function refuseDuplicates(
	ctx: IExecuteFunctions,
	combine: CombineSpec,
	entries: IDataObject[],
	itemIndex: number,
): void {
	const counts = new Map<string, number>();
	for (const entry of entries) {
		const key = combine.entryKey(entry);
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	const repeated = [...counts].filter(([, count]) => count > 1);
	if (repeated.length === 0) return;
	const said = repeated.map(([key, count]) => `${key} ${count === 2 ? 'twice' : `${count} times`}`);
	throw fieldError(
		ctx,
		itemIndex,
		combine.entriesLabel,
		`holds ${said.join(', ')}`,
		'Each one would be bought again: give every entry once.',
	);
}

/** One item's request: its own builder, or its entries as a list endpoint takes them. */
export async function requestOf(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
	itemIndex: number,
): Promise<RequestParts & { entries?: IDataObject[] }> {
	const { combine } = operation;
	if (combine && (combine.onlyWhen?.(ctx, itemIndex) ?? true)) {
		const entries = await combine.entries(ctx, itemIndex);
		if (isSentOnce(operation)) refuseDuplicates(ctx, combine, entries, itemIndex);
		const shared = sharedSettingsOf(ctx, combine, itemIndex);
		return { ...combine.request({ ctx, itemIndex, entries, shared }), entries };
	}
	return operation.request ? await operation.request(ctx, itemIndex) : {};
}

/** No source shows the path: it is inferred from the docs index, or assumed. */
function guessesItsPath(operation: InboxKitOperation): boolean {
	return operation.evidence === 'docs-nav' || operation.evidence === 'assumed';
}

export function callFor(
	operation: InboxKitOperation,
	parts: RequestParts,
	workspaceId: string | undefined,
): InboxKitCall {
	return {
		method: operation.method,
		path: parts.path ?? operation.path,
		qs: parts.qs,
		body: parts.body,
		workspaceId,
		retryable: isRetryable(operation),
		acceptStatuses: operation.acceptStatuses,
		rateClass: operation.rateClass,
		errorHint: operation.errorHint,
		guessedRoute: guessesItsPath(operation) ? { docs: operation.docs } : undefined,
	};
}

export function sentOf(operation: InboxKitOperation, parts: RequestParts): SentRequest {
	return { path: parts.path ?? operation.path, qs: parts.qs ?? {}, body: parts.body ?? {} };
}
