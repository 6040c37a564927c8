import { useSandbox } from '../support/sandbox';
import {
	CALL_SPACING_MS,
	MAX_CALLS_PER_SECOND,
	MAX_HEADER_PAUSES_MS,
	RATE_LIMITS_PER_MINUTE,
	RateLimiter,
	resetTime,
	type Clock,
} from '../../nodes/InboxKit/transport/rateLimiter';

/**
 * The limiter's pacing on a fake clock: waits are counted, not timed. (Through n8n, the
 * transport test in rate-limit.test.ts shows the limiter at work on real answers.)
 */
function fakeClock(start = 1_700_000_000_000) {
	const clock = {
		time: start,
		sleeps: [] as number[],
		now: () => clock.time,
		// Time moves to the end of the sleep (or stays later, if another sleeper moved it on).
		sleep: async (ms: number) => {
			clock.sleeps.push(ms);
			const until = clock.time + ms;
			await Promise.resolve();
			clock.time = Math.max(clock.time, until);
		},
		stopped: () => false,
	};
	return clock as Clock & { time: number; sleeps: number[] };
}

/**
 * The minute windows and the header pauses alone, without the spacing of call starts (whose own
 * tests are below, with the limiter as the node builds it).
 */
function unspaced(clock: Clock, limits: Record<string, number> = RATE_LIMITS_PER_MINUTE) {
	return new RateLimiter(clock, limits, 0, Infinity);
}

test('50 domain searches go at once; the 51st waits until the first is a minute old', async () => {
	const clock = fakeClock();
	const limiter = unspaced(clock);
	for (let n = 0; n < 50; n++) await limiter.acquire('domain-search');
	expect(clock.sleeps).toEqual([]);
	await limiter.acquire('domain-search');
	expect(clock.sleeps).toEqual([60_000]);
});

test('searches spread over time wait only as long as needed', async () => {
	const clock = fakeClock();
	const limiter = unspaced(clock);
	for (let n = 0; n < 50; n++) {
		await limiter.acquire('domain-search');
		clock.time += 1000; // one a second
	}
	await limiter.acquire('domain-search');
	// The first search was 50 s ago: 10 s more and it is a minute old.
	expect(clock.sleeps).toEqual([10_000]);
});

test('10 bulk buys a minute, and other calls are not held up by them', async () => {
	const clock = fakeClock();
	const limiter = unspaced(clock);
	for (let n = 0; n < 10; n++) await limiter.acquire('mailbox-buy');
	for (let n = 0; n < 100; n++) await limiter.acquire();
	expect(clock.sleeps).toEqual([]);
	await limiter.acquire('mailbox-buy');
	expect(clock.sleeps).toEqual([60_000]);
});

test('5,000 calls a minute in all, whatever their class', async () => {
	const clock = fakeClock();
	const limiter = unspaced(clock, { all: 5, 'domain-search': 50, 'mailbox-buy': 10 });
	for (let n = 0; n < 3; n++) await limiter.acquire();
	for (let n = 0; n < 2; n++) await limiter.acquire('domain-search');
	expect(clock.sleeps).toEqual([]);
	await limiter.acquire();
	expect(clock.sleeps).toEqual([60_000]);
});

test('calls waiting at the same time are let through one by one, never over the limit', async () => {
	const clock = fakeClock();
	const limiter = unspaced(clock, { all: 2, 'domain-search': 2, 'mailbox-buy': 2 });
	const granted: number[] = [];
	await Promise.all(
		Array.from({ length: 6 }, async () => {
			await limiter.acquire();
			granted.push(clock.time);
		}),
	);
	// No minute window ever holds more than two grants.
	for (const at of granted) {
		expect(granted.filter((t) => t > at - 60_000 && t <= at).length).toBeLessThanOrEqual(2);
	}
	expect(granted).toHaveLength(6);
});

test("no requests left: every call pauses until InboxKit's reset", async () => {
	const clock = fakeClock();
	const limiter = unspaced(clock);
	limiter.observe(200, '0', '12'); // seconds from now
	await limiter.acquire();
	expect(clock.sleeps).toEqual([12_000]);
	limiter.observe(200, '7', '30'); // some left: no pause
	await limiter.acquire();
	expect(clock.sleeps).toEqual([12_000]);
});

