import type { IDataObject, IExecuteFunctions, INode, NodeParameterValueType } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { nodeForErrors } from '../transport/redact';

/**
 * Reading node parameters with the checks users need: every message names the field as the
 * user sees it ("label") and the bad value, and is thrown before any request is sent.
 */

export function fieldError(
	ctx: { getNode(): INode },
	itemIndex: number | undefined,
	label: string,
	problem: string,
	hint?: string,
) {
	return new NodeOperationError(nodeForErrors(ctx.getNode()), `The "${label}" field ${problem}`, {
		itemIndex,
		description: hint,
	});
}

function shown(value: unknown): string {
	if (value === undefined) return 'nothing';
	// Numbers as written: JSON would show NaN and Infinity as "null", which is not what was given.
	const text =
		typeof value === 'string' || typeof value === 'number'
			? String(value)
			: String(JSON.stringify(value) ?? value);
	return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** A text field; trimmed. Numbers from expressions are accepted as text. */
export function readText(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	{ required = true }: { required?: boolean } = {},
): string {
	const value = ctx.getNodeParameter(name, itemIndex, '') as NodeParameterValueType;
	return asText(ctx, itemIndex, label, value, required);
}

export function asText(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
	required: boolean,
): string {
	if (value === undefined || value === null || value === '') {
		if (required)
			throw fieldError(
				ctx,
				itemIndex,
				label,
				'is empty',
				'Fill it in, or check the expression that should fill it.',
			);
		return '';
	}
	// Number.isFinite is false for anything that is not a number (no coercion).
	if (Number.isFinite(value)) return String(value);
	if (typeof value !== 'string') {
		throw fieldError(ctx, itemIndex, label, `must be text, but got ${shown(value)}`);
	}
	const text = value.trim();
	if (required && text === '') throw fieldError(ctx, itemIndex, label, 'is empty');
	return text;
}

/** An ID: one token without spaces. */
export function checkId(
	ctx: { getNode(): INode },
	itemIndex: number | undefined,
	label: string,
	id: string,
): string {
	if (!/^[A-Za-z0-9_-]{1,128}$/.test(id)) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${shown(id)}", which is not an InboxKit ID`,
			'IDs are letters, digits, "-" and "_" only, as InboxKit shows them (e.g. the "uid" of a record).',
		);
	}
	return id;
}

/** A whole number within bounds; expressions may give it as text. */
export function readInteger(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	{ min, max }: { min: number; max: number },
): number {
	const value = ctx.getNodeParameter(name, itemIndex) as unknown;
	return checkInteger(ctx, itemIndex, label, value, { min, max });
}

export function checkInteger(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
	{ min, max }: { min: number; max: number },
): number {
	// Decimal digits only: Number() would also take "0x10", "1e3" and "0b101" as amounts.
	const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
	if (typeof number !== 'number' || !Number.isInteger(number)) {
		throw fieldError(ctx, itemIndex, label, `must be a whole number, but got ${shown(value)}`);
	}
	if (number < min || number > max) {
		throw fieldError(ctx, itemIndex, label, `must be between ${min} and ${max}, but got ${number}`);
	}
	return number;
}

/** A collection such as "Additional Fields", with unset and empty values left out. */
export function readCollection(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
): IDataObject {
	return compact(ctx.getNodeParameter(name, itemIndex, {}) as IDataObject);
}

/** Drops undefined, null and empty-string values, so optional fields the user left empty are not sent. */
export function compact(object: IDataObject): IDataObject {
	const result: IDataObject = {};
	for (const [key, value] of Object.entries(object)) {
		if (value === undefined || value === null || value === '') continue;
		result[key] = value;
	}
	return result;
}

/**
 * A list given as an array (from an expression) or as text separated by commas or new lines.
 * Empty entries are dropped.
 */
export function readList(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	{ required = true, max = 1000 }: { required?: boolean; max?: number } = {},
): string[] {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	return asList(ctx, itemIndex, label, value, { required, max });
}

/**
 * Most entries (domains, mailbox ids, records) one request carries. InboxKit documents no limit;
 * 100 matches its largest list page (assumed).
 */
export const MAX_ENTRIES = 100;

/** The reader of a field holding a list of InboxKit IDs, each checked: one factory for every such field. */
export function idListReader(
	name: string,
	label: string,
	{ max = MAX_ENTRIES, required = true } = {},
) {
	return (ctx: IExecuteFunctions, itemIndex: number): string[] =>
		asIdList(ctx, itemIndex, label, ctx.getNodeParameter(name, itemIndex, '') as unknown, {
			max,
			required,
		});
}

/** A list of InboxKit IDs from any value readList takes, each checked. */
export function asIdList(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
	{ max = MAX_ENTRIES, required = true }: { max?: number; required?: boolean } = {},
): string[] {
	return asList(ctx, itemIndex, label, value, { max, required }).map((id) =>
		checkId(ctx, itemIndex, label, id),
	);
}

export function asList(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
	{ required = true, max = 1000 }: { required?: boolean; max?: number } = {},
): string[] {
	let entries: unknown[];
	if (Array.isArray(value)) entries = value;
	else if (typeof value === 'string') entries = value.split(/[\n,;]+/);
	else if (Number.isFinite(value)) entries = [String(value)];
	else if (value === undefined || value === null) entries = [];
	else throw fieldError(ctx, itemIndex, label, `must be a list or text, but got ${shown(value)}`);

	const list = entries
		.map((entry) => {
			if (Number.isFinite(entry)) return String(entry);
			if (typeof entry !== 'string') {
				throw fieldError(
					ctx,
					itemIndex,
					label,
					`must hold text entries, but one is ${shown(entry)}`,
				);
			}
			return entry.trim();
		})
		.filter((entry) => entry !== '');

	if (required && list.length === 0) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			'is empty',
			'Give one value, or several separated by commas or new lines.',
		);
	}
	if (list.length > max) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds ${list.length} entries, more than the ${max} InboxKit takes in one request`,
		);
	}
	return list;
}

/** The ID chosen in a resource locator field ("From List" or "By ID"). */
export function readLocatorId(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
): string {
	const value = ctx.getNodeParameter(name, itemIndex, '', { extractValue: true }) as unknown;
	return checkId(ctx, itemIndex, label, asText(ctx, itemIndex, label, value, true));
}

// Kept importable from here: the name and secret readers live in their own module.
export { asName, asSecret } from './namesAndSecrets';
