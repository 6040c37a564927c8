import { HIDDEN, SECRET_KEY } from './redact';

/**
 * The secrets of one call, and their removal from whatever the server sends back. A server (or a
 * proxy in front of it) may echo the request in an error: a validation message quoting the
 * value, a body listing the request headers, an HTML debug page. Such text reaches errors, n8n's
 * log and the stored execution, so every secret the call carried is replaced in it first.
 */
export type Scrub = (text: string) => string;

/** Shorter values are not treated as secrets: replacing them would garble every message. */
const MIN_SECRET_LENGTH = 4;

/** String values under secret-looking keys (password, api_key, secret, token), at any depth. */
function collectSecrets(value: unknown, underSecretKey: boolean, into: Set<string>): void {
	if (typeof value === 'string') {
		if (underSecretKey && value.length >= MIN_SECRET_LENGTH) into.add(value);
		return;
	}
	if (Array.isArray(value)) {
		for (const entry of value) collectSecrets(entry, underSecretKey, into);
		return;
	}
	if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
		for (const [key, entry] of Object.entries(value))
			collectSecrets(entry, underSecretKey || SECRET_KEY.test(key), into);
	}
}

function htmlEscaped(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/**
 * A secret as a server may write it back: as is or inside JSON, each of those as is,
 * URL-encoded (either way of writing spaces) or HTML-escaped.
 */
function writtenForms(secret: string): string[] {
	return [secret, JSON.stringify(secret).slice(1, -1)].flatMap((form) => [
		form,
		encodeURIComponent(form),
		encodeURIComponent(form).replace(/%20/g, '+'),
		htmlEscaped(form),
	]);
}

/**
 * A function that replaces the token and every secret value of the call's body, query and
 * query (in each of their written forms) by `__hidden__`.
 */
export function scrubberFor(token: unknown, ...sent: unknown[]): Scrub {
	const secrets = new Set<string>();
	if (typeof token === 'string' && token.length >= MIN_SECRET_LENGTH) secrets.add(token);
	for (const part of sent) collectSecrets(part, false, secrets);
	// Longest first, so that a secret containing another is replaced whole.
	const forms = [...new Set([...secrets].flatMap(writtenForms))].sort(
		(a, b) => b.length - a.length,
	);
	return (text) => forms.reduce((scrubbed, form) => scrubbed.split(form).join(HIDDEN), text);
}

/** Nothing to replace (errors raised before any call). */
export const NO_SECRETS: Scrub = (text) => text;
