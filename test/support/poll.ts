/**
 * Runs the InboxKit Poll Trigger the way n8n 2.41's server runs a polling trigger (read in its
 * source: n8n-core's ActiveWorkflowTriggers.activatePollTrigger and PollTriggerExecutor, n8n's
 * TriggerExecutionContextFactory.getExecutePollFunctions, with durable cursors off, the default),
 * with n8n-core's own PollContext (never a hand-made `this`):
 * - the node's parameters are completed with their defaults, as n8n does when it loads a workflow;
 * - static data lives in "the database" (`SavedWorkflow`, ./triggerWorkflow.ts). Publishing
 *   (activating) builds one Workflow from a fresh deep copy of it and polls once at once (n8n's
 *   `executePollTrigger(true)`: an error fails the activation), then saves the whole object if
 *   n8n's observable object says it changed. Scheduled polls reuse that Workflow and its poll
 *   functions (n8n builds one PollContext per activation): static data stays in memory between
 *   polls and is saved whole only when a poll starts a run (n8n's __emit); a poll that starts
 *   nothing or throws saves nothing. `restart()` is a new n8n process: the Workflow is built
 *   again from the database and activated ('init'), polling once;
 * - mode 'manual' is the editor's "Fetch Test Event": a fresh copy, never saved;
 * - what poll() returns is what n8n hands to __emit (null: no execution starts).
 */
import { PollContext } from 'n8n-core';
import {
	NodeHelpers,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type WorkflowActivateMode,
	type WorkflowExecuteMode,
	type Workflow,
} from 'n8n-workflow';

import { additionalData } from './n8n';
import { loadNodeType, SavedWorkflow, triggerNode } from './triggerWorkflow';

export const POLL_TRIGGER_TYPE = 'n8n-nodes-inboxkit.inboxKitPollTrigger';
const NODE_NAME = 'InboxKit Poll Trigger';

/** The node as one n8n process loads it (fresh modules: nothing kept in memory between tests). */
const loadPollTrigger = () =>
	loadNodeType(() => {
		const { InboxKitPollTrigger } =
			// eslint-disable-next-line @typescript-eslint/no-require-imports
			require('../../nodes/InboxKitPollTrigger/InboxKitPollTrigger.node') as {
				InboxKitPollTrigger: new () => INodeType;
			};
		return new InboxKitPollTrigger();
	});

export interface PollHarness {
	/** The node's static data as saved in n8n's database. */
	readonly staticData: IDataObject;
	/** The static data as n8n stores it (JSON), for its size. */
	readonly savedJson: string;
	/** The items of every workflow run a poll started, in order. */
	started: INodeExecutionData[][];
	/** How many times static data was saved to the database. */
	saves: number;
	/** Publishing (activating) the workflow: n8n's first poll, then a save. */
	activate(): Promise<INodeExecutionData[] | null>;
	/** One scheduled poll (activate first), or "Fetch Test Event" in mode 'manual'. */
	poll(mode?: 'trigger' | 'manual'): Promise<INodeExecutionData[] | null>;
	/** A new n8n process: static data read again from the database, then activation ('init'). */
	restart(): Promise<INodeExecutionData[] | null>;
	/** Changes the node's parameters, as an edit and re-publish would (activate again after it). */
	setParameters(parameters: INodeParameters): void;
}

let workflowCount = 0;

export function startPollTrigger(options: {
	parameters: INodeParameters;
	credentials: ICredentialDataDecryptedObject;
	/** The node's static data as a previous activation left it in the database. */
	staticData?: IDataObject;
}): PollHarness {
	const workflowId = `poll-workflow-${++workflowCount}`;
	const trigger = loadPollTrigger();
	const node = triggerNode({
		id: 'inboxkit-poll-trigger',
		name: NODE_NAME,
		type: POLL_TRIGGER_TYPE,
		parameters: {},
	});
	const database = new SavedWorkflow(workflowId, node, () => trigger, options.staticData);
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
	/** A Workflow as n8n builds one: static data read from the database. */
	const load = (active: boolean) => database.load(active);
	/** n8n's saveStaticData: the whole object, only if it changed; then marked unchanged. */
	const save = (workflow: Workflow) => {
		if (!database.save(workflow)) return;
		workflow.staticData.__dataChanged = false;
		harness.saves++;
	};

	/** What the last poll handed to __emit (null: no execution started). */
	let started: INodeExecutionData[] | null = null;

	/** n8n's poll functions for `workflow`: built once per activation, used by all its polls. */
	function pollContext(
		workflow: Workflow,
		mode: WorkflowExecuteMode,
		activation: WorkflowActivateMode,
	): PollContext {
		return new PollContext(
			workflow,
			node,
			additionalData(options.credentials),
			mode,
			activation,
			// n8n's __emit: saves the static data, then starts the run.
			(data) => {
				save(workflow);
				started = data[0];
				harness.started.push(data[0]);
			},
			(error) => {
				throw error;
			},
		);
	}

	/** The published workflow's poll functions (holding its Workflow), kept between polls. */
	let active: PollContext | undefined;

	async function runPoll(
		context: PollContext,
		mode: WorkflowExecuteMode,
	): Promise<INodeExecutionData[] | null> {
		started = null;
		const result = await trigger.poll!.call(context);
		if (mode === 'manual') return result === null ? null : result[0];
		if (result !== null) context.__emit(result);
		return started;
	}

	async function activate(activation: WorkflowActivateMode) {
		const workflow = load(true);
		const context = pollContext(workflow, 'trigger', activation);
		const items = await runPoll(context, 'trigger');
		save(workflow);
		active = context;
		return items;
	}

	const harness: PollHarness = {
		get staticData() {
			return (database.saved[database.key] ?? {}) as IDataObject;
		},
		get savedJson() {
			return JSON.stringify(database.saved);
		},
		started: [],
		saves: 0,
		setParameters,
		activate: async () => await activate('activate'),
		restart: async () => await activate('init'),
		async poll(mode = 'trigger') {
			if (mode === 'manual')
				return await runPoll(pollContext(load(false), 'manual', 'manual'), 'manual');
			if (!active) throw new Error('activate the workflow first');
			return await runPoll(active, 'trigger');
		},
	};
	return harness;
}
