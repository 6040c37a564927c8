import type { IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_NAME, type CallSettings } from '../transport';
import { executionClock, RateLimiter } from '../transport/rateLimiter';
import { DEFAULT_MAX_TRIES, DEFAULT_TIMEOUT_SECONDS } from '../transport/retryPolicy';
import {
	DEFAULT_PARALLEL_REQUESTS,
	MAX_PARALLEL_REQUESTS,
	REQUEST_OPTIONS_FIELD,
	WORKSPACE_FIELD,
} from './fields';
import { checkId, checkInteger, fieldError, readCollection } from './parameters';
import { nodeForErrors } from './redact';

/**
 * What the node's own fields say about every call of an item: the Request Options (tries,
 * timeout, parallel reads), the execution's rate limiter and the workspace. Shared by the runner
 * and by the lookups that run before an operation's request (./locate.ts).
 */

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
		parallel: parallelRequests(ctx),
	};
}

/** "Parallel Requests" of one execution of the node, read once: it is item 0's. */
const parallelOf = new WeakMap<IExecuteFunctions, number>();

/** How many reads of different items may be in flight at once (Request Options). */
export function parallelRequests(ctx: IExecuteFunctions): number {
	const known = parallelOf.get(ctx);
	if (known !== undefined) return known;
	const options = readCollection(ctx, REQUEST_OPTIONS_FIELD, 0);
	const parallel = checkInteger(
		ctx,
		0,
		'Parallel Requests',
		options.parallelRequests ?? DEFAULT_PARALLEL_REQUESTS,
		{ min: 1, max: MAX_PARALLEL_REQUESTS },
	);
	parallelOf.set(ctx, parallel);
	return parallel;
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
			// Numbers as written: JSON would show NaN and Infinity as "null".
			const given =
				typeof picked === 'number' ? String(picked) : (JSON.stringify(picked) ?? 'nothing');
			throw fieldError(
				ctx,
				itemIndex,
				'Workspace',
				`must hold a workspace ID, but its value is ${picked === '' ? 'empty' : given}`,
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
