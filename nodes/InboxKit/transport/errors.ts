import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { withoutErrorCodes } from './errorCodes';
import { deliveryNote, marked, type Delivery } from './outcome';
import { RATE_LIMIT_STORM } from './rateLimiter';
import type { RateLimitVerdict } from './retryPolicy';
import type { Scrub } from './secrets';

/** What the caller knows about the request that failed, to word the error. */
export interface FailedCall {
	method: string;
	path: string;
	/** The call may be re-sent safely (reads). */
	retryable: boolean;
	/** How many times it was sent. */
	tries: number;
	itemIndex?: number;
	/** The path is inferred; its docs page (or section). */
	guessedRoute?: { docs: string };
	/** Removes the call's secrets from text the server sent (it may echo the request). */
	scrub: Scrub;
}

/** Longest piece of InboxKit's own text that goes into an error (logs and executions keep it). */
export const MAX_MESSAGE_LENGTH = 300;

/**
 * Server text made fit for an error: the call's secrets replaced (before cutting, so no part of
 * a secret is left at the cut), then cut to `max` characters with an ellipsis.
 */
export function serverText(call: FailedCall, text: string, max = MAX_MESSAGE_LENGTH): string {
	// A few secrets' lengths beyond the cut are enough to replace any secret crossing it.
	const scrubbed = withoutErrorCodes(call.scrub(text.slice(0, max + 10_000)));
	return scrubbed.length > max ? `${scrubbed.slice(0, max - 1)}…` : scrubbed;
}

const HINTS: Record<number, string> = {
	400: 'InboxKit did not accept the values sent. Check the fields named in the message.',
	401: 'Check the API token in the InboxKit credential: it is missing, mistyped or revoked.',
	403: "The API token is valid but may not do this. Check the workspace and the token's rights.",
	404: 'InboxKit does not know this ID or route. Check the ID or the workspace it belongs to.',
	409: 'InboxKit reports a conflict: the thing already exists or is in use.',
	422: 'InboxKit did not accept the values sent. Check the fields named in the message.',
	402: 'Nothing was bought: the wallet holds too little. Top up the wallet (Billing → Add Credits), or turn off "Use Wallet Balance" to pay by checkout.',
	429: "InboxKit's rate limit was reached. Wait a minute, or lower how often the workflow runs.",
};

/** The message InboxKit put in its answer, if any (`{error: true, message}` or `{code, message}`). */
export function inboxKitMessage(body: unknown): string | undefined {
	if (body === null || typeof body !== 'object') return undefined;
	const { message, errors } = body as { message?: unknown; errors?: unknown };
	const details = Array.isArray(errors)
		? errors.map((e) => (typeof e === 'string' ? e : (e as JsonObject)?.message)).filter(Boolean)
		: [];
	const text = typeof message === 'string' ? message : undefined;
	if (details.length === 0) return text;
	return [text, ...details].filter(Boolean).join(': ');
}

/** An HTTP answer that is a failure: a non-2xx status, or `error: true` in a 2xx body. */
export function answerError(
	node: INode,
	call: FailedCall,
	status: number,
	body: unknown,
	/** Said instead of the status's usual hint. */
	note?: string,
): NodeApiError {
	// InboxKit's gateway answers a route it does not know with a 404 and no `error` field; a
	// wrong ID gets InboxKit's own `{"error": true}` 404 instead.
	const gateway = typeof body === 'object' && body !== null && !('error' in body);
	if (status === 404 && call.guessedRoute && gateway) {
		return new NodeApiError(node, body as JsonObject, {
			message: `InboxKit does not know the route ${call.method} ${call.path}: this operation's path is inferred from InboxKit's docs index and may be out of date`,
			description: `Send the request with n8n's HTTP Request node instead: Authentication "Predefined Credential Type", Credential Type "InboxKit API", and the path from InboxKit's docs (${call.guessedRoute.docs}).`,
			httpCode: '404',
			itemIndex: call.itemIndex,
		});
	}
	const message = serverText(call, inboxKitMessage(body) ?? `HTTP ${status}`);
	const serverFault = status >= 500;
	const hint = note ?? HINTS[status] ?? (serverFault ? 'InboxKit had a problem answering.' : '');
	const tries = call.tries > 1 ? ` Tried ${call.tries} times.` : '';
	const delivery: Delivery = serverFault ? 'unknown' : status === 429 ? 'refused' : 'irrelevant';
	// A refused token is said in words: InboxKit's own text for it is a code ("jwt malformed").
	const refusedToken = status === 401;
	// Not the answer itself: it may echo the request (and so its secrets) and be of any size.
	const error = new NodeApiError(node, { status, message } as JsonObject, {
		message: refusedToken ? 'InboxKit did not accept the API token' : `InboxKit: ${message}`,
		description:
			`${refusedToken ? `InboxKit said: "${message}". ` : ''}${call.method} ${call.path} answered ${status}. ${hint}${tries}${deliveryNote(call, delivery)}`.trim(),
		httpCode: String(status),
		itemIndex: call.itemIndex,
	});
	return marked(error, call, delivery);
}

