import { Workflow, type INode, type INodeType, type INodeTypes } from 'n8n-workflow';

/** A workflow of one node of the given type: enough for n8n to evaluate that node's expressions. */
export function oneNodeWorkflow(node: INode, nodeType: INodeType): Workflow {
	const nodeTypes = {
		getByName: () => nodeType,
		getByNameAndVersion: () => nodeType,
		getKnownTypes: () => ({}),
	} as unknown as INodeTypes;
	return new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
}
