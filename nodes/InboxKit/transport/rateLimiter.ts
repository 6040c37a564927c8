import { pause } from './deadline';

/**
 * InboxKit's published limits, per API key and minute (client, citing the docs): 5,000 requests
 * in all, 50 domain searches, 10 bulk mailbox purchases. A call names its narrower class, if any.
 */
export const RATE_LIMITS_PER_MINUTE = {
	all: 5000,
	'domain-search': 50,
	'mailbox-buy': 10,
} as const;

export type RateClass = Exclude<keyof typeof RATE_LIMITS_PER_MINUTE, 'all'>;

const MINUTE_MS = 60_000;
/** Longest pause InboxKit's rate headers may ask for: beyond it, the 429 handling takes over. */
const MAX_PAUSE_MS = MINUTE_MS;

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
}

/**
 * Keeps the calls of one execution under InboxKit's limits: a call that would be the 51st domain
 * search within a minute waits until the oldest of those is a minute old, rather than being
 * answered 429. It also pauses every call when InboxKit reports no requests left
 * (`X-RateLimit-Remaining: 0`) until its `X-RateLimit-Reset`. Each execution has its own
 * limiter; calls from other executions show up only as InboxKit's 429s, which the transport waits out.
 */
export class RateLimiter {
	private readonly sent = new Map<string, number[]>();
	private pausedUntil = 0;

	constructor(
		private readonly clock: Clock,
		private readonly limits: Record<string, number> = RATE_LIMITS_PER_MINUTE,
	) {}

	/** Resolves when a call of `rateClass` may go out, and counts it. */
	async acquire(rateClass?: RateClass): Promise<void> {
		const classes = rateClass ? ['all', rateClass] : ['all'];
		for (;;) {
			const now = this.clock.now();
			let wait = this.pausedUntil - now;
			for (const name of classes) {
				const times = this.recent(name, now);
				if (times.length >= this.limits[name]) wait = Math.max(wait, times[0] + MINUTE_MS - now);
			}
			if (wait <= 0) {
				for (const name of classes) this.recent(name, now).push(now);
				return;
			}
			await this.clock.sleep(wait);
		}
	}

	/** Reads InboxKit's rate headers of an answer: none left means a pause until the reset. */
	observe(remaining: string | undefined, reset: string | undefined): void {
		if (remaining === undefined || Number(remaining) > 0 || reset === undefined) return;
		const until = resetTime(reset, this.clock.now());
		if (until !== undefined) this.pausedUntil = Math.max(this.pausedUntil, until);
	}

	/** The call times of a class within the last minute, oldest first (older ones dropped). */
	private recent(name: string, now: number): number[] {
		const times = this.sent.get(name) ?? [];
		while (times.length > 0 && times[0] <= now - MINUTE_MS) times.shift();
		this.sent.set(name, times);
		return times;
	}
}

/**
 * `X-RateLimit-Reset` as a time: epoch seconds (large numbers), else seconds from now; an HTTP
 * date is taken too. The pause is capped at a minute.
 */
export function resetTime(reset: string, now: number): number | undefined {
	const number = Number(reset);
	let at: number;
	if (reset.trim() !== '' && Number.isFinite(number))
		at = number > 1e9 ? number * 1000 : now + number * 1000;
	else {
		const date = Date.parse(reset);
		if (Number.isNaN(date)) return undefined;
		at = date;
	}
	return Math.min(Math.max(at, now), now + MAX_PAUSE_MS);
}

/** The real clock: n8n-workflow's sleep, ended early when the execution is cancelled. */
export function executionClock(cancel?: AbortSignal): Clock {
	return { now: () => Date.now(), sleep: async (ms) => await pause(ms, cancel) };
}
