import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isRetryable, type InboxKitOperation } from '../operation';
import { RESOURCES } from '../resources';
import { COMBINE_FIELD } from '../shared/fields';
import { nodeForErrors } from '../shared/redact';
import { runBulkReads } from './bulkReads';
import { runCombined } from './combined';
import { asNodeError, errorItem } from './errors';
import { parallelRequests } from '../shared/callSettings';
import { inParallel } from './parallel';
import { runOperation } from './perItem';
import { runPurchases } from './purchases';
import { spendingRefusal } from './spendingRules';

/** The one runner: every operation's items go through here, whatever the operation. */

/**
 * n8n adds "Custom API Call" to the Resource and Operation dropdowns of every node whose
 * credential can sign any request, and offers no way to opt out; the HTTP Request node makes it.
 */
const CUSTOM_API_CALL = '__CUSTOM_API_CALL__';

export function findOperation(
	ctx: IExecuteFunctions,
	resource: string,
	operation: string,
): InboxKitOperation {
	if (resource === CUSTOM_API_CALL || operation === CUSTOM_API_CALL) {
		throw new NodeOperationError(
			nodeForErrors(ctx.getNode()),
			'"Custom API Call" is made with n8n\'s HTTP Request node, not with the InboxKit node',
			{
				description:
					'Add an HTTP Request node, set Authentication to "Predefined Credential Type" and Credential Type to "InboxKit API", pick your InboxKit credential, and send the request to https://api.inboxkit.com/v1/api/<path> as InboxKit\'s docs show it (https://docs.inboxkit.com/).',
			},
		);
	}
	const found = RESOURCES.find((r) => r.value === resource)?.operations.find(
		(o) => o.value === operation,
	);
	if (!found) {
		throw new NodeOperationError(
			nodeForErrors(ctx.getNode()),
			`The operation "${operation}" of resource "${resource}" is not known to this node`,
		);
	}
	return found;
}

export async function executeInboxKit(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	const operation = findOperation(
		this,
		this.getNodeParameter('resource', 0) as string,
		// No Operation dropdown shows when "Custom API Call" is the resource.
		this.getNodeParameter('operation', 0, '') as string,
	);

	const refusal = spendingRefusal(this, operation);
	if (refusal) {
		if (!this.continueOnFail()) throw asNodeError(this, refusal, 0);
		return [items.map((_, itemIndex) => errorItem(refusal, itemIndex))];
	}

	// Reads whose endpoint takes a list: the items' entries always go together.
	if (operation.combine && isRetryable(operation))
		return [await runBulkReads(this, operation, items.length)];
	if (operation.combine && this.getNodeParameter(COMBINE_FIELD, 0, false) === true) {
		return [await runCombined(this, operation, items.length)];
	}
	if (operation.spendsMoney) return [await runPurchases(this, operation, items.length)];

	// Reads of different items go out in parallel; writes one at a time, in input order, since
	// workflows rely on that order (create, then update).
	const limit = isRetryable(operation) ? parallelRequests(this) : 1;
	const outcomes = await inParallel(items.length, limit, (i) => runOperation(this, operation, i), {
		stopOnFailure: !this.continueOnFail(),
	});
	const output: INodeExecutionData[] = [];
	for (const [itemIndex, outcome] of outcomes.entries()) {
		if (outcome === undefined) continue;
		if (outcome.ok) {
			for (const json of outcome.value) output.push({ json, pairedItem: { item: itemIndex } });
		} else if (this.continueOnFail()) {
			output.push(errorItem(outcome.error, itemIndex));
		} else {
			// The first failed item in input order, as a one-at-a-time run would have reported.
			throw asNodeError(this, outcome.error, itemIndex);
		}
	}
	return [output];
}
