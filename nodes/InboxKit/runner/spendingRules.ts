import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isSentOnce, type InboxKitOperation, type RequestParts } from '../operation';
import { ALLOW_FOR_AGENTS_FIELD } from '../shared/fields';
import { fieldError } from '../shared/parameters';
import { nodeForErrors } from '../transport/redact';
import { outcomeUnknown } from '../transport/outcome';
import { isToolCall } from './failures';

/**
 * The rules for operations that spend money (and Cancel Mailboxes, which is sent once like
 * them): when they may not run at all, and which requests would buy something twice.
 */

/**
 * Why this run may send nothing, or undefined: n8n's "Retry On Fail" would re-send every item,
 * and an AI agent's tool call would spend money with no person checking, unless allowed.
 */
export function spendingRefusal(
	ctx: IExecuteFunctions,
	operation: InboxKitOperation,
): NodeOperationError | undefined {
	if (!isSentOnce(operation)) return undefined;
	const node = nodeForErrors(ctx.getNode());
	if (ctx.getNode().retryOnFail) {
		// Cancel Mailboxes is sent once like a purchase, but it cancels rather than charges.
		return new NodeOperationError(
			node,
			operation.charges
				? `"${operation.action}" spends money, so it must not run with "Retry On Fail"`
				: `"${operation.action}" is sent only once, so it must not run with "Retry On Fail"`,
			{
				description: operation.charges
					? 'Turn off "Retry On Fail" in the node settings: a retry would send the whole purchase again and may charge twice.'
					: 'Turn off "Retry On Fail" in the node settings: a retry would send the whole request again.',
			},
		);
	}
	if (isToolCall(ctx) && ctx.getNodeParameter(ALLOW_FOR_AGENTS_FIELD, 0, false) !== true) {
		const what = operation.charges ? 'charges the InboxKit account' : 'cannot be undone from here';
		return new NodeOperationError(
			node,
			`"${operation.action}" ${what}, and this node does not allow AI agents to run it`,
			{
				description:
					'Nothing was sent. Do not call this tool again for it: ask the user. To let an agent run it, the user turns on "Allow for AI Agents" in the node, ideally behind n8n\'s Human Review for tools.',
			},
		);
	}
	return undefined;
}

/** One request of a spending operation, as the runner has built it. */
export interface Purchase {
	workspaceId?: string;
	/** A list endpoint's entries (domains, mailboxes): each is one thing bought. */
	entries?: IDataObject[];
	/** Any other purchase: its request, bought as a whole. */
	parts?: RequestParts;
}

/** One thing a purchase buys, as told apart from others, and as said to the user. */
interface Bought {
	key: string;
	shown: string;
}

/** Executions whose purchases are remembered at once; the oldest is forgotten first. */
const MAX_EXECUTIONS = 200;
/** Per execution ID: what its runs of spending operations sent (or may have). */
const spentByExecution = new Map<string, Set<string>>();

function spentIn(ctx: IExecuteFunctions): Set<string> {
	const id = String(ctx.getExecutionId());
	let spent = spentByExecution.get(id);
	if (!spent) {
		if (spentByExecution.size >= MAX_EXECUTIONS)
			spentByExecution.delete(spentByExecution.keys().next().value!);
		spent = new Set();
		spentByExecution.set(id, spent);
	}
	return spent;
}

/** JSON with the keys of objects sorted, so that equal requests give equal text. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value !== null && typeof value === 'object') {
		const entries = Object.entries(value as IDataObject)
			.filter(([, entry]) => entry !== undefined)
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, entry]) => `${JSON.stringify(key)}:${canonical(entry)}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/**
 * Refuses a purchase that would buy again what this run or this execution already bought (or
 * may have). List endpoints are compared entry by entry, with their entries' normalised keys
 * (`ada` and `ADA`, `example.com` and `Example.com.`); other purchases by their whole request.
 * Within one execution this covers the items of one run, runs of the node in a loop, and an AI
 * agent calling the node as a tool several times.
 */
export class RepeatedPurchases {
	/** Which item of this run asked for each thing. */
	private readonly askedBy = new Map<string, number>();
	private readonly spent: Set<string>;

	constructor(
		private readonly ctx: IExecuteFunctions,
		private readonly operation: InboxKitOperation,
		/** Said when two items of this run would buy the same thing. */
		private readonly twiceInRun: string,
	) {
		this.spent = spentIn(ctx);
	}

	private boughtBy({ workspaceId, entries, parts = {} }: Purchase): Bought[] {
		const { combine } = this.operation;
		const where = `${this.operation.method} ${this.operation.path} ${workspaceId ?? ''}`;
		if (combine && entries) {
			return entries.map((entry) => {
				const shown = combine.entryKey(entry);
				return { key: `${where} ${shown}`, shown };
			});
		}
		const { path = '', qs = {}, body = {} } = parts;
		return [{ key: `${where} ${path} ${canonical({ qs, body })}`, shown: canonical(body) }];
	}

	/**
	 * Before anything is sent: refuses item `itemIndex` when it would buy again, and otherwise
	 * notes what it asks for, for the items after it.
	 */
	check(itemIndex: number, purchase: Purchase): void {
		const bought = this.boughtBy(purchase);
		const { combine, action, charges } = this.operation;
		for (const { key, shown } of bought) {
			if (this.spent.has(key)) {
				throw new NodeOperationError(
					nodeForErrors(this.ctx.getNode()),
					`"${action}" for ${shown} was already sent in this execution, so it is not sent again`,
					{
						itemIndex,
						description: `An earlier run of this node in this execution (a loop, or an AI agent's earlier call) sent the same request; sending it again would ${charges ? 'charge twice' : 'repeat it'}. Check in InboxKit whether the first one went through.`,
					},
				);
			}
			const earlier = this.askedBy.get(key);
			if (earlier === undefined) continue;
			if (combine) {
				throw fieldError(
					this.ctx,
					itemIndex,
					combine.entriesLabel,
					`holds ${shown}, which item ${earlier + 1} holds too`,
					this.twiceInRun,
				);
			}
			throw new NodeOperationError(
				nodeForErrors(this.ctx.getNode()),
				`Item ${itemIndex + 1} asks for the same "${action}" as item ${earlier + 1}`,
				{ itemIndex, description: this.twiceInRun },
			);
		}
		for (const { key } of bought) this.askedBy.set(key, itemIndex);
	}

	/**
	 * The answer to `sending`, as it comes. What went through, or may have, stays remembered
	 * for the rest of the execution; what InboxKit turned away (nothing bought) may be asked for
	 * again.
	 */
	async track<T>(purchase: Purchase, sending: Promise<T>): Promise<T> {
		const remember = () => {
			for (const { key } of this.boughtBy(purchase)) this.spent.add(key);
		};
		return await sending.then(
			(answer) => {
				remember();
				return answer;
			},
			async (failure: unknown) => {
				if (outcomeUnknown(failure)) remember();
				return await Promise.reject(failure);
			},
		);
	}
}
