import { pause } from './deadline';

/**
 * InboxKit's published limits, per API key and minute (client, citing the docs): 5,000 requests
 * in all, 50 domain searches, 10 bulk mailbox purchases. A call names its narrower class, if any.
 * Cloudflare connect allows 10 per 5 minutes (client): kept as 2 a minute, which never exceeds
 * it (the limiter counts one-minute windows); one request connects up to 500 domains.
 */
export const RATE_LIMITS_PER_MINUTE = {
	all: 5000,
	'domain-search': 50,
	'mailbox-buy': 10,
	'cloudflare-connect': 2,
} as const;

export type RateClass = Exclude<keyof typeof RATE_LIMITS_PER_MINUTE, 'all'>;

const MINUTE_MS = 60_000;
/**
 * The least time between two call starts of one execution: 77 a second, 4,620 a minute. InboxKit
 * allows 5,000 a minute; a gateway may count them per second too (84). Requests reach it some
 * ms earlier or later than they start (handshakes, a busy machine): at 80 starts a second, up to
 * 85 arrived within one second over the bench's emulated network, so the pace keeps 7 below 84.
 * Spaced starts, rather than bursts, also keep a run from flooding the API (and Cloudflare).
 */
export const CALL_SPACING_MS = 13;
/**
 * Most call starts within any second, whatever happened to the timers: after the process was
 * busy (a long run of other work, a GC), the calls whose turns went by start at once, and this
 * keeps those from crowding one second. The spacing alone allows as many (0, 13, ... 988 ms).
 */
const SECOND_MS = 1000;
export const MAX_CALLS_PER_SECOND = Math.ceil(SECOND_MS / CALL_SPACING_MS);
/** Longest pause InboxKit's rate headers may ask for: beyond it, the 429 handling takes over. */
const MAX_PAUSE_MS = MINUTE_MS;
/**
 * Most pausing for the rate headers in one execution. Past it they are no longer obeyed (a
 * server that says "none left" on every answer would otherwise hold 1,000 items for hours);
 * InboxKit's 429s, which reads wait out within their own budget, still slow the calls.
 */
export const MAX_HEADER_PAUSES_MS = 5 * MINUTE_MS;
/**
 * 429 answers in a row, across all calls of an execution, after which the limiter stops every
 * further call at once: InboxKit keeps refusing, and each item asking 21 times helps nobody.
 */
export const RATE_LIMIT_STORM = 50;

export interface Clock {
	now(): number;
	sleep(ms: number): Promise<void>;
	/** Whether the execution was stopped: waits then end at once, and nothing more is sent. */
	stopped(): boolean;
}

/**
 * Keeps the calls of one execution under InboxKit's limits: call starts are `spacingMs` apart, in
 * turns taken in order, and never more than `perSecond` within a second (CALL_SPACING_MS,
 * MAX_CALLS_PER_SECOND: 77), and a call that would be the 51st domain
 * search within a minute waits until the oldest of those is a minute old, rather than being
 * answered 429. It also pauses every call when InboxKit reports no requests left
 * (`X-RateLimit-Remaining: 0`) until its `X-RateLimit-Reset`, and stops asking altogether after
 * RATE_LIMIT_STORM 429s in a row. Each execution has its own limiter; calls from other
 * executions show up only as InboxKit's 429s, which the transport waits out.
 */
export class RateLimiter {
	private readonly sent = new Map<string, number[]>();
	private pausedUntil = 0;
	private headerPauses = 0;
	private limitedInARow = 0;
	/** The earliest time the next call may start (the spacing): the last turn given, plus one. */
	private nextStart = -Infinity;
	/** When the calls of the last second started, oldest first. */
	private readonly lastSecond: number[] = [];

	constructor(
		private readonly clock: Clock,
		private readonly limits: Record<string, number> = RATE_LIMITS_PER_MINUTE,
		private readonly spacingMs: number = CALL_SPACING_MS,
		private readonly perSecond: number = MAX_CALLS_PER_SECOND,
	) {}

	/**
	 * Resolves when a call of `rateClass` may go out, and counts it; or at once, without counting
	 * it, when the execution was stopped (the caller then sends nothing).
	 */
	async acquire(rateClass?: RateClass): Promise<void> {
		const classes = rateClass ? ['all', rateClass] : ['all'];
		/** This call's start in the spacing, once reserved: callers waiting together go in turn. */
		let turn: number | undefined;
		while (!this.clock.stopped()) {
			const now = this.clock.now();
			let held = this.pausedUntil - now;
			for (const name of classes) {
				const times = this.recent(name, now);
				if (times.length >= this.limits[name]) held = Math.max(held, times[0] + MINUTE_MS - now);
			}
			const second = this.lastSecond;
			while (second.length > 0 && second[0] <= now - SECOND_MS) second.shift();
			if (second.length >= this.perSecond) held = Math.max(held, second[0] + SECOND_MS - now);
			if (held > 0) {
				// Held by a pause or a full minute (or second): a turn reserved before is given up, and
				// taken anew after.
				turn = undefined;
				await this.clock.sleep(held);
				continue;
			}
			if (turn === undefined) {
				// Reserved from the turn before, not from when a timer fired: a late timer does not slow
				// the pace, and each caller sleeps once, until its own turn.
				turn = Math.max(this.nextStart, now);
				this.nextStart = turn + this.spacingMs;
			}
			if (turn <= now) {
				for (const name of classes) this.recent(name, now).push(now);
				second.push(now);
				return;
			}
			await this.clock.sleep(turn - now);
		}
	}

	/**
	 * Reads an answer: its status, and InboxKit's rate headers. A number of requests left of 0 or
	 * less means a pause until the reset; anything else in that header is not a number to obey.
	 */
	observe(status: number, remaining: string | undefined, reset: string | undefined): void {
		this.limitedInARow = status === 429 ? this.limitedInARow + 1 : 0;
		if (remaining === undefined || reset === undefined) return;
		const left = remaining.trim() === '' ? NaN : Number(remaining);
		if (!Number.isFinite(left) || left > 0) return;
		const now = this.clock.now();
		const until = resetTime(reset, now);
		if (until === undefined || until <= this.pausedUntil) return;
		const longer = until - Math.max(this.pausedUntil, now);
		if (this.headerPauses + longer > MAX_HEADER_PAUSES_MS) return;
		this.headerPauses += longer;
		this.pausedUntil = until;
	}

	/** Whether InboxKit has answered RATE_LIMIT_STORM 429s in a row: no call should be sent now. */
	inRateLimitStorm(): boolean {
		return this.limitedInARow >= RATE_LIMIT_STORM;
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
 * `X-RateLimit-Reset` as a time: epoch milliseconds (13 digits and more), epoch seconds (large
 * numbers), else seconds from now; an HTTP date is taken too. The pause is capped at a minute.
 */
export function resetTime(reset: string, now: number): number | undefined {
	const number = Number(reset);
	let at: number;
	if (reset.trim() !== '' && Number.isFinite(number))
		at = number >= 1e12 ? number : number > 1e9 ? number * 1000 : now + number * 1000;
	else {
		const date = Date.parse(reset);
		if (Number.isNaN(date)) return undefined;
		at = date;
	}
	return Math.min(Math.max(at, now), now + MAX_PAUSE_MS);
}

/** The real clock: n8n-workflow's sleep, ended early when the execution is cancelled. */
export function executionClock(cancel?: AbortSignal): Clock {
	return {
		now: () => Date.now(),
		sleep: async (ms) => await pause(ms, cancel),
		stopped: () => cancel?.aborted === true,
	};
}
