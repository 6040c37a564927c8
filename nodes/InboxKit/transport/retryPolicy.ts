/**
 * When a call that only reads may be sent again. Calls that write (and above all those that
 * spend money) are never re-sent: InboxKit has no idempotency key, so a second send may charge
 * twice.
 */

/**
 * Statuses that say "try again later" without the request having done anything. A 429 is
 * handled on its own (see rateLimitVerdict): it does not count against "Max Tries for Reads".
 */
const TRANSIENT_STATUSES = new Set([429, 502, 503, 504]);

/** Network failures after which a read may be sent again. */
const TRANSIENT_NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'EPIPE',
	'ETIMEDOUT',
	'ECONNABORTED',
	'EAI_AGAIN',
	'UND_ERR_SOCKET',
	// An answer cut off before its end (the connection dropped while the body came).
	'ERR_BAD_RESPONSE',
]);

const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 30_000;

export const DEFAULT_MAX_TRIES = 3;
export const DEFAULT_TIMEOUT_SECONDS = 30;

export function isTransientStatus(status: number): boolean {
	return TRANSIENT_STATUSES.has(status);
}

export function isTransientNetworkCode(code: string | undefined): boolean {
	return code !== undefined && TRANSIENT_NETWORK_CODES.has(code);
}

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(header: unknown, now = Date.now()): number | undefined {
	if (typeof header !== 'string' || header.trim() === '') return undefined;
	const seconds = Number(header);
	if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
	const date = Date.parse(header);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Delay before try number `nextTry` (2, 3, ...): the server's Retry-After when it gave one,
 * else exponential backoff with equal jitter (between half the ceiling and the ceiling). Always capped so a scheduled run cannot hang.
 */
export function retryDelayMs(nextTry: number, retryAfter?: number, random = Math.random): number {
	if (retryAfter !== undefined) return Math.min(retryAfter, MAX_DELAY_MS);
	const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (nextTry - 2));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/**
 * A 429 is InboxKit saying when to come back, not a fault: a read waits for it (honouring
 * Retry-After) for up to this long in all, per request, instead of spending its tries.
 */
export const RATE_LIMIT_BUDGET_MS = 60_000;

/** 429s after which a read stops asking, even when told to come back at once. */
export const MAX_RATE_LIMITED_ANSWERS = 20;

export type RateLimitVerdict =
	| { wait: number }
	| { giveUp: 'asks-too-long'; retryAfter: number }
	| { giveUp: 'budget' | 'too-many' };

/**
 * What a read does after its `limited`-th 429 (1, 2, ...), `elapsedMs` after it was first sent:
 * wait Retry-After (or back off when there is none), or give up at once when the wait would
 * pass the budget. A Retry-After longer than the budget is never slept on.
 */
export function rateLimitVerdict(
	limited: number,
	retryAfter: number | undefined,
	elapsedMs: number,
	random = Math.random,
): RateLimitVerdict {
	if (retryAfter !== undefined && elapsedMs + retryAfter > RATE_LIMIT_BUDGET_MS)
		return { giveUp: 'asks-too-long', retryAfter };
	if (limited > MAX_RATE_LIMITED_ANSWERS) return { giveUp: 'too-many' };
	const wait = retryAfter ?? retryDelayMs(limited + 1, undefined, random);
	if (elapsedMs + wait > RATE_LIMIT_BUDGET_MS) return { giveUp: 'budget' };
	return { wait };
}
