/**
 * What the two trigger harnesses (./trigger.ts, ./poll.ts) share: the node loaded as one n8n
 * process loads it, the node as a workflow holds it, and the workflow's static data kept in
 * "the database": every load builds a Workflow from a fresh deep copy of what was last saved.
 */
import {
	Workflow,
	type IDataObject,
	type INode,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
} from 'n8n-workflow';

import { CREDENTIAL_TYPE } from './n8n';

export const deepCopy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/**
 * The node as one n8n process loads it. `jest.isolateModules` gives a fresh copy of the node's
 * modules (`load` requires them), so what the node keeps in memory starts empty, as after a
 * restart.
 */
export function loadNodeType(load: () => INodeType): INodeType {
	let loaded: INodeType | undefined;
	withoutCurrentTest(() =>
		jest.isolateModules(() => {
			loaded = load();
		}),
	);
	return loaded!;
}

/**
 * In mutation runs, code that runs while a module loads counts as module loading only if no test
 * is current. A restart's load inside a test would otherwise make every module-level value
 * (listings, field descriptions) "covered" by that trigger test alone, and Stryker would judge
 * those values by it instead of leaving them out as the other module-level constants are
 * (test/mutation/stryker.config.mjs, ignoreStatic). Outside Stryker there is no such global.
 */
function withoutCurrentTest(run: () => void): void {
	// eslint-disable-next-line @n8n/community-nodes/no-restricted-globals -- Stryker's global, in mutation runs only
	const stryker = (globalThis as { __stryker__?: { currentTestId?: string } }).__stryker__;
	const current = stryker?.currentTestId;
	if (stryker) stryker.currentTestId = undefined;
	try {
		run();
	} finally {
		if (stryker) stryker.currentTestId = current;
	}
}

/** The trigger node as the workflow holds it, with the test credential. */
export function triggerNode(fields: {
	id: string;
	name: string;
	type: string;
	parameters: INodeParameters;
	webhookId?: string;
}): INode {
	const { webhookId, parameters, ...named } = fields;
	return {
		...named,
		typeVersion: 1,
		position: [0, 0],
		...(webhookId === undefined ? {} : { webhookId }),
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred-1', name: 'InboxKit account' } },
	};
}

/** A workflow of one trigger node whose static data lives in "the database". */
export class SavedWorkflow {
	/** The workflow's static data as n8n's database holds it. */
	saved: IDataObject;

	/** `nodeType` is asked at every load: a restart loads the node again. */
	constructor(
		readonly id: string,
		readonly node: INode,
		private readonly nodeType: () => INodeType,
		/** The node's static data as a previous activation left it. */
		staticData?: IDataObject,
	) {
		this.saved = staticData ? { [this.key]: deepCopy(staticData) } : {};
	}

	/** Where the node's own static data sits in the workflow's. */
	get key(): string {
		return `node:${this.node.name}`;
	}

	/** A Workflow as n8n builds one: static data read from the database. */
	load(active = true): Workflow {
		const nodeTypes = {
			getByName: () => this.nodeType(),
			getByNameAndVersion: () => this.nodeType(),
			getKnownTypes: () => ({}),
		} as unknown as INodeTypes;
		return new Workflow({
			id: this.id,
			nodes: [this.node],
			connections: {},
			active,
			nodeTypes,
			staticData: deepCopy(this.saved),
		});
	}

	/** n8n's saveStaticData: the whole object, only if it changed. Says whether it saved. */
	save(workflow: Workflow): boolean {
		if (workflow.staticData.__dataChanged !== true) return false;
		this.saved = deepCopy(workflow.staticData);
		return true;
	}
}
