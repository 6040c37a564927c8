import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { callInboxKitForRecords, DEFAULT_CALL_SETTINGS } from '../InboxKit/transport';
import { executionClock, RateLimiter } from '../InboxKit/transport/rateLimiter';
import { triggerWorkspace } from '../InboxKit/pickers/workspace';
import { getMany as listDomains } from '../InboxKit/resources/domain/getMany';
import { getMany as listMailboxes } from '../InboxKit/resources/mailbox/getMany';
import { EVENTS } from '../InboxKitTrigger/description';
import { statusList } from '../InboxKitTrigger/event';
import { withoutSecrets } from '../InboxKitTrigger/secrets';
import { POLLED, REMOVED, type PolledKind } from './description';
import { compare, keyOf, splitStatus, statusOf, type Change, type Snapshot } from './snapshot';

/** The list entries of the InboxKit node: the same method, path and records key. */
const LISTS = { mailbox: listMailboxes, domain: listDomains } as const;

/** What the trigger keeps in the workflow's static data between polls. */
interface Stored extends IDataObject {
	/** The workspace the snapshots are of: another workspace starts afresh. */
	workspace?: string;
	mailbox?: Snapshot;
	domain?: Snapshot;
}

/** The kinds picked in Events, in the order InboxKit's events list them. */
function pickedKinds(ctx: IPollFunctions): PolledKind[] {
	const events = ctx.getNodeParameter('events', []) as string[];
	const kinds = Object.entries(POLLED)
		.filter(([event]) => events.includes(event))
		.map(([, kind]) => kind);
	if (kinds.length === 0) {
		throw new NodeOperationError(ctx.getNode(), 'No events are picked', {
			description: 'Pick Mailbox Status Changed, Domain Status Changed or both in "Events".',
		});
	}
	return kinds;
}

/** Every record of one kind in the workspace, 100 per call, paced within InboxKit's limits. */
async function listAll(
	ctx: IPollFunctions,
	kind: PolledKind,
	workspace: string,
	limiter: RateLimiter,
): Promise<IDataObject[]> {
	const entry = LISTS[kind];
	const list = entry.list!;
	return await callInboxKitForRecords.call(
		ctx,
		{ method: entry.method!, path: entry.path!, body: {}, workspaceId: workspace, retryable: true },
		list.recordsKey,
		list.paging,
		undefined,
		{ ...DEFAULT_CALL_SETTINGS, limiter },
	);
}

/** Whether a change passes Only Statuses (empty: every change). */
function wanted(change: Change, statuses: string[]): boolean {
	if (statuses.length === 0) return true;
	return splitStatus(change.current).some(
		(s) => s !== undefined && statuses.includes(s.toLowerCase()),
	);
}

/**
 * One item: the event as the webhook trigger names it, the record's uid, its previous status
 * (at the poll before; null if new) and status, for domains the DNS propagation statuses too,
 * and the record as listed under `mailbox` or `domain`, without secrets unless asked for.
 */
function changeItem(change: Change, workspace: string, includeSecrets: boolean): IDataObject {
	const [status, dns] = splitStatus(change.current);
	const [previousStatus, previousDns] =
		change.previous === null ? [null, undefined] : splitStatus(change.previous);
	const item: IDataObject = {
		event: EVENTS[change.kind],
		uid: change.uid,
		previous_status: previousStatus,
		status,
	};
	if (change.kind === 'domain') {
		item.previous_dns_propagation_status = previousDns ?? null;
		item.dns_propagation_status = dns ?? null;
	}
	item.workspace_uid = workspace;
	item[change.kind] = includeSecrets ? change.record : withoutSecrets(change.record);
	return item;
}

const CREATED_KEYS = ['createdAt', 'created_at', 'created'];

function createdTime(record: IDataObject): number {
	for (const key of CREATED_KEYS) {
		const time = typeof record[key] === 'string' ? Date.parse(record[key] as string) : NaN;
		if (Number.isFinite(time)) return time;
	}
	return -Infinity;
}

/** The most recently created record's change (the first listed when none says when it was created). */
function newest(changes: Change[]): Change | undefined {
	let best: Change | undefined;
	for (const change of changes)
		if (!best || createdTime(change.record) > createdTime(best.record)) best = change;
	return best;
}

