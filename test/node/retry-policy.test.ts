import { rateLimitNote } from '../../nodes/InboxKit/transport/errors';
import {
	rateLimitVerdict,
	retryAfterMs,
	retryDelayMs,
} from '../../nodes/InboxKit/transport/retryPolicy';

/**
 * The waits between tries, as numbers: through n8n they could only be seen by timing the
 * retries. A fixed `random` stands in for the jitter. (rate-limit.test.ts and
 * reliability.test.ts show the same policy at work on real answers.)
 */
const lowest = () => 0;
const middle = () => 0.5;
const highest = () => 1;

describe('backoff before the next try: half the ceiling plus jitter up to the other half', () => {
	test.each([
		// [next try, random, wait]: the ceiling starts at 500 ms and doubles with each try.
		[2, lowest, 250],
		[2, highest, 500],
		[3, lowest, 500],
		[3, middle, 750],
		[4, middle, 1500],
		[7, highest, 16_000],
		// Capped at 30 seconds however many tries.
		[8, highest, 30_000],
		[40, lowest, 15_000],
	])('try %i', (nextTry, random, wait) => {
		expect(retryDelayMs(nextTry, undefined, random)).toBe(wait);
	});

	test("the server's Retry-After instead, capped at 30 seconds", () => {
		expect(retryDelayMs(2, 1200, highest)).toBe(1200);
		expect(retryDelayMs(2, 90_000, highest)).toBe(30_000);
	});
});

describe('Retry-After', () => {
	test.each([
		['0', 0],
		['2', 2000],
		[' 3 ', 3000],
		['-5', 0],
	])('%j seconds', (header, ms) => {
		expect(retryAfterMs(header)).toBe(ms);
	});

	test.each([[''], ['   '], ['soon'], [undefined]])('%j is no Retry-After', (header) => {
		expect(retryAfterMs(header)).toBeUndefined();
	});

	test('an HTTP date', () => {
		const now = Date.parse('2026-01-01T00:00:00Z');
		expect(retryAfterMs('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
	});
});

describe('a read answered 429 waits within 60 seconds in all', () => {
	test('without Retry-After it backs off, from the first 429 on', () => {
		expect(rateLimitVerdict(1, undefined, 0, lowest)).toEqual({ wait: 250 });
		expect(rateLimitVerdict(2, undefined, 0, lowest)).toEqual({ wait: 500 });
	});

	test('a wait that ends exactly at 60 seconds is still waited', () => {
		expect(rateLimitVerdict(1, 60_000, 0)).toEqual({ wait: 60_000 });
		expect(rateLimitVerdict(1, undefined, 59_750, lowest)).toEqual({ wait: 250 });
	});

	test('one that ends later is not: the node gives up at once', () => {
		expect(rateLimitVerdict(1, 60_001, 0)).toEqual({ giveUp: 'asks-too-long', retryAfter: 60_001 });
		expect(rateLimitVerdict(3, undefined, 59_900, lowest)).toEqual({ giveUp: 'budget' });
	});

	test('the error then says it waited as long as it does', () => {
		expect(rateLimitNote({ giveUp: 'budget' }, 7, 60_000, Date.now())).toBe(
			'InboxKit answered 429 (rate limit) 7 times for 60 seconds, the longest the node waits for it. Run it again later, or lower how often the workflow runs.',
		);
	});
});
