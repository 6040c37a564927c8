import { sleep } from 'n8n-workflow';

/**
 * An overall deadline for one request, body included. n8n's HTTP layer only has an idle
 * timeout (a body dripped a byte at a time never trips it), and n8n replaces a request's own
 * abort signal with the execution's cancel signal, so the deadline is a race here.
 */
export class DeadlinePassed extends Error {
	constructor(readonly ms: number) {
		super(`No complete answer within ${ms} ms`);
	}
}

/**
 * The reason the deadline's timer is stopped with. Aborting without a reason makes a
 * DOMException, stack trace and all, for every request: a profile put it at 3% of a read's CPU.
 */
const RACE_OVER = new Error('The deadline is no longer needed');

/**
 * `work`, or DeadlinePassed after `ms`. The timer is n8n-workflow's sleep, stopped as soon as
 * the race is over or the execution is cancelled (the request itself is then aborted by n8n
 * and settles the race). A request left behind by the deadline is abandoned; its outcome is
 * ignored.
 */
export async function withDeadline<T>(
	work: Promise<T>,
	ms: number,
	cancel?: AbortSignal,
): Promise<T> {
	const stop = new AbortController();
	const onCancel = () => stop.abort(RACE_OVER);
	cancel?.addEventListener('abort', onCancel, { once: true });
	const timer = sleep(ms, stop.signal).then(
		() => {
			throw new DeadlinePassed(ms);
		},
		// Stopped: the race is decided by `work`.
		() => new Promise<never>(() => {}),
	);
	try {
		return await Promise.race([work, timer]);
	} finally {
		stop.abort(RACE_OVER);
		cancel?.removeEventListener('abort', onCancel);
	}
}

/** Waits `ms`, or less when the execution is cancelled (then the caller stops at its next step). */
export async function pause(ms: number, cancel?: AbortSignal): Promise<void> {
	if (cancel === undefined) return await sleep(ms);
	await sleep(ms, cancel).catch(() => undefined);
}
