import type { IExecuteFunctions, INodeProperties, INodePropertyMode } from 'n8n-workflow';

import { asText, checkId } from '../shared/parameters';

/**
 * The generic part of a picker (n8n's resource locator): the field, its stored value, and how a
 * value becomes the record's uid: picked From List or typed By ID as is, or found by a lookup
 * (By Email, By Name) that the record kind supplies.
 */

// The modes are written out under a `modes` key (below and in the kinds' pickers): n8n's linter
// takes a mode anywhere else for a field without a default.

/** A required picker of one record. */
export function locator(
	displayName: string,
	name: string,
	description: string,
	{ modes }: { modes: INodePropertyMode[] },
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description,
		modes,
	};
}

/** A picker of one record From List (the kind's search) or By ID: kinds with no lookup by name. */
export function listOrIdPicker(
	displayName: string,
	name: string,
	description: string,
	search: string,
	placeholders: { list: string; id: string },
): INodeProperties {
	return locator(displayName, name, description, {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: placeholders.list,
				typeOptions: { searchListMethod: search, searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: placeholders.id },
		],
	});
}

/** Finds the uid a typed name or address stands for (a picker's By Name / By Email). */
export type Lookup = (
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	text: string,
) => Promise<string>;

/** A picker's value: `{ mode, value }`; a plain value (older workflows, expressions) is an ID. */
export function locatorParts(raw: unknown): { mode: string; value: unknown } {
	if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'value' in raw) {
		const { mode, value } = raw as { mode?: unknown; value?: unknown };
		return { mode: typeof mode === 'string' ? mode : 'id', value };
	}
	return { mode: 'id', value: raw };
}

/** The uid a picker's value stands for: picked or typed as is, or looked up by its mode. */
export async function locatorUid(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	raw: unknown,
	lookups: Record<string, Lookup> = {},
): Promise<string> {
	const { mode, value } = locatorParts(raw);
	const text = asText(ctx, itemIndex, label, value, true);
	const lookup = lookups[mode];
	return lookup ? await lookup(ctx, itemIndex, label, text) : checkId(ctx, itemIndex, label, text);
}

/** The reader of one kind's picker field, by the field's name and label. */
export const pickerReader =
	(lookups: Record<string, Lookup>, defaultName: string, defaultLabel: string) =>
	async (
		ctx: IExecuteFunctions,
		itemIndex: number,
		name = defaultName,
		label = defaultLabel,
	): Promise<string> =>
		await locatorUid(ctx, itemIndex, label, ctx.getNodeParameter(name, itemIndex, ''), lookups);
