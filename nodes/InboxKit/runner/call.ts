import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import {
	isRetryable,
	type CombineSpec,
	type InboxKitOperation,
	type RequestParts,
	type SentRequest,
} from '../operation';
import {
	DEFAULT_PARALLEL_REQUESTS,
	REQUEST_OPTIONS_FIELD,
	WORKSPACE_FIELD,
} from '../shared/fields';
import { checkId, checkInteger, fieldError, readCollection } from '../shared/parameters';
import { nodeForErrors } from '../shared/redact';
import { CREDENTIAL_NAME, type CallSettings, type InboxKitCall } from '../transport';
import { executionClock, RateLimiter } from '../transport/rateLimiter';
import { DEFAULT_MAX_TRIES, DEFAULT_TIMEOUT_SECONDS } from '../transport/retryPolicy';

/** From the node's parameters to one call: what every operation's request shares. */

/** One limiter for all items of one execution of the node (its context lives as long). */
const limiters = new WeakMap<IExecuteFunctions, RateLimiter>();

function limiterOf(ctx: IExecuteFunctions): RateLimiter {
	let limiter = limiters.get(ctx);
	if (!limiter) {
		limiter = new RateLimiter(executionClock(ctx.getExecutionCancelSignal()));
		limiters.set(ctx, limiter);
	}
	return limiter;
}

export function callSettings(ctx: IExecuteFunctions, itemIndex: number): CallSettings {
	const options = readCollection(ctx, REQUEST_OPTIONS_FIELD, itemIndex);
	return {
		limiter: limiterOf(ctx),
		maxTries: checkInteger(
			ctx,
			itemIndex,
			'Max Tries for Reads',
			options.maxTries ?? DEFAULT_MAX_TRIES,
			{
				min: 1,
				max: 10,
			},
		),
		timeoutSeconds: checkInteger(
			ctx,
			itemIndex,
			'Timeout (Seconds)',
			options.timeout ?? DEFAULT_TIMEOUT_SECONDS,
			{
				min: 1,
				max: 300,
			},
		),
		itemIndex,
	};
}

/** How many reads of different items may be in flight at once (Request Options). */
export function parallelRequests(ctx: IExecuteFunctions): number {
	const options = readCollection(ctx, REQUEST_OPTIONS_FIELD, 0);
	return checkInteger(
		ctx,
		0,
		'Parallel Requests',
		options.parallelRequests ?? DEFAULT_PARALLEL_REQUESTS,
		{ min: 1, max: 20 },
	);
}

/** Whether the Workspace field was left empty: no value and no expression. */
function workspaceLeftEmpty(ctx: IExecuteFunctions): boolean {
	const raw = ctx.getNode().parameters[WORKSPACE_FIELD] as unknown;
	const value = raw !== null && typeof raw === 'object' ? (raw as { value?: unknown }).value : raw;
	return value === undefined || value === null || value === '';
}

/**
 * The workspace of a workspace-level call: the node's pick, else the credential's default. The
 * default applies only to a field left empty: an expression that gives no usable ID (a typo such
 * as `$json.wss`) is an error, never a silent switch to the default workspace.
 */
export async function workspaceFor(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	if (!workspaceLeftEmpty(ctx)) {
		const picked = ctx.getNodeParameter(WORKSPACE_FIELD, itemIndex, '', {
			extractValue: true,
		}) as unknown;
		if (typeof picked !== 'string' || picked.trim() === '') {
			throw fieldError(
				ctx,
				itemIndex,
				'Workspace',
				`must hold a workspace ID, but its value is ${picked === '' ? 'empty' : (JSON.stringify(picked) ?? 'nothing')}`,
				'Check the expression in the "Workspace" field, or clear the field to use the default workspace of the credential.',
			);
		}
		return checkId(ctx, itemIndex, 'Workspace', picked.trim());
	}
	const { workspaceId } = await ctx.getCredentials(CREDENTIAL_NAME);
	if (typeof workspaceId === 'string' && workspaceId.trim() !== '') {
		return checkId(ctx, itemIndex, 'Default Workspace ID (credential)', workspaceId.trim());
	}
	throw new NodeOperationError(
		nodeForErrors(ctx.getNode()),
		'No workspace chosen for this operation',
		{
			itemIndex,
			description:
				'Pick one in the "Workspace" field, or set "Default Workspace ID" in the InboxKit credential.',
		},
	);
}

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
	if (combine) {
		const entries = await combine.entries(ctx, itemIndex);
		if (operation.spendsMoney) refuseDuplicates(ctx, combine, entries, itemIndex);
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
		guessedRoute: guessesItsPath(operation) ? { docs: operation.docs } : undefined,
	};
}

export function sentOf(operation: InboxKitOperation, parts: RequestParts): SentRequest {
	return { path: parts.path ?? operation.path, qs: parts.qs ?? {}, body: parts.body ?? {} };
}
