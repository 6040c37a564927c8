import type {
	IExecuteFunctions,
	INode,
	INodeParameters,
	NodeParameterValueType,
} from 'n8n-workflow';

/**
 * The node's own settings, read as n8n would give them to each item but without asking n8n for
 * every item what cannot differ between items.
 */

/** The node's parameters as saved, by context: n8n's getNode() copies the whole node each time. */
const savedByContext = new WeakMap<object, INodeParameters>();

/**
 * The node's parameters as the workflow saved them (expressions unresolved), read once per
 * context: they do not change while it lives (n8n builds new contexts after an edit).
 */
export function savedParameters(ctx: { getNode(): INode }): INodeParameters {
	let saved = savedByContext.get(ctx);
	if (saved === undefined) {
		saved = ctx.getNode().parameters;
		savedByContext.set(ctx, saved);
	}
	return saved;
}

/** Whether a saved value holds an expression anywhere: only then can items get different values. */
function holdsExpression(value: unknown): boolean {
	if (typeof value === 'string') return value.startsWith('=');
	if (Array.isArray(value)) return value.some(holdsExpression);
	if (value !== null && typeof value === 'object')
		return Object.values(value).some(holdsExpression);
	return false;
}

/** Settings read for the whole run, by context and name (see readSetting). */
const settingsByContext = new WeakMap<object, Map<string, unknown>>();

/**
 * One of the node's own settings (Simplify, Request Options) for item `itemIndex`. Read for
 * every call, so a setting that holds no expression is read once for the run: n8n would give
 * every item the same value, and each read costs a copy, a resolution and a check (~35-55 us a
 * read, 1-2% of a Get's CPU). The value is shared by the items: callers do not change it.
 */
export function readSetting(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	fallback: NodeParameterValueType | object,
): unknown {
	if (holdsExpression(savedParameters(ctx)[name]))
		return ctx.getNodeParameter(name, itemIndex, fallback);
	let settings = settingsByContext.get(ctx);
	if (settings === undefined) {
		settings = new Map();
		settingsByContext.set(ctx, settings);
	}
	if (!settings.has(name)) settings.set(name, ctx.getNodeParameter(name, itemIndex, fallback));
	return settings.get(name);
}
