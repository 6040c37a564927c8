import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { FailedCall } from './errors';
import { deliveryNote, marked } from './outcome';

/**
 * The execution was cancelled while a call was under way, or (`sent` false) while it waited
 * for its turn, before anything was sent.
 */
export function cancelledError(node: INode, call: FailedCall, sent = true): NodeApiError {
	const error = new NodeApiError(node, { cancelled: true } as JsonObject, {
		message: sent
			? 'The execution was cancelled while InboxKit was being called'
			: 'The execution was cancelled before this call to InboxKit was sent',
		description: sent
			? `${call.method} ${call.path}.${deliveryNote(call, 'unknown')}`
			: `${call.method} ${call.path}. Nothing was sent.`,
		itemIndex: call.itemIndex,
	});
	return sent ? marked(error, call, 'unknown') : error;
}

// n8n replaces any error message that contains a raw code such as ECONNRESET with a generic
// text, so the codes are put into words here and named only in the description.
/** Failures before anything was sent: the host could not be connected to. */
const CONNECT_WORDS: Record<string, string> = {
	ECONNREFUSED: 'the connection was refused',
	ENOTFOUND: 'the host name was not found',
	EAI_AGAIN: 'the host name could not be looked up',
	EHOSTUNREACH: 'the host is unreachable',
	ENETUNREACH: 'the network is unreachable',
};

/** Failures after the request went out: it may have been carried out. */
const BROKEN_WORDS: Record<string, string> = {
	ECONNRESET: 'was reset',
	EPIPE: 'broke while sending',
	UND_ERR_SOCKET: 'broke',
};

/**
 * What was wrong with an answer that came but could not be read (axios' ERR_BAD_RESPONSE: the
 * body stopped before its end; Node's HPE_ codes: not HTTP), else a failure without an answer.
 */
function brokenAnswer(code: string | undefined, host: string): string {
	if (code === 'ERR_BAD_RESPONSE') return `The answer from ${host} was cut off before its end`;
	if (code?.startsWith('HPE_')) return `${host} answered, but not in HTTP that could be read`;
	return `Could not reach InboxKit at ${host}: a network error`;
}

/** No HTTP answer at all: timeout, reset, refused, DNS. */
export function networkError(
	node: INode,
	call: FailedCall,
	code: string | undefined,
	timeoutSeconds: number,
	host: string,
): NodeApiError {
	const timedOut = code === 'ECONNABORTED' || code === 'ETIMEDOUT';
	const unsent = !timedOut && CONNECT_WORDS[code ?? ''] !== undefined;
	const message = timedOut
		? `InboxKit did not answer within ${timeoutSeconds} seconds (timed out)`
		: unsent
			? `Could not connect to ${host}: ${CONNECT_WORDS[code!]}`
			: BROKEN_WORDS[code ?? '']
				? `The connection to ${host} ${BROKEN_WORDS[code!]} before InboxKit answered`
				: brokenAnswer(code, host);
	const tries = call.tries > 1 ? ` Tried ${call.tries} times.` : '';
	const check = unsent
		? ' Check the "Base URL" of the InboxKit credential (normally https://api.inboxkit.com), and that the machine running n8n can reach that host (network, firewall, proxy).'
		: '';
	const note = unsent
		? call.retryable
			? ''
			: ' It never reached InboxKit, so nothing was changed: run it again once the connection works.'
		: deliveryNote(call, 'unknown');
	const error = new NodeApiError(node, { network: code ?? 'unknown' } as JsonObject, {
		message,
		description: `${call.method} ${call.path} (${code ?? 'no code'}).${tries}${check}${
			timedOut ? ' Raise "Timeout" under Request Options if InboxKit is slow today.' : ''
		}${note}`,
		itemIndex: call.itemIndex,
	});
	return unsent ? error : marked(error, call, 'unknown');
}