/**
 * "Fetch Test Event": real changes since the last production poll when there are any, else the
 * most recently created record of each kind (one the status filter lets through, when there is
 * one), with its status as the change.
 */
function sample(
	kind: PolledKind,
	records: IDataObject[],
	before: Snapshot | undefined,
	statuses: string[],
): Change | undefined {
	const listed: Change[] = [];
	for (const record of records) {
		const uid = keyOf(record);
		// A record without an id is never an event (compare leaves it out): no sample either.
		if (uid === undefined) continue;
		const known = before !== undefined && Object.prototype.hasOwnProperty.call(before, uid);
		listed.push({
			kind,
			uid,
			previous: known ? before[uid] : null,
			current: statusOf(kind, record),
			record,
		});
	}
	return newest(listed.filter((change) => wanted(change, statuses))) ?? newest(listed);
}

/**
 * One poll: lists the workspace's records of each kind picked, compares their statuses with the
 * snapshot the poll before left in static data, keeps the new snapshot and returns one item per
 * change that passes the filters (null: nothing to start). The first poll of a workspace and
 * kind only takes the snapshot, unless Emit Existing Records on First Poll is on. In manual mode
 * ("Fetch Test Event") nothing is kept, and a sample is returned when nothing changed.
 */
export async function pollStatuses(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const kinds = pickedKinds(this);
	const statuses = statusList(this.getNodeParameter('statuses', '') as string);
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const includeSecrets = options.includeSecrets === true;
	const emitOnFirstPoll = options.emitOnFirstPoll === true;
	const reportRemoved = options.reportRemoved !== false;
	const manual = this.getMode() === 'manual';
	const workspace = await triggerWorkspace(this);
	const limiter = new RateLimiter(executionClock());

	const stored = this.getWorkflowStaticData('node') as Stored;
	const sameWorkspace = stored.workspace === workspace;
	const changes: Change[] = [];
	const samples: Change[] = [];
	const snapshots: Partial<Record<PolledKind, Snapshot>> = {};
	for (const kind of kinds) {
		const records = await listAll(this, kind, workspace, limiter);
		// A copy: the stored object is n8n's observable proxy, slower to read key by key.
		const before = sameWorkspace && stored[kind] ? { ...stored[kind] } : undefined;
		const compared = compare(kind, records, before);
		// A first poll emits everything only when asked, and never in a test fetch (a sample instead).
		if (before !== undefined || (emitOnFirstPoll && !manual)) changes.push(...compared.changes);
		if (before === undefined || compared.changes.length > 0) snapshots[kind] = compared.snapshot;
		if (manual) {
			const one = sample(kind, records, before, statuses);
			if (one) samples.push(one);
		}
	}

	const emitted = changes.filter(
		(change) => (reportRemoved || change.current !== REMOVED) && wanted(change, statuses),
	);
	if (manual) {
		// n8n does not save the static data of manual runs: nothing is kept here either.
		const shown = emitted.length > 0 ? emitted : samples;
		if (shown.length === 0) {
			throw new NodeOperationError(
				this.getNode(),
				`Workspace ${workspace} has no ${kinds.map((k) => (k === 'mailbox' ? 'mailboxes' : 'domains')).join(' or ')} to show`,
				{
					description:
						'Fetch Test Event shows the changes since the last poll, else the newest record. Add a mailbox or domain to the workspace, or pick another workspace.',
				},
			);
		}
		return [
			this.helpers.returnJsonArray(shown.map((c) => changeItem(c, workspace, includeSecrets))),
		];
	}

	// Written only when something changed, so that a quiet poll saves nothing.
	if (!sameWorkspace) stored.workspace = workspace;
	for (const kind of Object.values(POLLED)) {
		const snapshot = snapshots[kind];
		if (snapshot !== undefined) stored[kind] = snapshot;
		else if (!kinds.includes(kind) && stored[kind] !== undefined) delete stored[kind];
	}
	if (emitted.length === 0) return null;
	return [
		this.helpers.returnJsonArray(emitted.map((c) => changeItem(c, workspace, includeSecrets))),
	];
}
