/**
 * The one rule for the credential's Base URL, shared by the node (below) and the credential's
 * Test button (whose request is an n8n expression, built from the same pattern and the same
 * clean-up): https, or plain http to this machine only (local test servers); a host, an
 * optional valid port and path; no user name, query or fragment. `/v1/api` at the end, with or
 * without a trailing slash, is the same as none.
 */
export const DEFAULT_BASE_URL = 'https://api.inboxkit.com';
export const API_PREFIX = '/v1/api';

const PORT = '(?::(?:[1-9]\\d{0,3}|[1-5]\\d{4}|6[0-4]\\d{3}|65[0-4]\\d{2}|655[0-2]\\d|6553[0-5]))?';
const HOST = '(?:[a-z0-9.-]+|\\[[0-9a-f:.]+\\])';
const LOOPBACK = '(?:localhost|127(?:\\.\\d{1,3}){3}|\\[::1\\])';
const PATH = '(?:/[^?#\\s]*)?';

/** Accepted Base URLs (after trimming). Its source is also used inside the credential's expression. */
export const BASE_URL_PATTERN = new RegExp(
	`^(?:https://${HOST}|http://${LOOPBACK})${PORT}${PATH}$`,
	'i',
);

/** A host (with an optional port and path) typed without its scheme, such as `api.inboxkit.com`. */
const HOST_WITHOUT_SCHEME = /^[a-z0-9.-]+(?::\d+)?(?:\/[^\s]*)?$/i;

/**
 * The trimmed Base URL, or InboxKit's when left empty. A host typed without its scheme gets
 * `https://`, as a browser would.
 */
export function givenBaseUrl(baseUrl: unknown): string {
	const given = typeof baseUrl === 'string' ? baseUrl.trim() : '';
	if (given === '') return DEFAULT_BASE_URL;
	return HOST_WITHOUT_SCHEME.test(given) ? `https://${given}` : given;
}

/** `https://api.inboxkit.com`, with or without a trailing slash or `/v1/api`, becomes the API root. */
export function apiRoot(baseUrl: unknown): string {
	return `${givenBaseUrl(baseUrl)
		.replace(/\/+$/, '')
		.replace(/\/v1\/api$/, '')}${API_PREFIX}`;
}

/**
 * Why a Base URL is refused, in words for the user; undefined when it is accepted. Whether it
 * is accepted is decided by BASE_URL_PATTERN alone, so node and credential never disagree.
 */
export function baseUrlProblem(baseUrl: unknown): string | undefined {
	const given = givenBaseUrl(baseUrl);
	if (BASE_URL_PATTERN.test(given)) return undefined;
	const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(given)?.[1]?.toLowerCase();
	if (scheme !== 'https' && scheme !== 'http') {
		return scheme === undefined ? 'is not a URL' : 'is not a URL starting with https://';
	}
	const authority = given.slice(scheme.length + 3).split(/[/?#]/)[0];
	if (authority.includes('@')) return 'holds a user name or password';
	if (/[?#]/.test(given)) return 'holds a query or a #fragment';
	const port = /:(\d*)$/.exec(authority.replace(/^\[[^\]]*\]/, ''))?.[1];
	if (port !== undefined && !(Number(port) >= 1 && Number(port) <= 65535))
		return 'has no valid port (1 to 65535)';
	if (scheme === 'http') {
		return 'uses plain http, which would send the API token unencrypted (plain http is only for a test server on this machine: localhost, 127.0.0.1, [::1])';
	}
	return 'is not a URL InboxKit can be reached at';
}

/**
 * The credential Test button's baseURL: the same clean-up as apiRoot, and for a refused Base
 * URL a value that is not a URL, so n8n sends nothing and reports "Invalid URL".
 */
export function credentialTestBaseUrlExpression(): string {
	const trimmed = `(String($credentials.baseUrl ?? '').trim() || '${DEFAULT_BASE_URL}')`;
	const given = `(/${HOST_WITHOUT_SCHEME.source}/i.test(${trimmed}) ? 'https://' + ${trimmed} : ${trimmed})`;
	// RegExp#source escapes its slashes, so it can be written as a literal as it is.
	const pattern = `/${BASE_URL_PATTERN.source}/i`;
	return `={{ ${pattern}.test(${given}) ? ${given}.replace(/\\/+$/, '').replace(/\\/v1\\/api$/, '') + '${API_PREFIX}' : 'refused Base URL' }}`;
}
