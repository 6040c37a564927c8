import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

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
}

const HINTS: Record<number, string> = {
	400: 'InboxKit did not accept the values sent. Check the fields named in the message.',
	401: 'Check the API token in the InboxKit credential: it is missing, mistyped or revoked.',
	403: "The API token is valid but may not do this. Check the workspace and the token's rights.",
	404: 'InboxKit does not know this ID or route. Check the ID or the workspace it belongs to.',
	409: 'InboxKit reports a conflict: the thing already exists or is in use.',
	422: 'InboxKit did not accept the values sent. Check the fields named in the message.',
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

/**
 * What a write's failure means for the user: it is never re-sent, and either InboxKit turned it
 * away (nothing happened) or nobody knows whether it was carried out.
 */
type Delivery = 'refused' | 'unknown' | 'irrelevant';

function deliveryNote(call: FailedCall, delivery: Delivery): string {
	if (call.retryable || delivery === 'irrelevant') return '';
	const once = ' It was sent once and not retried, because it changes data.';
	if (delivery === 'refused')
		return `${once} InboxKit turned it away, so nothing was changed: run it again later.`;
	return `${once} It may have reached InboxKit: check in InboxKit before running it again, so nothing is bought or changed twice.`;
}

/** An HTTP answer that is a failure: a non-2xx status, or `error: true` in a 2xx body. */
export function answerError(
	node: INode,
	call: FailedCall,
	status: number,
	body: unknown,
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
	const message = inboxKitMessage(body) ?? `HTTP ${status}`;
	const serverFault = status >= 500;
	const hint = HINTS[status] ?? (serverFault ? 'InboxKit had a problem answering.' : '');
	const tries = call.tries > 1 ? ` Tried ${call.tries} times.` : '';
	return new NodeApiError(
		node,
		(typeof body === 'object' && body !== null ? body : { body }) as JsonObject,
		{
			message: `InboxKit: ${message}`,
			description:
				`${call.method} ${call.path} answered ${status}. ${hint}${tries}${deliveryNote(call, serverFault ? 'unknown' : status === 429 ? 'refused' : 'irrelevant')}`.trim(),
			httpCode: String(status),
			itemIndex: call.itemIndex,
		},
	);
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
			: `a body that is not JSON (${contentType || 'no content type'})`;
	const start = text.trim().slice(0, 120).replace(/\s+/g, ' ');
	return new NodeApiError(node, { status, body: start } as JsonObject, {
		message: `InboxKit answered HTTP ${status} with ${what}`,
		description: `${call.method} ${call.path}. ${start ? `It began: "${start}". ` : ''}This usually means a gateway or outage in front of InboxKit.${deliveryNote(call, status >= 500 || status < 300 ? 'unknown' : 'irrelevant')}`,
		httpCode: String(status),
		itemIndex: call.itemIndex,
	});
}

// n8n replaces any error message that contains a raw code such as ECONNRESET with a generic
// text, so the codes are put into words here and named only in the description.
const NETWORK_WORDS: Record<string, string> = {
	ECONNRESET: 'the connection was reset',
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be looked up',
	EPIPE: 'the connection broke while sending',
	UND_ERR_SOCKET: 'the connection broke',
};

/** No HTTP answer at all: timeout, reset, refused, DNS. */
export function networkError(
	node: INode,
	call: FailedCall,
	code: string | undefined,
	timeoutSeconds: number,
): NodeApiError {
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
	const reached = code !== 'ECONNREFUSED' && code !== 'ENOTFOUND' && code !== 'EAI_AGAIN';
	const message = timedOut
		? `InboxKit did not answer within ${timeoutSeconds} seconds (timed out)`
		: `Could not reach InboxKit: ${NETWORK_WORDS[code ?? ''] ?? 'a network error'}`;
	const tries = call.tries > 1 ? ` Tried ${call.tries} times.` : '';
	return new NodeApiError(node, { network: code ?? 'unknown' } as JsonObject, {
		message,
		description: `${call.method} ${call.path} (${code ?? 'no code'}).${tries}${
			timedOut ? ' Raise "Timeout" under Request Options if InboxKit is slow today.' : ''
		}${deliveryNote(call, reached ? 'unknown' : 'refused')}`,
		itemIndex: call.itemIndex,
	});
}
