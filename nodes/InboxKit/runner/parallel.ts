/** The outcome of one item's work. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error };

/**
 * Runs `work` for items 0 … count-1 with at most `limit` of them in flight, and returns their
 * outcomes in input order. With `stopOnFailure`, a failure stops new items from starting; those
 * already in flight still finish (no request is left running after the node ends), and the items
 * never started have no outcome.
 */
export async function inParallel<T>(
	count: number,
	limit: number,
	work: (itemIndex: number) => Promise<T>,
	{ stopOnFailure }: { stopOnFailure: boolean },
): Promise<Array<Outcome<T> | undefined>> {
	const outcomes: Array<Outcome<T> | undefined> = new Array(count);
	let next = 0;
	let failed = false;
	const worker = async () => {
		while (next < count && !(stopOnFailure && failed)) {
			const itemIndex = next++;
			try {
				outcomes[itemIndex] = { ok: true, value: await work(itemIndex) };
			} catch (error) {
				outcomes[itemIndex] = { ok: false, error: error as Error };
				failed = true;
			}
		}
	};
	await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, count)) }, worker));
	return outcomes;
}
