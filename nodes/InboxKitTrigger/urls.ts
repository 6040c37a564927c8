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
