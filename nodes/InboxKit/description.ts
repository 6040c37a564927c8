import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { InboxKitOperation, InboxKitResource } from './operation';
import {
	combineItemsField,
	requestOptionsField,
	returnAllFields,
	simplifyField,
	workspaceField,
} from './shared/fields';

/**
 * Builds the node's fields from the resource entries, so that an operation's dropdown option,
 * fields and request are written once, in its own file.
 */

const SPENDS_MONEY_NOTE =
	'Charges your InboxKit account. Sent once and never retried automatically.';

function operationDescription(operation: InboxKitOperation): string {
	return operation.spendsMoney
		? `${operation.description}. ${SPENDS_MONEY_NOTE}`
		: operation.description;
}

function operationDropdown(resource: InboxKitResource): INodeProperties {
	const opening = resource.defaultOperation;
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: resource.operations.map((operation) => ({
			name: operation.name,
			value: operation.value,
			action: operation.action,
			description: operationDescription(operation),
		})),
		default: opening,
	};
}

function operationFields(
	resource: InboxKitResource,
	operation: InboxKitOperation,
): INodeProperties[] {
	const fields: INodeProperties[] = [];
	if (operation.spendsMoney) {
		fields.push({
			displayName: `This operation charges your InboxKit account. It is sent once and never retried, also when n8n's "Retry On Fail" is on (the node then refuses to run).`,
			name: 'spendsMoneyNotice',
			type: 'notice',
			default: '',
		});
	}
	fields.push(...(operation.fields ?? []));
	if (operation.combine) fields.push(combineItemsField);
	if (operation.list) fields.push(...returnAllFields());
	if (operation.list?.simplify) fields.push(simplifyField);
	return updateDisplayOptions(
		{ show: { resource: [resource.value], operation: [operation.value] } },
		fields,
	);
}

export function nodeProperties(resources: InboxKitResource[]): INodeProperties[] {
	const firstResource = resources[0].value;
	const properties: INodeProperties[] = [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: resources.map(({ name, value, description }) => ({ name, value, description })),
			default: firstResource,
		},
	];
	for (const resource of resources) {
		properties.push(operationDropdown(resource));
		const scoped = resource.operations.filter((o) => o.workspaceScoped).map((o) => o.value);
		if (scoped.length > 0) {
			properties.push(
				...updateDisplayOptions({ show: { resource: [resource.value], operation: scoped } }, [
					workspaceField,
				]),
			);
		}
		for (const operation of resource.operations) {
			properties.push(...operationFields(resource, operation));
		}
	}
	properties.push(requestOptionsField);
	return properties;
}