test.each([['unknown'], [''], ['  '], ['NaN']])(
	'"X-RateLimit-Remaining: %s" is no number of requests left: no pause',
	async (remaining) => {
		const clock = fakeClock();
		const limiter = unspaced(clock);
		limiter.observe(200, remaining, '30');
		await limiter.acquire();
		expect(clock.sleeps).toEqual([]);
	},
);

test('a server saying "none left" on every answer is obeyed for at most five minutes in all', async () => {
	const clock = fakeClock();
	const limiter = unspaced(clock);
	for (let call = 0; call < 20; call++) {
		limiter.observe(200, '0', '60');
		await limiter.acquire();
	}
	expect(clock.sleeps.reduce((sum, ms) => sum + ms, 0)).toBe(MAX_HEADER_PAUSES_MS);
	expect(clock.sleeps.every((ms) => ms <= 60_000)).toBe(true);
});

test('after Stop, a call waiting for the reset returns at once, without sleeping on', async () => {
	let stopped = false;
	const clock = { ...fakeClock(), stopped: () => stopped };
	const limiter = unspaced(clock);
	limiter.observe(200, '0', '60');
	stopped = true;
	await limiter.acquire();
	expect(clock.sleeps).toEqual([]);
});

test('50 answers of 429 in a row make a storm; any other answer ends it', () => {
	const limiter = unspaced(fakeClock());
	for (let answer = 1; answer < 50; answer++) limiter.observe(429, undefined, undefined);
	expect(limiter.inRateLimitStorm()).toBe(false);
	limiter.observe(429, undefined, undefined);
	expect(limiter.inRateLimitStorm()).toBe(true);
	limiter.observe(200, undefined, undefined);
	expect(limiter.inRateLimitStorm()).toBe(false);
});

test.each([
	['seconds from now', '5', 5_000],
	['epoch seconds', String(1_700_000_000 + 20), 20_000],
	['epoch milliseconds', String(1_700_000_000_000 + 20_000), 20_000],
	['an HTTP date', new Date(1_700_000_000_000 + 30_000).toUTCString(), 30_000],
	['a reset hours away, capped at a minute', '7200', 60_000],
	['a reset in the past', String(1_700_000_000 - 100), 0],
])('X-RateLimit-Reset as %s', (_title, header, ms) => {
	const now = 1_700_000_000_000;
	expect(resetTime(header, now)! - now).toBe(ms);
});

test('an unreadable reset is ignored', () => {
	expect(resetTime('soon', 0)).toBeUndefined();
});

/** The most of `times` (ms) within any `windowMs` (a start at t counts in [t, t + windowMs)). */
function mostWithin(times: number[], windowMs: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	let most = 0;
	for (let first = 0, last = 0; first < sorted.length; first++) {
		while (last < sorted.length && sorted[last] < sorted[first] + windowMs) last++;
		most = Math.max(most, last - first);
	}
	return most;
}

/**
 * A clock for many callers at once: each sleep is a timer, ended `lateness()` ms after it is due;
 * `drive` moves time to the next timer only when everything else has run (microtasks settled).
 */
function virtualClock(lateness: () => number = () => 0) {
	const timers: Array<{ at: number; end: () => void }> = [];
	const clock = {
		time: 1_700_000_000_000,
		now: () => clock.time,
		sleep: async (ms: number) =>
			await new Promise<void>((end) => timers.push({ at: clock.time + ms + lateness(), end })),
		stopped: () => false,
	};
	const settle = async () => {
		for (let tick = 0; tick < 100; tick++) await Promise.resolve();
	};
	async function drive<T>(work: Promise<T>): Promise<T> {
		let done = false;
		const finished = work.finally(() => (done = true));
		for (;;) {
			await settle();
			if (done) return await finished;
			timers.sort((x, y) => x.at - y.at);
			const next = timers.shift();
			if (!next) throw new Error('nothing to wait for, and the work is not done');
			clock.time = Math.max(clock.time, next.at);
			next.end();
		}
	}
	return { clock, drive };
}

