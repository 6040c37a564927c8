/**
 * The system error codes n8n-workflow looks for, in any case, anywhere in an error's message
 * (when it is made, and again when n8n-core wraps a tool's error): it then throws the message
 * away for a generic text, such as "You can retry the request immediately", which would send an
 * AI agent to buy twice. In a message, each is written out in words instead.
 */
const CODE_WORDS: Record<string, string> = {
	ECONNREFUSED: 'connection refused',
	ECONNRESET: 'connection reset',
	ENOTFOUND: 'host not found',
	ETIMEDOUT: 'timed out',
	ERRADDRINUSE: 'address in use',
	EADDRNOTAVAIL: 'address not available',
	ECONNABORTED: 'connection aborted',
	EHOSTUNREACH: 'host unreachable',
	EAI_AGAIN: 'name lookup failed',
	ENOENT: 'no such file',
	EISDIR: 'is a directory',
	ENOTDIR: 'not a directory',
	EACCES: 'access denied',
	EEXIST: 'already exists',
	EPERM: 'not permitted',
	GETADDRINFO: 'name lookup',
};
const CODES = new RegExp(Object.keys(CODE_WORDS).join('|'), 'gi');

/** `text` with every code n8n would react to put into words. */
export function withoutErrorCodes(text: string): string {
	return text.replace(CODES, (code) => CODE_WORDS[code.toUpperCase()]);
}
