/// <reference types="node" />
// node:crypto is a Node builtin (no runtime dependency); the community linter allows it.
import { createHash, timingSafeEqual } from 'crypto';

const PREFIX = /^sha256=/i;

function sha256(text: string): Buffer {
	return createHash('sha256').update(text, 'utf8').digest();
}

/**
 * The token as InboxKit receives it: the credential sends `Authorization: Bearer <token>`, and
 * HTTP drops spaces and tabs at the end of a header value, so a token saved with a trailing space
 * works for API calls and InboxKit signs with the token without it. Spaces inside stay.
 */
export function tokenAsSent(apiToken: string): string {
	return apiToken.replace(/[ \t]+$/, '');
}

/**
 * InboxKit signs with `X-InboxKit-Signature: sha256=<hex SHA-256 of the API token>`: the same
 * value on every request, proof that the sender knows the token (not an HMAC of the body). The
 * prefix is optional here. Both sides are hashed again before the constant-time compare, so
 * values of any length compare in the same time.
 */
export function signatureMatches(header: string | undefined, apiToken: string): boolean {
	if (!header || !tokenAsSent(apiToken)) return false;
	const given = header.trim().replace(PREFIX, '').toLowerCase();
	const expected = sha256(tokenAsSent(apiToken)).toString('hex');
	return timingSafeEqual(sha256(given), sha256(expected));
}