/** The start times of `count` calls made by `workers` callers at once, each calling on when let. */
async function startTimes(count: number, lateness?: () => number, workers = 30) {
	const { clock, drive } = virtualClock(lateness);
	const limiter = new RateLimiter(clock);
	const started: number[] = [];
	let next = 0;
	await drive(
		Promise.all(
			Array.from({ length: workers }, async () => {
				while (next++ < count) {
					await limiter.acquire();
					started.push(clock.time);
				}
			}),
		),
	);
	return started;
}

describe('call starts are spaced: at most 84 in any second, 5,000 in any minute', () => {
	test('30 callers at once: starts 13 ms apart, 77 a second (7 below 84, for arrivals that bunch up on the way)', async () => {
		const started = await startTimes(400);
		expect(started).toHaveLength(400);
		const gaps = started.slice(1).map((at, k) => at - started[k]);
		expect(Math.min(...gaps)).toBe(13);
		expect(CALL_SPACING_MS).toBe(13);
		expect(mostWithin(started, 1000)).toBe(77);
		expect(MAX_CALLS_PER_SECOND).toBe(77);
	});

	test('timers that fire late do not slow the pace, nor let a second hold more than 84 starts', async () => {
		let tick = 0;
		// Each sleep ends 0 to 9 ms late, as timers on a busy machine do.
		const started = await startTimes(600, () => (tick++ * 7) % 10);
		expect(mostWithin(started, 1000)).toBeLessThanOrEqual(84);
		// At most 2% slower than the pace: late calls that bunch up wait for the per-second cap.
		expect(started[599] - started[0]).toBeLessThanOrEqual(600 * CALL_SPACING_MS * 1.02);
	});

	test('a process busy for 300 ms does not start the calls whose turns went by all at once', async () => {
		let tick = 0;
		// Every 50th sleep ends 300 ms late (the event loop was busy): 24 turns go by meanwhile.
		const started = await startTimes(1000, () => (++tick % 50 === 0 ? 300 : 0));
		expect(mostWithin(started, 1000)).toBeLessThanOrEqual(MAX_CALLS_PER_SECOND);
	});

	test('a minute of calls stays at or under 5,000', async () => {
		const started = await startTimes(5200);
		expect(mostWithin(started, 60_000)).toBeLessThanOrEqual(5000);
		expect(mostWithin(started, 1000)).toBeLessThanOrEqual(84);
	});

	test('the spacing adds to the minute window of a narrower class: 50 domain searches, then a wait', async () => {
		const clock = fakeClock();
		const limiter = new RateLimiter(clock);
		const started: number[] = [];
		for (let n = 0; n < 51; n++) {
			await limiter.acquire('domain-search');
			started.push(clock.time);
		}
		expect(started[49] - started[0]).toBeLessThanOrEqual(50 * CALL_SPACING_MS);
		expect(started[50] - started[0]).toBeGreaterThanOrEqual(60_000);
	});

	test('after Stop, a call waiting for its turn returns at once', async () => {
		let stopped = false;
		const clock = { ...fakeClock(), stopped: () => stopped };
		const limiter = new RateLimiter(clock);
		await limiter.acquire();
		stopped = true;
		await limiter.acquire();
		expect(clock.sleeps).toEqual([]);
	});
});

describe("through n8n: the limiter reads InboxKit's rate headers", () => {
	const env = useSandbox();

	test('no requests left: the next call of the execution waits for the reset', async () => {
		const resetAt = Math.ceil(Date.now() / 1000) + 1; // epoch seconds
		env.sandbox.fault('GET /billing/wallet', {
			status: 200,
			body: { error: false, message: 'Wallet', credits_remaining: 5 },
			headers: { 'X-RateLimit-Remaining': '0', 'X-RateLimit-Reset': String(resetAt) },
		});
		const { items, error } = await env.run({
			parameters: {
				resource: 'billing',
				operation: 'getWallet',
				requestOptions: { parallelRequests: 1 },
			},
			items: [{}, {}],
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		const [first, second] = env.sandbox.calls('GET /billing/wallet');
		expect(first.receivedAt).toBeLessThan(resetAt * 1000);
		// Not a speed check: the second call must not reach InboxKit before the announced reset.
		expect(second.receivedAt).toBeGreaterThanOrEqual(resetAt * 1000 - 50);
	});
});
