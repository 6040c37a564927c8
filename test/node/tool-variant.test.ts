import {
	deepCopy,
	NodeHelpers,
	type INode,
	type INodeParameters,
	type INodeTypeDescription,
} from 'n8n-workflow';

import { InboxKit } from '../../nodes/InboxKit/InboxKit.node';
import { RESOURCES } from '../../nodes/InboxKit/resources';
import { isRetryable, isSentOnce } from '../../nodes/InboxKit/operation';
import { NODE_TYPE } from '../support/n8n';

/**
 * The node as n8n 2.41 offers it to AI agents ("InboxKit Tool"). n8n builds that variant in its
 * server package, which is not installed here, so this does the two steps the variant's fields
 * depend on: the `usableAsTool.replacements` laid over a copy of the description, then the name
 * suffixed with "Tool", which is what n8n-workflow's `@tool` display rule reads.
 */
function toolVariant(description: INodeTypeDescription): INodeTypeDescription {
	const { usableAsTool } = description;
	const replacements = typeof usableAsTool === 'object' ? usableAsTool.replacements : {};
	const tool = { ...deepCopy(description), ...replacements };
	return { ...tool, name: `${tool.name}Tool`, displayName: `${tool.displayName} Tool` };
}

const node = new InboxKit().description;
const tool = toolVariant(node);
const operations = RESOURCES.flatMap((resource) =>
	resource.operations.map((operation) => ({ resource, operation })),
);

/** Whether n8n shows the field to someone editing the node (or tool) with these parameters. */
function shows(type: INodeTypeDescription, fieldName: string, parameters: INodeParameters) {
	const instance: INode = {
		id: 'tool',
		name: 'InboxKit',
		type: `${NODE_TYPE}${type.name.endsWith('Tool') ? 'Tool' : ''}`,
		typeVersion: 1,
		position: [0, 0],
		parameters,
	};
	return type.properties
		.filter((property) => property.name === fieldName)
		.some((property) => NodeHelpers.displayParameter(parameters, property, instance, type));
}

test.each(operations.map(({ resource, operation }) => [`${resource.value}:${operation.value}`]))(
	'%s: Combine Input Items and Request Options (Parallel Requests) show in the node, never in the tool',
	(key) => {
		const [resource, operation] = key.split(':');
		const parameters = { resource, operation };
		const combines = operations.some(
			(o) =>
				o.resource.value === resource &&
				o.operation.value === operation &&
				o.operation.combine !== undefined &&
				// Reads send items together always, with no switch.
				!isRetryable(o.operation),
		);
		expect(shows(node, 'combineItems', parameters)).toBe(combines);
		expect(shows(node, 'requestOptions', parameters)).toBe(true);
		expect(shows(tool, 'combineItems', parameters)).toBe(false);
		expect(shows(tool, 'requestOptions', parameters)).toBe(false);
		// The operation's own fields stay.
		expect(shows(tool, 'operation', parameters)).toBe(true);
	},
);

test('a tool saved with Combine Input Items and Request Options set runs without them', () => {
	// As n8n resolves a node's parameters before running it: fields not shown are dropped.
	const saved = {
		resource: 'domain',
		operation: 'remove',
		combineItems: true,
		requestOptions: { parallelRequests: 20 },
	};
	const instance = { parameters: saved } as unknown as INode;
	const asTool = NodeHelpers.getNodeParameters(
		tool.properties,
		saved,
		false,
		false,
		instance,
		tool,
	);
	const asNode = NodeHelpers.getNodeParameters(
		node.properties,
		saved,
		false,
		false,
		instance,
		node,
	);
	expect(asTool).not.toHaveProperty('combineItems');
	expect(asTool).not.toHaveProperty('requestOptions');
	expect(asNode).toMatchObject({ combineItems: true, requestOptions: { parallelRequests: 20 } });
});

test("the tool's own description names every operation that charges the account, and what cannot be undone", () => {
	expect(tool.description).not.toBe(node.description);
	expect(tool.description).toMatch(/^Manages InboxKit cold email infrastructure/);
	const [, charging] = /charge the InboxKit account[^:]*: ([^.]*)\./.exec(tool.description)!;
	const [, irreversible] = /cannot be undone from n8n: ([^.]*)\./.exec(tool.description)!;
	for (const { operation } of operations) {
		const inSentence = operation.action.charAt(0).toLowerCase() + operation.action.slice(1);
		const named = (list: string) => list.split(', ').includes(inSentence);
		expect([operation.action, named(charging)]).toEqual([
			operation.action,
			operation.charges === true,
		]);
		expect([operation.action, named(irreversible)]).toEqual([
			operation.action,
			!!operation.destroys && !operation.undo,
		]);
	}
	// Only the description is replaced: the tool keeps the node's fields and defaults.
	expect(tool.defaults).toEqual(node.defaults);
	expect(tool.properties).toHaveLength(node.properties.length);
});

test.each(operations.map(({ resource, operation }) => [`${resource.value}:${operation.value}`]))(
	'%s: "Allow for AI Agents" shows in the tool for operations that spend money, never in the node',
	(key) => {
		const [resource, operation] = key.split(':');
		const parameters = { resource, operation };
		const spends = operations.some(
			(o) =>
				o.resource.value === resource && o.operation.value === operation && isSentOnce(o.operation),
		);
		expect(shows(tool, 'allowForAgents', parameters)).toBe(spends);
		expect(shows(node, 'allowForAgents', parameters)).toBe(false);
	},
);
