'use strict';
/**
 * Runs a chain of nodes (Start -> A -> B ...) with n8n-core's WorkflowExecute, as
 * test/support/n8n.ts's runInboxKit runs our node, with its additionalData and credentials helper:
 * the peer nodes (HTTP Request, Split Out) run on the same engine, in the same way.
 */
const { ExecutionLifecycleHooks, WorkflowExecute } = require('n8n-core');
const { createRunExecutionData, Workflow } = require('n8n-workflow');

const { additionalData, CREDENTIAL_TYPE } = require('../../test/support/n8n.ts');

const START = {
	description: {
		displayName: 'Start',
		name: 'bench.start',
		group: ['input'],
		version: 1,
		description: 'Emits the bench items',
		defaults: { name: 'Start' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [],
	},
	async execute() {
		return [this.getInputData()];
	},
};

/** n8n's connections of `nodes` (named) run one after the other: each feeds the next. */
function inOrder(nodes) {
	const connections = {};
	for (let index = 0; index < nodes.length - 1; index++) {
		connections[nodes[index].name] = {
			main: [[{ node: nodes[index + 1].name, type: 'main', index: 0 }]],
		};
	}
	return connections;
}

/**
 * @param {{ chain: Array<{ name: string, type: string, typeVersion: number, nodeType: object,
 *   parameters: object }>, items: object[], credentials: object }} options
 *   nodeType: an INodeType, or a versioned one (its getNodeType(version) is used).
 * @returns {Promise<{ items: object[], error?: Error }>} the last node's output
 */
async function runChain({ chain, items, credentials }) {
	const start = {
		id: 'start',
		name: 'Start',
		type: START.description.name,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const nodes = [
		start,
		...chain.map(({ name, type, typeVersion, parameters }, index) => ({
			id: `node-${index}`,
			name,
			type,
			typeVersion,
			position: [200 * (index + 1), 0],
			parameters,
			credentials: { [CREDENTIAL_TYPE]: { id: 'cred-1', name: 'InboxKit account' } },
		})),
	];
	const connections = inOrder(nodes);
	const byType = new Map(chain.map((link) => [link.type, link]));
	const typeOf = (type, version) => {
		const link = byType.get(type);
		if (!link) return START;
		return typeof link.nodeType.getNodeType === 'function'
			? link.nodeType.getNodeType(version ?? link.typeVersion)
			: link.nodeType;
	};
	const nodeTypes = {
		getByName: (type) => typeOf(type),
		getByNameAndVersion: (type, version) => typeOf(type, version),
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		id: 'bench-workflow',
		nodes,
		connections,
		active: false,
		nodeTypes,
	});
	const hooks = new ExecutionLifecycleHooks('manual', 'bench-execution', {
		id: 'bench-workflow',
		name: 'bench',
		nodes,
		connections,
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	});
	let finish = () => {};
	const finished = new Promise((resolve) => (finish = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finish(run));
	const execution = new WorkflowExecute(
		additionalData(credentials, hooks),
		'manual',
		createRunExecutionData({
			executionData: {
				nodeExecutionStack: [
					{ node: start, data: { main: [items.map((json) => ({ json }))] }, source: null },
				],
			},
		}),
	);
	await execution.processRunExecutionData(workflow);
	const run = await finished;
	const last = chain[chain.length - 1].name;
	const task = run.data.resultData.runData[last]?.[0];
	const error =
		run.data.resultData.error ??
		Object.values(run.data.resultData.runData)
			.map((tasks) => tasks[0]?.error)
			.find(Boolean);
	return { items: task?.data?.main?.[0] ?? [], error };
}

module.exports = { inOrder, runChain };
