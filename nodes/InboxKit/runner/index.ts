import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { InboxKitOperation } from '../operation';
import { RESOURCES } from '../resources';
import { COMBINE_FIELD } from '../shared/fields';
import { nodeForErrors } from '../shared/redact';
import { runCombined } from './combined';
import { asNodeError, errorItem } from './errors';
import { runOperation } from './perItem';

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

	// n8n's "Retry On Fail" re-runs every item, including those already bought.
	if (operation.spendsMoney && this.getNode().retryOnFail) {
		throw new NodeOperationError(
			nodeForErrors(this.getNode()),
			`"${operation.action}" spends money, so it must not run with "Retry On Fail"`,
			{
				description:
					'Turn off "Retry On Fail" in the node settings: a retry would send the whole purchase again and may charge twice.',
			},
		);
	}

	if (operation.combine && this.getNodeParameter(COMBINE_FIELD, 0, false) === true) {
		return [await runCombined(this, operation, items.length)];
	}

	const output: INodeExecutionData[] = [];
	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		try {
			const records = await runOperation(this, operation, itemIndex);
			for (const json of records) output.push({ json, pairedItem: { item: itemIndex } });
		} catch (error) {
			if (this.continueOnFail()) {
				output.push(errorItem(error as Error, itemIndex));
				continue;
			}
			throw asNodeError(this, error as Error, itemIndex);
		}
	}
	return [output];
}