/** A time for people: ISO 8601 in UTC, to the second. */
function isoSecond(time: number): string {
	const date = new Date(time);
	// A Retry-After of 1e20 seconds is past the last date JavaScript can write.
	if (Number.isNaN(date.getTime())) return 'a date too far ahead to write';
	return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Why a read stopped waiting for InboxKit's rate limit (its 429 answer is the error). */
export function rateLimitNote(
	verdict: Exclude<RateLimitVerdict, { wait: number }>,
	limited: number,
	budgetMs: number,
	now: number,
): string {
	const budget = `${Math.round(budgetMs / 1000)} seconds`;
	if (verdict.giveUp === 'asks-too-long') {
		return `InboxKit asks to wait ${Math.ceil(verdict.retryAfter / 1000)} seconds (Retry-After), longer than the ${budget} the node waits for its rate limit, so it stopped without waiting. Run it again after ${isoSecond(now + verdict.retryAfter)}.`;
	}
	const why =
		verdict.giveUp === 'budget'
			? `for ${budget}, the longest the node waits for it`
			: 'so the node stopped asking';
	return `InboxKit answered 429 (rate limit) ${limited} times ${why}. Run it again later, or lower how often the workflow runs.`;
}

/**
 * A call not sent (`sent` false) or not sent again because InboxKit answered the execution's
 * last RATE_LIMIT_STORM requests with 429: every item left fails at once with this error.
 */
export function rateLimitStormError(node: INode, call: FailedCall, sent: boolean): NodeApiError {
	return new NodeApiError(node, { status: 429 } as JsonObject, {
		message: `InboxKit answered the last ${RATE_LIMIT_STORM} requests with 429 (rate limit), so the node stopped asking`,
		description: `${call.method} ${call.path} was ${sent ? 'not sent again' : 'not sent'}. Run the workflow again in a few minutes, or lower how often it runs or how many items it handles at once.`,
		httpCode: '429',
		itemIndex: call.itemIndex,
	});
}

/** The host a redirect points to, or how it fails to say. */
function redirectTarget(call: FailedCall, location: string, baseUrl: string): string {
	if (location.trim() === '') return 'a redirect without a Location';
	try {
		return `a redirect to ${serverText(call, new URL(location, baseUrl).host, 100)}`;
	} catch {
		return 'a redirect to an unreadable Location';
	}
}

/**
 * A 3xx answer. It is not followed: InboxKit's API never redirects, and following would send
 * the token (and, on 307/308, the request body) to wherever the Location points. For a write
 * the node cannot tell whether it was carried out: a 303 after a POST is the standard "done,
 * see there", and a purchase paid by checkout may answer with one.
 */
export function redirectError(
	node: INode,
	call: FailedCall,
	status: number,
	location: string,
	baseUrl: string,
): NodeApiError {
	const message = `InboxKit answered HTTP ${status}, ${redirectTarget(call, location, baseUrl)}, which was not followed`;
	const error = new NodeApiError(node, { status } as JsonObject, {
		message,
		description: `${call.method} ${call.path}. InboxKit's API never redirects, so the token and the request stay with the Base URL's host. Check the "Base URL" field of the InboxKit credential (normally https://api.inboxkit.com).${deliveryNote(call, 'unknown')}`,
		httpCode: String(status),
		itemIndex: call.itemIndex,
	});
	return marked(error, call, 'unknown');
}

/**
 * A successful answer whose shape is not InboxKit's: `what` says what it holds, e.g. "JSON that
 * is not an object (a list)". For a write it may have been carried out all the same.
 */
export function shapeError(
	node: INode,
	call: FailedCall,
	status: number,
	what: string,
): NodeApiError {
	const error = new NodeApiError(node, { status } as JsonObject, {
		message: `InboxKit answered ${call.method} ${call.path} with ${what}`,
		description: `HTTP ${status}. InboxKit answers JSON objects with records that are objects; this answer is not one, so nothing is output from it. Check that the credential's "Base URL" points to InboxKit's API.${deliveryNote(call, 'unknown')}`,
		httpCode: String(status),
		itemIndex: call.itemIndex,
	});
	return marked(error, call, 'unknown');
}

/** An answer whose body is not the JSON InboxKit always sends (a gateway page, nothing, a cut-off body). */
export function unreadableAnswerError(
	node: INode,
	call: FailedCall,
	status: number,
	contentType: string,
	text: string,
): NodeApiError {
	const what =
		text.trim() === ''
			? 'an empty body'
			: `a body that is not JSON (${serverText(call, contentType, 100) || 'no content type'})`;
	// Scrubbed before the white space is folded, which could split a secret written with it.
	const start = serverText(
		call,
		call.scrub(text.slice(0, 20_000)).trim().replace(/\s+/g, ' '),
		120,
	);
	const delivery: Delivery = status >= 500 || status < 300 ? 'unknown' : 'irrelevant';
	const error = new NodeApiError(node, { status, body: start } as JsonObject, {
		message: `InboxKit answered HTTP ${status} with ${what}`,
		description: `${call.method} ${call.path}. ${start ? `It began: "${start}". ` : ''}This usually means a gateway or outage in front of InboxKit.${deliveryNote(call, delivery)}`,
		httpCode: String(status),
		itemIndex: call.itemIndex,
	});
	return marked(error, call, delivery);
}
