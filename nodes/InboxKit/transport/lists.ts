import type { IDataObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { isRecord, kindOf } from './answerShape';
import {
	callInboxKit,
	DEFAULT_CALL_SETTINGS,
	type CallSettings,
	type Context,
	type InboxKitCall,
} from './call';
import { answerError, shapeError, type FailedCall } from './errors';
import { PagesAhead } from './pagesAhead';
import { NO_SECRETS } from './secrets';
import { nodeForErrors } from './redact';

/**
 * How a list endpoint pages: `page` + `limit` (most lists), `limit` + `offset` (sequencers), or
 * not at all (one answer holds every record; Limit then cuts the list).
 */
export type Paging = 'page' | 'offset' | 'none';

/** Largest page InboxKit serves; also the page size used for Return All. */
export const PAGE_SIZE = 100;

/**
 * Return All stops here with an error: a list that lies about its end (or repeats itself with
 * new uids) must not keep the node fetching, nor fill the memory.
 */
export const MAX_PAGES = 1_000;
export const MAX_RECORDS = MAX_PAGES * PAGE_SIZE;

/**
 * Most pages of one list asked for at once, within "Parallel Requests": the 99 pages after the
 * first of 10,000 records take ~10 round trips of requests instead of 99 (the limiter still
 * spaces every call).
 */
export const PAGES_IN_FLIGHT = 10;

function pagesInFlight(settings: CallSettings): number {
	return Math.min(PAGES_IN_FLIGHT, settings.parallel ?? 1);
}

/**
 * The last page of a list as an answer gives it (`pages`, else `total` records), within `limit`
 * and MAX_PAGES; undefined when the answer does not say.
 */
function lastPageOf(
	paging: Paging,
	pages: number | undefined,
	total: number | undefined,
	pageSize: number,
	limit: number | undefined,
): number | undefined {
	const last =
		paging === 'page' && pages !== undefined
			? pages
			: total !== undefined
				? Math.ceil(total / pageSize)
				: undefined;
	if (last === undefined) return undefined;
	const wanted = limit === undefined ? last : Math.min(last, Math.ceil(limit / pageSize));
	return Math.min(wanted, MAX_PAGES);
}

/** A count InboxKit gave (`pages`, `total`), when it gave one. */
function countOf(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) return value;
	if (typeof value === 'string' && /^\d+$/.test(value.trim())) return Number(value);
	return undefined;
}

/** What identifies a record across pages: its `uid` or `_id`, when it has one. */
function keyOf(record: IDataObject): string | undefined {
	const key = record.uid ?? record._id;
	return typeof key === 'string' || typeof key === 'number' ? String(key) : undefined;
}

/**
 * Fetches records of a list endpoint, page by page, until `limit` records (or all, when
 * `limit` is undefined). Page parameters go in the query for GET and in the body otherwise.
 *
 * The list ends at the first of: a page shorter than asked for, the last of `pages`, `total`
 * records, or a page that brings no record not seen before (by uid or _id; a page of records
 * without either that repeats the page before). Records already seen are not output twice.
 * `shape` turns each record kept into the one output (Simplify), as its page arrives.
 *
 * Once an answer gives `pages` or `total`, the pages after it are asked for ahead, up to
 * PAGES_IN_FLIGHT (and "Parallel Requests") at once (./pagesAhead.ts); they are still read in
 * order, by the same rules, and pages asked for past the end are waited for and dropped.
 */
export async function callInboxKitForRecords(
	this: Context,
	call: InboxKitCall,
	recordsKey: string,
	paging: Paging,
	limit: number | undefined,
	settings: CallSettings = DEFAULT_CALL_SETTINGS,
	shape: (record: IDataObject) => IDataObject = (record) => record,
): Promise<IDataObject[]> {
	const pageSize = limit === undefined ? PAGE_SIZE : Math.min(limit, PAGE_SIZE);
	const described: FailedCall = {
		method: call.method,
		path: call.path,
		retryable: call.retryable,
		tries: 1,
		itemIndex: settings.itemIndex,
		scrub: NO_SECRETS,
	};
	const tooLong = (what: string) =>
		new NodeApiError(
			nodeForErrors(this.getNode()),
			{},
			{
				message: `InboxKit's list "${call.method} ${call.path}" ${what}`,
				description:
					'The node stops there, so that a list that does not end cannot hold up the workflow or fill the memory. Use "Limit" instead of "Return All", or filters that list fewer records.',
				itemIndex: settings.itemIndex,
			},
		);

	/** One page, asked for and checked: its answer and its records. */
	const fetchPage = async (
		page: number,
	): Promise<{ answer: IDataObject; batch: IDataObject[] }> => {
		const paging_ =
			paging === 'page'
				? { page, limit: pageSize }
				: { limit: pageSize, offset: (page - 1) * pageSize };
		const pagedCall: InboxKitCall =
			paging === 'none'
				? call
				: call.method === 'GET'
					? { ...call, qs: { ...call.qs, ...paging_ } }
					: { ...call, body: { ...call.body, ...paging_ } };
		const answer = await callInboxKit.call(this, pagedCall, settings);
		const batch = answer[recordsKey];
		if (!Array.isArray(batch)) {
			throw answerError(nodeForErrors(this.getNode()), described, 200, {
				message: `The answer has no "${recordsKey}" list`,
			});
		}
		const stray = batch.findIndex((record) => !isRecord(record));
		if (stray !== -1) {
			throw shapeError(
				nodeForErrors(this.getNode()),
				described,
				200,
				`a record that is not an object (record ${stray + 1}: ${kindOf(batch[stray])})`,
			);
		}
		return { answer, batch: batch as IDataObject[] };
	};
	const ahead = new PagesAhead(fetchPage, paging === 'none' ? 1 : pagesInFlight(settings));

	const records: IDataObject[] = [];
	const seen = new Set<string>();
	let previousKeyless: string | undefined;
	try {
		for (let page = 1; ; page++) {
			if (page > MAX_PAGES) {
				throw tooLong(
					`did not end after ${MAX_PAGES.toLocaleString('en-US')} pages (${records.length.toLocaleString('en-US')} records)`,
				);
			}
			const { answer, batch } = await ahead.take(page);
			if (records.length + batch.length > MAX_RECORDS)
				throw tooLong(`holds more than ${MAX_RECORDS.toLocaleString('en-US')} records`);

			let fresh = 0;
			const keyless = (batch as IDataObject[]).some((record) => keyOf(record) === undefined);
			// Records without uid or _id cannot be told apart: a page equal to the one before is a repeat.
			const fingerprint = keyless ? JSON.stringify(batch) : undefined;
			if (fingerprint === undefined || fingerprint !== previousKeyless) {
				for (const record of batch as IDataObject[]) {
					const key = keyOf(record);
					if (key !== undefined) {
						if (seen.has(key)) continue;
						seen.add(key);
					}
					records.push(shape(record));
					fresh++;
				}
			}
			previousKeyless = fingerprint;

			if (limit !== undefined && records.length >= limit) return records.slice(0, limit);
			if (paging === 'none' || fresh === 0 || batch.length < pageSize) return records;
			const pages = countOf(answer.pages);
			if (paging === 'page' && pages !== undefined && page >= pages) return records;
			const total = countOf(answer.total);
			if (total !== undefined && records.length >= total) return records;
			// Known to go on: the next pages are asked for before they are needed, a few at a time.
			ahead.askUpTo(lastPageOf(paging, pages, total, pageSize, limit), page);
		}
	} finally {
		// Pages asked for ahead of an end: no request is left running when the list is done.
		await ahead.settle();
	}
}
