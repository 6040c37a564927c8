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
	jest.isolateModules(() => {
		loaded = load();
	});
	return loaded!;
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
