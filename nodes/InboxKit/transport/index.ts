import type {
	IDataObject,
	IExecuteFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';
import { sleep } from 'n8n-workflow';

import { answerError, networkError, unreadableAnswerError, type FailedCall } from './errors';
import { nodeForErrors } from '../shared/redact';
import {
	DEFAULT_MAX_TRIES,
	DEFAULT_TIMEOUT_SECONDS,
	isTransientNetworkCode,
	isTransientStatus,
	retryAfterMs,
	retryDelayMs,
} from './retryPolicy';

export const CREDENTIAL_NAME = 'inboxKitApi';
const DEFAULT_BASE_URL = 'https://api.inboxkit.com';
const API_PREFIX = '/v1/api';

type Context = IExecuteFunctions | ILoadOptionsFunctions;

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
	/** The path is inferred (docs index only, or assumed): a gateway 404 then means the route is unknown. */
	guessedRoute?: { docs: string };
}

export interface CallSettings {
	maxTries: number;
	timeoutSeconds: number;
	itemIndex?: number;
}

export const DEFAULT_CALL_SETTINGS: CallSettings = {
	maxTries: DEFAULT_MAX_TRIES,
	timeoutSeconds: DEFAULT_TIMEOUT_SECONDS,
};

/** `https://api.inboxkit.com`, with or without a trailing slash or `/v1/api`, becomes the API root. */
export function apiRoot(baseUrl: unknown): string {
	const base = (
		typeof baseUrl === 'string' && baseUrl.trim() !== '' ? baseUrl.trim() : DEFAULT_BASE_URL
	)
		.replace(/\/+$/, '')
		.replace(/\/v1\/api$/, '');
	return `${base}${API_PREFIX}`;
}

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
	const baseURL = apiRoot(credentials.baseUrl);
	const maxTries = call.retryable ? Math.max(1, settings.maxTries) : 1;
	const failed = (tries: number): FailedCall => ({
		method: call.method,
		path: call.path,
		retryable: call.retryable,
		tries,
		itemIndex: settings.itemIndex,
		guessedRoute: call.guessedRoute,
	});

	for (let tries = 1; ; tries++) {
		// Built afresh for every try: n8n's auth step works on the options it is given.
		const options: IHttpRequestOptions = {
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
			timeout: settings.timeoutSeconds * 1000,
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		};

		let response: IN8nHttpFullResponse;
		try {
			response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				CREDENTIAL_NAME,
				options,
			)) as IN8nHttpFullResponse;
		} catch (error) {
			// n8n wraps the network error; its cause holds the code. The wrapped error is not
			// passed on, since it may carry the request headers and so the token.
			const cause = (error as { cause?: { code?: string } }).cause;
			const code = cause?.code ?? (error as { code?: string }).code;
			if (tries < maxTries && isTransientNetworkCode(code)) {
				await sleep(retryDelayMs(tries + 1));
				continue;
			}
			throw networkError(
				nodeForErrors(this.getNode()),
				failed(tries),
				code,
				settings.timeoutSeconds,
			);
		}

		const status = response.statusCode;
		if (tries < maxTries && isTransientStatus(status)) {
			await sleep(retryDelayMs(tries + 1, retryAfterMs(header(response, 'retry-after'))));
			continue;
		}

		const text =
			typeof response.body === 'string' ? response.body : JSON.stringify(response.body ?? '');
		const body = parseJson(text);
		if (body === null || typeof body !== 'object') {
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
		if (!accepted || (body as IDataObject).error === true) {
			throw answerError(nodeForErrors(this.getNode()), failed(tries), status, body);
		}
		return body as IDataObject;
	}
}

/** The answer as the user wants it: InboxKit's `error: false` flag says nothing on success. */
export function withoutEnvelope(answer: IDataObject): IDataObject {
	const rest = { ...answer };
	delete rest.error;
	return rest;
}

/**
 * How a list endpoint pages: `page` + `limit` (most lists), `limit` + `offset` (sequencers), or
 * not at all (one answer holds every record; Limit then cuts the list).
 */
export type Paging = 'page' | 'offset' | 'none';

/** Largest page InboxKit serves; also the page size used for Return All. */
export const PAGE_SIZE = 100;

/**
 * Fetches records of a list endpoint, page by page, until `limit` records (or all, when
 * `limit` is undefined). Page parameters go in the query for GET and in the body otherwise.
 */
export async function callInboxKitForRecords(
	this: Context,
	call: InboxKitCall,
	recordsKey: string,
	paging: Paging,
	limit: number | undefined,
	settings: CallSettings = DEFAULT_CALL_SETTINGS,
): Promise<IDataObject[]> {
	const pageSize = limit === undefined ? PAGE_SIZE : Math.min(limit, PAGE_SIZE);
	const records: IDataObject[] = [];
	for (let page = 1; ; page++) {
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
			throw answerError(
				nodeForErrors(this.getNode()),
				{
					method: call.method,
					path: call.path,
					retryable: call.retryable,
					tries: 1,
					itemIndex: settings.itemIndex,
				},
				200,
				{ message: `The answer has no "${recordsKey}" list` },
			);
		}
		records.push(...(batch as IDataObject[]));
		if (limit !== undefined && records.length >= limit) return records.slice(0, limit);
		if (paging === 'none' || batch.length < pageSize) return records;
		const pages = Number(answer.pages);
		if (paging === 'page' && Number.isFinite(pages) && page >= pages) return records;
		const total = Number(answer.total);
		if (Number.isFinite(total) && records.length >= total) return records;
	}
}
