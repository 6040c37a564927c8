/**
 * Runs the InboxKit Poll Trigger the way n8n 2.41's server runs a polling trigger, with n8n-core's
 * own PollContext (never a hand-made `this`):
 * - the node's parameters are completed with their defaults, as n8n does when it loads a workflow;
 * - static data lives in "the database" (`saved`): every poll builds its Workflow from a fresh
 *   deep copy of it, and after the poll saves the whole object back if n8n's observable object
 *   says it changed. A poll that throws saves nothing (n8n reports the error instead);
 * - mode 'trigger' is a poll of a published (active) workflow; mode 'manual' is the editor's
 *   "Fetch Test Event", whose static data n8n never saves;
 * - what poll() returns is what n8n hands to __emit (null: no execution starts).
 */
import { PollContext } from 'n8n-core';
import {
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type WorkflowExecuteMode,
} from 'n8n-workflow';

import { additionalData, CREDENTIAL_TYPE } from './n8n';

export const POLL_TRIGGER_TYPE = 'n8n-nodes-inboxkit.inboxKitPollTrigger';
const NODE_NAME = 'InboxKit Poll Trigger';

/** The node as one n8n process loads it (fresh modules: nothing kept in memory between tests). */
function loadPollTrigger(): INodeType {
	let loaded: INodeType | undefined;
	jest.isolateModules(() => {
		const { InboxKitPollTrigger } =
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			require('../../nodes/InboxKitPollTrigger/InboxKitPollTrigger.node') as {
				InboxKitPollTrigger: new () => INodeType;
			};
		loaded = new InboxKitPollTrigger();
	});
	return loaded!;
}

export interface PollHarness {
	/** The node's static data as saved in n8n's database after the last poll. */
	readonly staticData: IDataObject;
	/** The static data as n8n stores it (JSON), for its size. */
	readonly savedJson: string;
	/** Every non-null answer of a production poll: what started a workflow run. */
	started: INodeExecutionData[][];
	/** How many polls saved static data. */
	saves: number;
	/** One poll: the items of the run it starts, or null when none starts. */
	poll(mode?: WorkflowExecuteMode): Promise<INodeExecutionData[] | null>;
	/** Changes the node's parameters, as an edit and re-publish would. */
	setParameters(parameters: INodeParameters): void;
}

let workflowCount = 0;

const deepCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export function startPollTrigger(options: {
	parameters: INodeParameters;
	credentials: ICredentialDataDecryptedObject;
	/** The node's static data as a previous poll left it. */
	staticData?: IDataObject;
}): PollHarness {
	const workflowId = `poll-workflow-${++workflowCount}`;
	const trigger = loadPollTrigger();
	let saved: IDataObject = options.staticData
		? { [`node:${NODE_NAME}`]: deepCopy(options.staticData) }
		: {};
	const node: INode = {
		id: 'inboxkit-poll-trigger',
		name: NODE_NAME,
		type: POLL_TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred-1', name: 'InboxKit account' } },
	};
	const setParameters = (parameters: INodeParameters) => {
		node.parameters =
			NodeHelpers.getNodeParameters(
				trigger.description.properties,
				parameters,
				true,
				false,
				node,
				trigger.description,
			) ?? {};
	};
	setParameters(options.parameters);
	const nodeTypes = {
		getByName: () => trigger,
		getByNameAndVersion: () => trigger,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;

	const harness: PollHarness = {
		get staticData() {
			return (saved[`node:${NODE_NAME}`] ?? {}) as IDataObject;
		},
		get savedJson() {
			return JSON.stringify(saved);
		},
		started: [],
		saves: 0,
		setParameters,
		async poll(mode = 'trigger') {
			const workflow = new Workflow({
				id: workflowId,
				nodes: [node],
				connections: {},
				active: mode !== 'manual',
				nodeTypes,
				staticData: deepCopy(saved),
			});
			const emitted: INodeExecutionData[][] = [];
			const context = new PollContext(
				workflow,
				node,
				additionalData(options.credentials),
				mode,
				mode === 'manual' ? 'manual' : 'activate',
				(data) => emitted.push(...data),
				(error) => {
					throw error;
				},
			);
			const result = await trigger.poll!.call(context);
			if (mode === 'manual') return result === null ? null : result[0];
			if (workflow.staticData.__dataChanged === true) {
				const copy = deepCopy(workflow.staticData);
				delete copy.__dataChanged;
				saved = copy;
				harness.saves++;
			}
			if (result === null) return null;
			// n8n's poll executor hands the answer to __emit, which starts the workflow run.
			context.__emit(result);
			harness.started.push(emitted[0]);
			return emitted[0];
		},
	};
	return harness;
}
