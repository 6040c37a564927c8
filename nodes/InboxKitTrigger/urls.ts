/** Reading webhook URLs: whose they are. */

function parsed(url: string): URL | undefined {
	try {
		return new URL(url);
	} catch {
		return undefined;
	}
}

/** An InboxKit Trigger's URL ends in `/<webhook id>/webhook` (the node's webhook path). */
const TRIGGER_PATH = /\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/webhook\/?$/i;

/**
 * Whether `candidate` is an InboxKit Trigger's URL on the n8n that serves `own` (same origin, a
 * trigger's path): another workflow of this n8n, or this one's production or test URL.
 */
export function isTriggerUrlOfThisN8n(candidate: string, own: string): boolean {
	const theirs = parsed(candidate);
	const ours = parsed(own);
	if (!theirs || !ours) return false;
	return theirs.origin === ours.origin && TRIGGER_PATH.test(theirs.pathname);
}

/** The part of a trigger URL's path before the webhook id: n8n's production or test endpoint. */
function endpointOf(url: string): string | undefined {
	return parsed(url)?.pathname.replace(TRIGGER_PATH, '');
}

/**
 * Whether `candidate` is a trigger URL of this n8n on another endpoint than `ownTestUrl`: the
 * production URL of an active workflow (this one's or another's), not another test listen.
 */
export function isProductionUrlOfThisN8n(candidate: string, ownTestUrl: string): boolean {
	return (
		isTriggerUrlOfThisN8n(candidate, ownTestUrl) && endpointOf(candidate) !== endpointOf(ownTestUrl)
	);
}

/** Same URL, also when one has a trailing slash or an upper-case host. */
export function sameUrl(a: string | null | undefined, b: string | null | undefined): boolean {
	if (typeof a !== 'string' || typeof b !== 'string') return a === b;
	const [x, y] = [parsed(a), parsed(b)];
	if (!x || !y) return a.trim().replace(/\/+$/, '') === b.trim().replace(/\/+$/, '');
	const withoutSlash = (u: URL) =>
		`${u.origin}${u.pathname.replace(/\/+$/, '')}${u.search}${u.hash}`;
	return withoutSlash(x) === withoutSlash(y);
}

/** What n8n's log shows of a URL that is not this node's: its path or query may hold a secret. */
export function hostOf(url: string): string {
	return parsed(url)?.host || 'a URL that does not parse';
}
