/**
 * When a call that only reads may be sent again. Calls that write (and above all those that
 * spend money) are never re-sent: InboxKit has no idempotency key, so a second send may charge
 * twice.
 */

/** Statuses that say "try again later" without the request having done anything. */
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
 * else exponential backoff with full jitter. Always capped so a scheduled run cannot hang.
 */
export function retryDelayMs(nextTry: number, retryAfter?: number, random = Math.random): number {
	if (retryAfter !== undefined) return Math.min(retryAfter, MAX_DELAY_MS);
	const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** (nextTry - 2));
	return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
