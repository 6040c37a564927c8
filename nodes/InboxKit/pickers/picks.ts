import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { asIdList, fieldError, MAX_ENTRIES } from '../shared/parameters';
import { locatorUid, type Lookup } from './locator';

/**
 * Pickers of several records: one picker per row ("Add Mailbox"), beside the text field that
 * takes IDs typed or mapped from an expression (n8n has no resource locator for several values).
 */

/** How a picker of several records is stored: `<name>.entries[n].<valueName>`. */
export interface PicksSpec {
	name: string;
	valueName: string;
	/** "Mailboxes"; one row is the singular ("Mailbox"). */
	label: string;
	/** The text field beside it, for IDs typed or mapped. */
	textName: string;
	textLabel: string;
}

/**
 * A picker of several records (one row each, "Add Mailbox"), followed by the text field for IDs
 * typed or mapped; the node sends the picked ones and the typed ones together.
 */
export function picksFields(
	spec: PicksSpec,
	picker: INodeProperties,
	textField: INodeProperties,
	description: string,
): INodeProperties[] {
	const one = picker.displayName;
	return [
		{
			displayName: spec.label,
			name: spec.name,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: `Add ${one}`,
			default: {},
			description: `${description}: pick each one. To map many from earlier nodes, use "${spec.textLabel}" below.`,
			options: [
				{
					displayName: one,
					name: 'entries',
					values: [{ ...picker, name: spec.valueName, required: false }],
				},
			],
		},
		{
			...textField,
			required: false,
			description: `${description}, by their "uid": separated by commas or new lines, or an expression that returns a list. Sent together with the ones picked above.`,
		},
	];
}

/**
 * The uids of a picker of several records and its text field (picksFields):
 * the picked ones, then the typed ones, each once, at most `max`.
 */
export async function readPicked(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: PicksSpec,
	lookups: Record<string, Lookup> = {},
	{ max = MAX_ENTRIES }: { max?: number } = {},
): Promise<string[]> {
	const typed = asIdList(
		ctx,
		itemIndex,
		spec.textLabel,
		ctx.getNodeParameter(spec.textName, itemIndex, ''),
		{
			max,
			required: false,
		},
	);
	const rows = ((ctx.getNodeParameter(spec.name, itemIndex, {}) as IDataObject).entries ??
		[]) as IDataObject[];
	const picked: string[] = [];
	for (const [index, row] of rows.entries()) {
		const label = `${spec.label} (row ${index + 1})`;
		picked.push(await locatorUid(ctx, itemIndex, label, row[spec.valueName], lookups));
	}
	const uids = [...new Set([...picked, ...typed])];
	if (uids.length === 0) {
		throw fieldError(
			ctx,
			itemIndex,
			spec.textLabel,
			'is empty',
			`Pick them under "${spec.label}", or give their IDs here: separated by commas, or an expression that returns a list.`,
		);
	}
	if (uids.length > max) {
		throw fieldError(
			ctx,
			itemIndex,
			spec.label,
			`holds ${uids.length} entries together with "${spec.textLabel}", more than the ${max} InboxKit takes in one request`,
		);
	}
	return uids;
}
