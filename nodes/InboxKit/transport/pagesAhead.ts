/**
 * Return All's pages asked for ahead of need: once an answer says how many pages the list has
 * (`pages`, or `total` records), the pages after the one being read are requested a few at a time,
 * and still read one by one, in order (./lists.ts keeps its rules: the list ends at the first
 * page that brings nothing new, whatever was asked for after it).
 *
 * At most `inFlight` pages wait at any time, asked for or answered but not yet read, so memory
 * stays that of a few pages, whatever the length of the list. The window opens as pages prove the
 * list real: one page ahead after the first page, then 2, 4, 8... so a list that repeats its first
 * page costs no request more than reading it page by page.
 */
export class PagesAhead<T> {
	private readonly asked = new Map<number, Promise<T>>();
	/** Pages read that brought records, so far: the window doubles with each. */
	private read = 0;

	constructor(
		private readonly fetch: (page: number) => Promise<T>,
		private readonly inFlight: number,
	) {}

	/** Page `page`: the answer asked for ahead, or asked for now. */
	async take(page: number): Promise<T> {
		const asked = this.asked.get(page);
		this.asked.delete(page);
		return await (asked ?? this.fetch(page));
	}

	/**
	 * After page `current` brought new records: asks for the pages after it, up to `last` (the
	 * list's last page, when known) and the window.
	 */
	askUpTo(last: number | undefined, current: number): void {
		const window = Math.min(this.inFlight, 2 ** this.read++);
		if (last === undefined || this.inFlight <= 1) return;
		const end = Math.min(last, current + window);
		for (let page = current + 1; page <= end; page++) {
			if (this.asked.has(page)) continue;
			const answer = this.fetch(page);
			// Read (and its failure reported) when its turn comes, or never if the list ends before.
			answer.catch(() => undefined);
			this.asked.set(page, answer);
		}
	}

	/** Waits for every page still asked for, and forgets them: nothing runs on after the list. */
	async settle(): Promise<void> {
		await Promise.allSettled(this.asked.values());
		this.asked.clear();
	}
}
