import type { INode, NodeParameterValueType } from 'n8n-workflow';

/**
 * n8n attaches the node, with every parameter, to each error it shows and stores. Errors get a
 * copy whose secret parameters (passwords, API keys, ...) are blanked, so a failed "Change
 * Password" or "Add Sequencer" does not put the secret into the error.
 */
export const SECRET_KEY = /password|api_?key|secret|token/i;
export const HIDDEN = '__hidden__';

function redacted(value: NodeParameterValueType, key?: string): NodeParameterValueType {
	if (
		key !== undefined &&
		SECRET_KEY.test(key) &&
		value !== '' &&
		value !== undefined &&
		value !== null
	)
		return HIDDEN;
	if (Array.isArray(value))
		return value.map((entry) =>
			redacted(entry as NodeParameterValueType),
		) as NodeParameterValueType;
	if (value !== null && typeof value === 'object') {
		return Object.fromEntries(
			Object.entries(value).map(([k, v]) => [k, redacted(v as NodeParameterValueType, k)]),
		) as NodeParameterValueType;
	}
	return value;
}

export function nodeForErrors(node: INode): INode {
	return {
		...node,
		parameters: redacted(node.parameters as NodeParameterValueType) as INode['parameters'],
	};
}
