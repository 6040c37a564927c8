import type { RateClass, RateLimiter } from './rateLimiter';
import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isRecord, kindOf, MAX_DEPTH, nestedDeeperThan } from './answerShape';
import { cancelledError, networkError } from './networkErrors';
import {
	answerError,
	rateLimitNote,
	rateLimitStormError,
	redirectError,
	shapeError,
	unreadableAnswerError,
	type FailedCall,
} from './errors';
import { apiRoot, baseUrlProblem } from './baseUrl';
import { DeadlinePassed, pause, withDeadline } from './deadline';
import { asDecrypted, credentialOf, CREDENTIAL_NAME } from './credential';
import { scrubberFor, type Scrub } from './secrets';
import { nodeForErrors } from './redact';
import {
	DEFAULT_MAX_TRIES,
	DEFAULT_TIMEOUT_SECONDS,
	isTransientNetworkCode,
	isTransientStatus,
	RATE_LIMIT_BUDGET_MS,
	rateLimitVerdict,
	retryAfterMs,
	retryDelayMs,
} from './retryPolicy';

/** Every n8n context the node and its triggers call InboxKit from. */
export type Context = IExecuteFunctions | ILoadOptionsFunctions | IHookFunctions | IPollFunctions;

/** One request to InboxKit, described in the API's own terms. */
export interface InboxKitCall {
	method: IHttpRequestMethods;
	/** Path below /v1/api, e.g. `/workspaces/list`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** Workspace UID, sent as `X-Workspace-Id` (workspace-level endpoints need it). */
	workspaceId?: string;
	/** Only calls that read may be re-sent after a transient failure. */
	retryable: boolean;
	/** Non-2xx statuses whose `error: false` answer is a result (e.g. 409 "already connected"). */
	acceptStatuses?: number[];
	/** The path is inferred (no public source shows it): a gateway 404 then says so. */
	guessedRoute?: { docs: string };
	/** The narrower rate limit the endpoint has (domain search, bulk buy), if any. */
	rateClass?: RateClass;
	/** What a failure means for this endpoint, said instead of the status's usual hint. */
	errorHint?: ErrorHint;
}

/** The hint for a failed answer (status and parsed body), or undefined for the usual one. */
export type ErrorHint = (status: number, body: unknown) => string | undefined;

export interface CallSettings {
	maxTries: number;
	timeoutSeconds: number;
	itemIndex?: number;
	/** Paces the calls of one execution within InboxKit's rate limits. */
	limiter?: RateLimiter;
	/** "Parallel Requests": how many calls may wait at once (pages of a list ask several ahead). */
	parallel?: number;
}

export const DEFAULT_CALL_SETTINGS: CallSettings = {
	maxTries: DEFAULT_MAX_TRIES,
	timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
};

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch {
		return undefined;
	}
}

function header(response: IN8nHttpFullResponse, name: string): string {
	const value = response.headers?.[name];
	return Array.isArray(value) ? String(value[0]) : typeof value === 'string' ? value : '';
}

