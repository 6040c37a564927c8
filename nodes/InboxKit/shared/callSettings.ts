import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { CallSettings } from '../transport';
import { executionClock, RateLimiter } from '../transport/rateLimiter';
import { DEFAULT_MAX_TRIES, DEFAULT_TIMEOUT_SECONDS } from '../transport/retryPolicy';
import { DEFAULT_PARALLEL_REQUESTS, MAX_PARALLEL_REQUESTS, REQUEST_OPTIONS_FIELD } from './fields';
import { checkInteger, compact } from './parameters';
import { readSetting } from './nodeSettings';

/**
 * What the node's own fields say about every call of an item: the Request Options (tries,
 * timeout, parallel reads) and the execution's rate limiter. Shared by the runner and by the
 * pickers' lookups that run before an operation's request. (Which workspace a call acts in is
 * the workspace picker's rule: ../pickers/workspace.ts.)
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

/** The Request Options of item `itemIndex`, with the ones left empty dropped. */
function requestOptionsOf(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	return compact(readSetting(ctx, REQUEST_OPTIONS_FIELD, itemIndex, {}) as IDataObject);
}

export function callSettings(ctx: IExecuteFunctions, itemIndex: number): CallSettings {
	const options = requestOptionsOf(ctx, itemIndex);
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
	const options = requestOptionsOf(ctx, 0);
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
