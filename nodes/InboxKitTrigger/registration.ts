import type { IDataObject, IHookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { callInboxKit } from '../InboxKit/transport';
import { REGISTRATION } from './description';
import { hostOf, isProductionUrlOfThisN8n, isTriggerUrlOfThisN8n, sameUrl } from './urls';
import { triggerWorkspace } from '../InboxKit/pickers/workspace';
import { get as getWorkspace } from '../InboxKit/resources/workspace/get';
import { getMany as listWorkspaces } from '../InboxKit/resources/workspace/getMany';
import { updateWebhook } from '../InboxKit/resources/workspace/updateWebhook';

/**
 * "Register automatically": the trigger's URL becomes the workspace's webhook URL while the
 * workflow is active. InboxKit keeps one URL per workspace, so the URL it replaces is kept in the
 * workflow's static data and put back on deactivation.
 */

/** What activation changed, kept in the node's static data. */
interface Registration {
	workspaceUid: string;
	/** The URL this node set. */
	webhookUrl: string;
	/** The workspace's URL before; null when it had none or InboxKit did not say. */
	previousUrl: string | null;
}

const WEBHOOK_KEYS = ['webhook_url', 'webhookUrl', 'webhook'];

/**
 * The webhook URL in a Get Workspace answer. The field is not documented: `webhook_url` (as on
 * Create Workspace) is looked for in the answer's `workspace`, `data` or top level. Returns null
 * for "no URL set" and undefined when the answer does not say.
 */
export function webhookUrlIn(answer: IDataObject): string | null | undefined {
	const places = [answer.workspace, answer.data, answer.result, answer];
	for (const place of places) {
		if (place === null || typeof place !== 'object' || Array.isArray(place)) continue;
		for (const key of WEBHOOK_KEYS) {
			if (!(key in place)) continue;
			const value = (place as IDataObject)[key];
			// JSON has no undefined: a key that is there holds null, text or something else.
			if (value === null) return null;
			if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
		}
	}
	return undefined;
}

export function registrationMode(ctx: IHookFunctions): string {
	return ctx.getNodeParameter('registration', REGISTRATION.automatic) as string;
}

function stored(ctx: IHookFunctions): IDataObject & { registration?: Registration } {
	return ctx.getWorkflowStaticData('node') as IDataObject & { registration?: Registration };
}

/** n8n's "Listen for test event": the node runs with its test URL, in mode manual. */
function isTestListen(ctx: IHookFunctions): boolean {
	return ctx.getMode() === 'manual';
}

function ownUrl(ctx: IHookFunctions): string {
	const url = ctx.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(ctx.getNode(), 'n8n gave this trigger no webhook URL');
	return url;
}

/**
 * The workspace's webhook URL: from its row in List Workspaces first (InboxKit is seen to report
 * `webhook_url` there), else from Get Workspace (whose answer no source shows). Undefined when
 * neither says.
 */
async function readWebhookUrl(
	ctx: IHookFunctions,
	uid: string,
): Promise<string | null | undefined> {
	const listed = await listedWebhookUrl(ctx, uid);
	if (listed !== undefined) return listed;
	const answer = await callInboxKit.call(ctx, {
		method: getWorkspace.method,
		path: getWorkspace.path,
		qs: { uid },
		retryable: true,
	});
	return webhookUrlIn(answer);
}

/** The URL on the workspace's List Workspaces row; undefined if the list fails or does not say. */
async function listedWebhookUrl(
	ctx: IHookFunctions,
	uid: string,
): Promise<string | null | undefined> {
	let answer: IDataObject;
	try {
		answer = await callInboxKit.call(ctx, {
			method: listWorkspaces.method,
			path: listWorkspaces.path,
			retryable: true,
		});
	} catch {
		// Get Workspace is asked next, and its error is the one the user sees.
		return undefined;
	}
	// Rows that are not objects (null, text) have no uid: never this workspace's.
	const rows = Array.isArray(answer.workspaces) ? (answer.workspaces as unknown[]) : [];
	const row = rows.find((r): r is IDataObject => (r as IDataObject | null)?.uid === uid);
	return row ? webhookUrlIn(row) : undefined;
}

async function setWebhookUrl(ctx: IHookFunctions, uid: string, url: string): Promise<void> {
	try {
		await callInboxKit.call(ctx, {
			method: updateWebhook.method,
			path: updateWebhook.path,
			// Clearing sends an empty URL: no source shows how InboxKit unsets one (assumed).
			body: { uid, webhook_url: url },
			retryable: false,
		});
	} catch (error) {
		const failure = nodeError(ctx, error);
		if (failure instanceof NodeApiError && url !== '' && !url.startsWith('https://')) {
			failure.description =
				`${failure.description ?? ''} InboxKit may accept only https URLs: this node's URL is ${url}. Set n8n's WEBHOOK_URL to its public https address.`.trim();
		}
		throw failure;
	}
}

/** The transport's errors are n8n errors already; anything else is wrapped once. */
function nodeError(ctx: IHookFunctions, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeOperationError(ctx.getNode(), error as Error);
}

function isNotFound(error: unknown): boolean {
	return error instanceof NodeApiError && error.httpCode === '404';
}

/** Whether the workspace sends its events to this node (InboxKit's word first, else our own record). */
export async function webhookExists(ctx: IHookFunctions): Promise<boolean> {
	const uid = await triggerWorkspace(ctx);
	const url = ownUrl(ctx);
	const data = stored(ctx);
	const current = await readWebhookUrl(ctx, uid);
	if (current === undefined)
		return data.registration?.workspaceUid === uid && sameUrl(data.registration.webhookUrl, url);
	if (!sameUrl(current, url)) return false;
	// Ours already, but the static data was lost: remember it, so deactivation clears it.
	if (data.registration?.workspaceUid !== uid || !sameUrl(data.registration.webhookUrl, url))
		data.registration = { workspaceUid: uid, webhookUrl: url, previousUrl: null };
	return true;
}

/** Points the workspace at this node, keeping the URL it replaces. */
export async function registerWebhook(ctx: IHookFunctions): Promise<boolean> {
	const uid = await triggerWorkspace(ctx);
	const url = ownUrl(ctx);
	const data = stored(ctx);
	const current = await readWebhookUrl(ctx, uid);
	if (isTestListen(ctx) && current && isProductionUrlOfThisN8n(current, url))
		throw new NodeOperationError(
			ctx.getNode(),
			`Workspace ${uid} sends its events to an active workflow of this n8n`,
			{
				description: `Listening for a test event would point the workspace at this node's test URL, and the active workflow (${current}) would miss every event until the test ends: InboxKit keeps one webhook URL per workspace. To test, pick another workspace for testing in the Workspace field, or look at the active workflow's executions, or unpublish it (deactivate it, in n8n 1.x) while you test.`,
			},
		);
	const earlier = data.registration?.workspaceUid === uid ? data.registration : undefined;
	// Another trigger of this n8n (or this one's own URL) is not worth putting back: it is gone
	// or replaced once this runs. What this trigger recorded before is kept instead.
	const fromThisN8n =
		current !== undefined && current !== null && isTriggerUrlOfThisN8n(current, url);
	const ours = sameUrl(current, url);
	const previousUrl =
		current === undefined || ours || fromThisN8n ? (earlier?.previousUrl ?? null) : current;
	if (current === undefined) {
		ctx.logger.warn(
			`InboxKit Trigger: InboxKit did not report the webhook URL of workspace ${uid}; any URL set there is replaced by ${url} and cannot be put back when the workflow is unpublished (deactivated)`,
		);
	} else if (fromThisN8n && !ours) {
		ctx.logger.warn(
			`InboxKit Trigger: workspace ${uid} sent its events to another InboxKit Trigger of this n8n (${current}); it now sends them to ${url}, and the other trigger gets none. One trigger per workspace is supported: unpublish (deactivate) the other workflow, or give each trigger its own workspace.`,
		);
	} else if (current !== null && !ours) {
		ctx.logger.warn(
			`InboxKit Trigger: workspace ${uid} sent its events to a URL on ${hostOf(current)}; it now sends them to ${url} instead (InboxKit keeps one webhook URL per workspace). Unpublishing (deactivating) the workflow puts that URL back.`,
		);
	}
	try {
		await setWebhookUrl(ctx, uid, url);
	} catch (error) {
		await undoFailedSet(ctx, uid, url, current);
		throw nodeError(ctx, error);
	}
	data.registration = { workspaceUid: uid, webhookUrl: url, previousUrl };
	ctx.logger.info(`InboxKit Trigger: workspace ${uid} sends its events to ${url}`);
	return true;
}

/**
 * After a set call that failed: InboxKit may have applied it before the answer was lost (a reset,
 * a 500). n8n then runs `delete` with no record of the URL it replaced, which would clear it, so
 * the URL found before is put back here. Best effort: the set call's error is what the user sees.
 */
async function undoFailedSet(
	ctx: IHookFunctions,
	uid: string,
	url: string,
	before: string | null | undefined,
): Promise<void> {
	if (before === undefined) return;
	try {
		// Unreadable: assume the set call took effect.
		const now = await readWebhookUrl(ctx, uid).catch(() => url);
		if (now !== undefined && !sameUrl(now, url)) return;
		await setWebhookUrl(ctx, uid, before ?? '');
	} catch {
		ctx.logger.warn(
			`InboxKit Trigger: activation failed, and the previous webhook URL of workspace ${uid} could not be put back; check it in InboxKit`,
		);
	}
}

/**
 * Drops the record of what activation changed, if it is this URL's: a test listen ending must
 * not drop the active workflow's record of the URL to put back.
 */
function forgetOwnRegistration(data: { registration?: Registration }, url: string): void {
	if (!data.registration || sameUrl(data.registration.webhookUrl, url)) delete data.registration;
}

/** Puts the previous URL back (or clears it), unless someone else has set the workspace's URL since. */
export async function unregisterWebhook(ctx: IHookFunctions): Promise<boolean> {
	const data = stored(ctx);
	const registration = data.registration;
	const url = ownUrl(ctx);
	const uid = registration?.workspaceUid ?? (await triggerWorkspace(ctx));
	let current: string | null | undefined;
	try {
		current = await readWebhookUrl(ctx, uid);
	} catch (error) {
		if (!isNotFound(error)) throw nodeError(ctx, error);
		ctx.logger.warn(
			`InboxKit Trigger: workspace ${uid} no longer exists, so there is no webhook URL to remove`,
		);
		forgetOwnRegistration(data, url);
		return true;
	}
	if (current === undefined) {
		// Clearing a URL that may not be ours would cut off whoever set it since.
		ctx.logger.warn(
			`InboxKit Trigger: InboxKit did not report the webhook URL of workspace ${uid}, so this workflow cannot tell whether it is still its own: left as it is. Check the workspace's webhook URL in InboxKit.`,
		);
		forgetOwnRegistration(data, url);
		return true;
	}
	if (!sameUrl(current, url)) {
		ctx.logger.info(
			`InboxKit Trigger: workspace ${uid} sends its events to ${current === null ? 'no URL' : `a URL on ${hostOf(current)}`}, not to this workflow: left as it is`,
		);
		forgetOwnRegistration(data, url);
		return true;
	}
	const previousUrl = sameUrl(registration?.webhookUrl, url)
		? (registration?.previousUrl ?? null)
		: null;
	await setWebhookUrl(ctx, uid, previousUrl ?? '');
	ctx.logger.info(
		previousUrl
			? `InboxKit Trigger: workspace ${uid} sends its events to its previous URL (on ${hostOf(previousUrl)}) again`
			: `InboxKit Trigger: workspace ${uid} has no webhook URL any more`,
	);
	forgetOwnRegistration(data, url);
	return true;
}
