import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import {
	isRetryable,
	isSentOnce,
	type InboxKitOperation,
	type InboxKitResource,
} from './operation';
import {
	allowForAgentsField,
	combineItemsField,
	requestOptionsField,
	returnAllFields,
	simplifyField,
} from './shared/fields';
import { workspaceField } from './pickers/workspace';

/**
 * Builds the node's fields from the resource entries, so that an operation's dropdown option,
 * fields and request are written once, in its own file.
 */

const ONCE =
	'It is sent once and never retried. Turn off "Retry On Fail" in the node\'s settings: with it on, the node refuses to run.';

/** The warning an operation's risk calls for, or none: destroying comes first, then spending. */
function riskNotice(operation: InboxKitOperation): string | undefined {
	if (operation.destroys) {
		const undo = operation.undo ? `${operation.undo}.` : 'This cannot be undone from n8n.';
		return [`${operation.destroys}.`, undo, isSentOnce(operation) ? ONCE : '']
			.filter(Boolean)
			.join(' ');
	}
	if (operation.charges) return `This operation charges your InboxKit account. ${ONCE}`;
	return undefined;
}

/** The dropdown (and AI agent) description: what it does, and what it costs or destroys. */
function operationDescription(operation: InboxKitOperation): string {
	const once = isSentOnce(operation) ? ' Sent once and never retried.' : '';
	if (operation.destroys) {
		const undo = operation.undo ? `${operation.undo}.` : 'Cannot be undone from n8n.';
		return `${operation.description}. ${undo}${once}`;
	}
	if (operation.charges) return `${operation.description}. Charges your InboxKit account.${once}`;
	return operation.description;
}

/**
 * n8n appends "Custom API Call" to the Operation dropdown of nodes whose credential can sign any
 * request, with no action, so picking it names the node "__CUSTOM_API_CALL__ mailbox"
 * (n8n-workflow's makeNodeName). n8n leaves the dropdown alone when its last option already has
 * that name: this one, with an action, names the node "Custom API call".
 */
export const customApiCallOption = {
	name: 'Custom API Call',
	value: '__CUSTOM_API_CALL__',
	action: 'Custom API call',
	description:
		"Any other InboxKit request: made with n8n's HTTP Request node and the InboxKit API credential",
};

function operationDropdown(resource: InboxKitResource): INodeProperties {
	const opening = resource.defaultOperation;
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: [
			...resource.operations.map((operation) => ({
				name: operation.name,
				value: operation.value,
				action: operation.action,
				description: operationDescription(operation),
			})),
			customApiCallOption,
		],
		default: opening,
	};
}

function operationFields(
	resource: InboxKitResource,
	operation: InboxKitOperation,
): INodeProperties[] {
	const fields: INodeProperties[] = [];
	const notice = riskNotice(operation);
	if (notice) fields.push({ displayName: notice, name: 'riskNotice', type: 'notice', default: '' });
	fields.push(...(operation.fields ?? []));
	// Reads that take a list always send items together (runner/bulkReads.ts): no switch.
	if (operation.combine && !isRetryable(operation)) fields.push(combineItemsField);
	if (isSentOnce(operation)) fields.push(allowForAgentsField);
	if (operation.list?.show)
		fields.push(...updateDisplayOptions({ show: operation.list.show }, returnAllFields()));
	else if (operation.list) fields.push(...returnAllFields());
	if (operation.list?.simplify || operation.record?.simplify) fields.push(simplifyField);
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

/**
 * The canvas subtitle: the action the node performs ("Buy mailboxes"), looked up by resource
 * and operation in n8n's expression. Custom API Call (n8n's own operation) reads as such.
 */
export function subtitleExpression(resources: InboxKitResource[]): string {
	const actions: Record<string, string> = {};
	for (const resource of resources)
		for (const operation of resource.operations)
			actions[`${resource.value}:${operation.value}`] = operation.action;
	return `={{ ${JSON.stringify(actions)}[$parameter["resource"] + ":" + $parameter["operation"]] || "Custom API call" }}`;
}

/** "Buy mailboxes" as it reads inside a sentence: "buy mailboxes". */
const inSentence = (action: string) => action.charAt(0).toLowerCase() + action.slice(1);

/**
 * The description of the node's AI tool variant (`usableAsTool.replacements`): n8n shows it in
 * the nodes panel's tools and offers it as the tool's description, which an agent reads, so it
 * names what charges the account and what cannot be taken back.
 */
export function toolDescription(resources: InboxKitResource[]): string {
	const operations = resources.flatMap((resource) => resource.operations);
	const charging = operations.filter((o) => o.charges);
	const irreversible = operations.filter((o) => o.destroys && !o.undo);
	return [
		'Manages InboxKit cold email infrastructure: workspaces, domains, DNS, mailboxes, sequencer exports and billing.',
		`These operations charge the InboxKit account and are sent once, never retried: ${charging.map((o) => inSentence(o.action)).join(', ')}.`,
		`These cannot be undone from n8n: ${irreversible.map((o) => inSentence(o.action)).join(', ')}.`,
	].join(' ');
}
