import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { isRetryable, isSentOnce, type InboxKitOperation } from '../operation';
import { RESOURCES } from '../resources';
import { COMBINE_FIELD } from '../shared/fields';
import { nodeForErrors } from '../transport/redact';
import { runBulkReads } from './bulkReads';
import { runCombined } from './combined';
import { asNodeError, errorItem } from './failures';
import { runItemByItem } from './itemByItem';
import { runPurchases } from './purchases';
import { spendingRefusal } from './spendingRules';

/**
 * The one runner's entrance: every operation's items come through here and go to one of three
 * loops: combined into list requests (./combined.ts), purchases item by item after every item is
 * checked (./purchases.ts), or item by item, reads in parallel (./itemByItem.ts).
 */

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
	if (isSentOnce(operation)) return [await runPurchases(this, operation, items.length)];

	return [await runItemByItem(this, operation, items.length)];
}
