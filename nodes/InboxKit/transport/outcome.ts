import type { FailedCall } from './errors';

/**
 * What a write's failure means for the user: it is never re-sent, and either InboxKit turned it
 * away (nothing happened) or nobody knows whether it was carried out.
 */
export type Delivery = 'refused' | 'unknown' | 'irrelevant';

/**
 * The words for a write whose outcome is unknown. An AI agent reads them too (as its tool's
 * error), so they say plainly what not to do.
 */
export const MAY_HAVE_GONE_THROUGH =
	'It may have gone through: check in InboxKit before running it again, and do not retry it as it is, so nothing is bought or changed twice.';

/** Errors of writes that may have been carried out (see outcomeUnknown). */
const unknownOutcomes = new WeakSet<Error>();

/** Whether this error is a write's failure after which nobody knows if it was carried out. */
export function outcomeUnknown(error: unknown): boolean {
	return error instanceof Error && unknownOutcomes.has(error);
}

/** Marks `error` as a write's unknown outcome when `delivery` says so. */
export function marked<E extends Error>(error: E, call: FailedCall, delivery: Delivery): E {
	if (!call.retryable && delivery === 'unknown') unknownOutcomes.add(error);
	return error;
}

export function deliveryNote(call: FailedCall, delivery: Delivery): string {
	if (call.retryable || delivery === 'irrelevant') return '';
	const once = ' It was sent once and not retried, because it changes data.';
	if (delivery === 'refused')
		return `${once} InboxKit turned it away, so nothing was changed: run it again later.`;
	return `${once} ${MAY_HAVE_GONE_THROUGH}`;
}