/** The options of one send, built afresh for every try: n8n's auth step works on what it is given. */
function requestOptions(
	call: InboxKitCall,
	baseURL: string,
	timeoutSeconds: number,
): IHttpRequestOptions {
	return {
		method: call.method,
		baseURL,
		url: call.path,
		headers: {
			Accept: 'application/json',
			...(call.workspaceId ? { 'X-Workspace-Id': call.workspaceId } : {}),
		},
		qs: call.qs,
		body: call.body,
		json: true,
		// Read the raw text so that HTML or truncated bodies get a clear error, not a parse crash.
		encoding: 'text',
		// n8n's idle timeout; the overall deadline is withDeadline's.
		timeout: timeoutSeconds * 1000,
		// InboxKit's API never redirects: a redirect would take the token (and on 307/308 a
		// purchase) to another host, so it is reported, never followed.
		disableFollowRedirect: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
}

/**
 * InboxKit's answer to a send that was not retried, or the error it amounts to: a redirect,
 * a body that is not JSON, an HTTP or `{"error": true}` failure, or JSON of the wrong shape.
 */
function answerOf(
	nodeOf: () => INode,
	call: InboxKitCall,
	failed: FailedCall,
	response: IN8nHttpFullResponse,
	baseURL: string,
): IDataObject {
	const status = response.statusCode;
	if (status >= 300 && status <= 399)
		throw redirectError(nodeOf(), failed, status, header(response, 'location'), baseURL);

	const text =
		typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
	const body = parseJson(text);
	if (body === undefined)
		throw unreadableAnswerError(nodeOf(), failed, status, header(response, 'content-type'), text);
	const accepted =
		(status >= 200 && status <= 299) || call.acceptStatuses?.includes(status) === true;
	if (!accepted || (isRecord(body) && body.error === true))
		throw answerError(nodeOf(), failed, status, body, call.errorHint?.(status, body));
	if (!isRecord(body))
		throw shapeError(nodeOf(), failed, status, `JSON that is not an object (${kindOf(body)})`);
	if (nestedDeeperThan(body))
		throw shapeError(nodeOf(), failed, status, `data nested deeper than ${MAX_DEPTH} levels`);
	return body;
}

/** The Base URL as the API root, or the error that stops the call before anything is sent. */
function checkedApiRoot(ctx: Context, baseUrl: unknown, itemIndex: number | undefined): string {
	const problem = baseUrlProblem(baseUrl);
	if (problem === undefined) return apiRoot(baseUrl);
	throw new NodeOperationError(
		nodeForErrors(ctx.getNode()),
		`The "Base URL" of the InboxKit credential ${problem}`,
		{
			itemIndex,
			description:
				'Nothing was sent. Set it to https://api.inboxkit.com (or leave it empty) in the InboxKit credential.',
		},
	);
}

/**
 * Sends one call and returns InboxKit's JSON answer. Every failure becomes an n8n error that
 * carries InboxKit's own message (with the call's secrets replaced): HTTP errors,
 * `{"error": true}` inside a 200, redirects (never followed), bodies that are not JSON or not
 * objects, timeouts (an overall deadline) and broken connections.
 *
 * Reads wait out 429s within RATE_LIMIT_BUDGET_MS (honouring Retry-After), and are sent again
 * after 502/503/504 and connection failures up to `maxTries`. Everything else, and every
 * write, is sent exactly once.
 */
export async function callInboxKit(
	this: Context,
	call: InboxKitCall,
	settings: CallSettings = DEFAULT_CALL_SETTINGS,
): Promise<IDataObject> {
	const credentials = await credentialOf(this);
	const baseURL = checkedApiRoot(this, credentials.baseUrl, settings.itemIndex);
	const readyMade = { credentialsDecrypted: asDecrypted(this, credentials) };
	const maxTries = call.retryable ? Math.max(1, settings.maxTries) : 1;
	// Built on the first error only: most calls succeed, and building it costs ~5% CPU per call.
	let scrubber: Scrub | undefined;
	const scrub: Scrub = (text) =>
		(scrubber ??= scrubberFor(credentials.apiToken, call.body, call.qs))(text);
	const failed = (tries: number): FailedCall => ({
		method: call.method,
		path: call.path,
		retryable: call.retryable,
		tries,
		itemIndex: settings.itemIndex,
		scrub,
		guessedRoute: call.guessedRoute,
	});
	// The execution's cancel signal (only executions have one): waits end when it fires.
	const cancel = 'getExecutionCancelSignal' in this ? this.getExecutionCancelSignal() : undefined;

	const started = Date.now();
	// Failures that spend "Max Tries for Reads" (502/503/504, broken connections, timeouts),
	// and 429s, which are waited out within the rate-limit budget instead.
	let failures = 0;
	let limited = 0;
	for (let tries = 1; ; tries++) {
		await settings.limiter?.acquire(call.rateClass);
		// Stopped while waiting for its turn (or a retry's): nothing more is sent.
		if (cancel?.aborted)
			throw cancelledError(nodeForErrors(this.getNode()), failed(tries), tries > 1);
		if (settings.limiter?.inRateLimitStorm())
			throw rateLimitStormError(nodeForErrors(this.getNode()), failed(tries), tries > 1);
		let response: IN8nHttpFullResponse;
		try {
			response = await withDeadline(
				this.helpers.httpRequestWithAuthentication.call(
					this,
					CREDENTIAL_NAME,
					requestOptions(call, baseURL, settings.timeoutSeconds),
					readyMade,
				) as Promise<IN8nHttpFullResponse>,
				settings.timeoutSeconds * 1000,
				cancel,
			);
		} catch (error) {
			// n8n wraps the network error; its cause holds the code. The wrapped error is not
			// passed on, since it carries the request headers and so the token.
			const cause = (error as { cause?: { code?: string } }).cause;
			const code =
				error instanceof DeadlinePassed
					? 'ETIMEDOUT'
					: (cause?.code ?? (error as { code?: string }).code);
			if (cancel?.aborted) throw cancelledError(nodeForErrors(this.getNode()), failed(tries));
			if (++failures < maxTries && isTransientNetworkCode(code)) {
				await pause(retryDelayMs(failures + 1), cancel);
				continue;
			}
			throw networkError(
				nodeForErrors(this.getNode()),
				failed(tries),
				code,
				settings.timeoutSeconds,
				new URL(baseURL).host,
			);
		}

		const status = response.statusCode;
		settings.limiter?.observe(
			status,
			header(response, 'x-ratelimit-remaining') || undefined,
			header(response, 'x-ratelimit-reset') || undefined,
		);
		const retryAfter = retryAfterMs(header(response, 'retry-after'));
		if (status === 429 && call.retryable) {
			const verdict = rateLimitVerdict(++limited, retryAfter, Date.now() - started);
			if ('wait' in verdict) {
				await pause(verdict.wait, cancel);
				continue;
			}
			throw answerError(
				nodeForErrors(this.getNode()),
				failed(tries),
				status,
				parseJson(typeof response.body === 'string' ? response.body : ''),
				rateLimitNote(verdict, limited, RATE_LIMIT_BUDGET_MS, Date.now()),
			);
		}
		if (status !== 429 && isTransientStatus(status) && ++failures < maxTries) {
			await pause(retryDelayMs(failures + 1, retryAfter), cancel);
			continue;
		}
		// The node only for an error: n8n's getNode() copies the whole node (~20 us a call).
		return answerOf(() => nodeForErrors(this.getNode()), call, failed(tries), response, baseURL);
	}
}
