import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isRecord, kindOf, MAX_DEPTH, nestedDeeperThan } from './answerShape';
import {
	answerError,
	cancelledError,
	networkError,
	rateLimitNote,
	redirectError,
	shapeError,
	unreadableAnswerError,
	type FailedCall,
} from './errors';
import { apiRoot, baseUrlProblem } from './baseUrl';
import { DeadlinePassed, pause, withDeadline } from './deadline';
import { multipartBody, type Upload } from './multipart';
import { scrubberFor } from './secrets';
import { nodeForErrors } from '../shared/redact';
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

export const CREDENTIAL_NAME = 'inboxKitApi';

export type Context = IExecuteFunctions | ILoadOptionsFunctions;

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
	/** A file to send as multipart/form-data instead of a JSON body. */
	upload?: Upload;
}

export type { Upload };

export interface CallSettings {
	maxTries: number;
	timeoutSeconds: number;
	itemIndex?: number;
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

/**
 * Sends one call and returns InboxKit's JSON answer. Every failure becomes a NodeApiError that
 * carries InboxKit's own message: HTTP errors, `{"error": true}` inside a 200, bodies that are
 * not JSON, timeouts and broken connections. Reads are retried on 429/502/503/504 and
 * connection failures (honouring Retry-After); everything else is sent exactly once.
 */
export async function callInboxKit(
	this: Context,
	call: InboxKitCall,
	settings: CallSettings = DEFAULT_CALL_SETTINGS,
): Promise<IDataObject> {
	const credentials = await this.getCredentials(CREDENTIAL_NAME);
	const problem = baseUrlProblem(credentials.baseUrl);
	if (problem !== undefined) {
		throw new NodeOperationError(
			nodeForErrors(this.getNode()),
			`The "Base URL" of the InboxKit credential ${problem}`,
			{
				itemIndex: settings.itemIndex,
				description:
					'Nothing was sent. Set it to https://api.inboxkit.com (or leave it empty) in the InboxKit credential.',
			},
		);
	}
	const baseURL = apiRoot(credentials.baseUrl);
	const maxTries = call.retryable ? Math.max(1, settings.maxTries) : 1;
	const scrub = scrubberFor(credentials.apiToken, call.body, call.qs, call.upload?.fields);
	const failed = (tries: number): FailedCall => ({
		method: call.method,
		path: call.path,
		retryable: call.retryable,
		tries,
		itemIndex: settings.itemIndex,
		scrub,
	});

	// The execution's cancel signal (only executions have one): waits end when it fires.
	const cancel = 'getExecutionCancelSignal' in this ? this.getExecutionCancelSignal() : undefined;

	const multipart = call.upload
		? multipartBody(call.upload, `----n8nInboxKit${Date.now().toString(16)}`)
		: undefined;

	const started = Date.now();
	// Failures that spend "Max Tries for Reads" (502/503/504, broken connections, timeouts),
	// and 429s, which are waited out within the rate-limit budget instead.
	let failures = 0;
	let limited = 0;
	for (let tries = 1; ; tries++) {
		// Built afresh for every try: n8n's auth step works on the options it is given.
		const options: IHttpRequestOptions = {
			method: call.method,
			baseURL,
			url: call.path,
			headers: {
				Accept: 'application/json',
				...(call.workspaceId ? { 'X-Workspace-Id': call.workspaceId } : {}),
				...(multipart ? { 'Content-Type': multipart.contentType } : {}),
			},
			qs: call.qs,
			body: multipart ? multipart.body : call.body,
			json: !multipart,
			// Read the raw text so that HTML or truncated bodies get a clear error, not a parse crash.
			encoding: 'text',
			timeout: settings.timeoutSeconds * 1000,
			// InboxKit's API never redirects: a redirect would take the token (and on 307/308 a
			// purchase) to another host, so it is reported, never followed.
			disableFollowRedirect: true,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		};

		let response: IN8nHttpFullResponse;
		try {
			response = await withDeadline(
				this.helpers.httpRequestWithAuthentication.call(
					this,
					CREDENTIAL_NAME,
					options,
				) as Promise<IN8nHttpFullResponse>,
				settings.timeoutSeconds * 1000,
				cancel,
			);
		} catch (error) {
			// n8n wraps the network error; its cause holds the code. The wrapped error is not
			// passed on, since it may carry the request headers and so the token.
			const cause = (error as { cause?: { code?: string } }).cause;
			const code =
				error instanceof DeadlinePassed
					? 'ETIMEDOUT'
					: (cause?.code ?? (error as { code?: string }).code);
			if (cancel?.aborted) throw cancelledError(nodeForErrors(this.getNode()), failed(tries));
			failures++;
			if (failures < maxTries && isTransientNetworkCode(code)) {
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
		const retryAfter = retryAfterMs(header(response, 'retry-after'));
		if (status === 429 && call.retryable) {
			limited++;
			const verdict = rateLimitVerdict(limited, retryAfter, Date.now() - started);
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

		if (status >= 300 && status <= 399) {
			throw redirectError(
				nodeForErrors(this.getNode()),
				failed(tries),
				status,
				header(response, 'location'),
				baseURL,
			);
		}

		const text =
			typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
		const body = parseJson(text);
		if (body === undefined) {
			throw unreadableAnswerError(
				nodeForErrors(this.getNode()),
				failed(tries),
				status,
				header(response, 'content-type'),
				text,
			);
		}
		const accepted =
			(status >= 200 && status <= 299) || call.acceptStatuses?.includes(status) === true;
		if (!accepted || (isRecord(body) && body.error === true)) {
			throw answerError(nodeForErrors(this.getNode()), failed(tries), status, body);
		}
		if (!isRecord(body)) {
			throw shapeError(
				nodeForErrors(this.getNode()),
				failed(tries),
				status,
				`JSON that is not an object (${kindOf(body)})`,
			);
		}
		if (nestedDeeperThan(body)) {
			throw shapeError(
				nodeForErrors(this.getNode()),
				failed(tries),
				status,
				`data nested deeper than ${MAX_DEPTH} levels`,
			);
		}
		return body;
	}
}
