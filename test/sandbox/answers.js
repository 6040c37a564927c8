'use strict';
/** Helpers for route handlers: InboxKit's success envelope and its error answers. */

class HttpAnswer extends Error {
	constructor(status, body, headers = {}) {
		super(typeof body?.message === 'string' ? body.message : `HTTP ${status}`);
		this.status = status;
		this.body = body;
		this.headers = headers;
	}
}

/** `{"error": false, "message": ..., ...payload}` */
function ok(message, payload = {}) {
	return { error: false, message, ...payload };
}

/** `{"error": true, "message": ...}` with an HTTP status, thrown from a handler. */
function fail(status, message) {
	return new HttpAnswer(status, { error: true, message });
}

/** Rejects a request that lacks any of `fields` in `source`, as InboxKit's validation does. */
function requireFields(source, fields) {
	for (const field of fields) {
		const value = source?.[field];
		if (
			value === undefined ||
			value === null ||
			value === '' ||
			(Array.isArray(value) && value.length === 0)
		) {
			throw fail(400, `${field} is required`);
		}
	}
}

/**
 * Pages `records` by `page`/`limit` the way InboxKit's list endpoints do. `total` and `pages` are
 * optional in the answer: with `totals: false` they are left out, as an answer that was never
 * seen with them may do (a client must then stop at the first short page).
 */
function pageOf(records, source, key, { totals = true } = {}) {
	const limit = Number(source.limit ?? 10);
	const page = Number(source.page ?? 1);
	if (!Number.isInteger(limit) || limit < 1 || limit > 100)
		throw fail(400, 'limit must be between 1 and 100');
	if (!Number.isInteger(page) || page < 1) throw fail(400, 'page must be 1 or more');
	return {
		[key]: records.slice((page - 1) * limit, page * limit),
		...(totals === 'null' ? { total: null, pages: null } : {}),
		...(totals === true ? { total: records.length, pages: Math.ceil(records.length / limit) } : {}),
		current_page: page,
		limit,
	};
}

/**
 * Paging fields of every list answer, unless the state says lists leave them out
 * (`listTotals: false`) or send them as null (`listTotals: 'null'`).
 */
function totalsOf(state) {
	if (state.listTotals === 'null') return { totals: 'null' };
	return { totals: state.listTotals !== false };
}

let counter = 0;
/** A fresh uid shaped like InboxKit's. */
function newUid(prefix = '') {
	counter += 1;
	return `${prefix}${Date.now().toString(16)}${counter.toString(16).padStart(6, '0')}`;
}

module.exports = { HttpAnswer, ok, fail, requireFields, pageOf, totalsOf, newUid };
