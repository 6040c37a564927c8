import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { fieldError } from './parameters';

/**
 * A list of objects one request carries (DNS records, mailboxes to buy), given either through a
 * fixed collection of fields or as JSON (typed, or from an expression). Both ways end in the
 * same checked list, and every message names the field the user filled.
 */
export interface EntryListSpec {
	/** Parameter names: the input switch, the fixed collection (and its one option), the JSON field. */
	inputName: string;
	collectionName: string;
	itemName: string;
	jsonName: string;
	/** What one entry is, as users read it: "record", "mailbox". */
	noun: string;
	nounPlural: string;
	/** "Records" / "Mailboxes": the label of the fixed collection; JSON is "<label> (JSON)". */
	label: string;
	max: number;
	/** A short JSON example for the "not valid JSON" hint. */
	example: string;
}

export type EntrySource = 'fields' | 'json';

export function entryListFields(
	spec: EntryListSpec,
	{
		values,
		inputDescription,
		jsonDescription,
	}: { values: INodeProperties[]; inputDescription: string; jsonDescription: string },
): INodeProperties[] {
	const title = spec.noun.charAt(0).toUpperCase() + spec.noun.slice(1);
	return [
		{
			displayName: `${spec.label} Input`,
			name: spec.inputName,
			type: 'options',
			options: [
				{
					name: 'Fields',
					value: 'fields',
					description: `Enter each ${spec.noun} in the fields below`,
				},
				{
					name: 'JSON',
					value: 'json',
					description: `Give a list of ${spec.nounPlural} as JSON or from an expression`,
				},
			],
			default: 'fields',
			description: inputDescription,
		},
		{
			displayName: spec.label,
			name: spec.collectionName,
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: `Add ${title}`,
			default: {},
			displayOptions: { show: { [spec.inputName]: ['fields'] } },
			options: [{ displayName: title, name: spec.itemName, values }],
		},
		{
			displayName: `${spec.label} (JSON)`,
			name: spec.jsonName,
			type: 'json',
			default: '[]',
			displayOptions: { show: { [spec.inputName]: ['json'] } },
			description: jsonDescription,
		},
	];
}

/**
 * The entries of one input item, each an object, between 1 and `max` of them. A single JSON
 * object counts as a list of one, since that is what an expression over one record gives.
 */
export function readEntryList(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: EntryListSpec,
): { source: EntrySource; label: string; entries: IDataObject[] } {
	const source = ctx.getNodeParameter(spec.inputName, itemIndex, 'fields') as EntrySource;
	const label = source === 'json' ? `${spec.label} (JSON)` : spec.label;
	let list: unknown;
	if (source === 'json') {
		list = ctx.getNodeParameter(spec.jsonName, itemIndex, '[]') as unknown;
		if (typeof list === 'string') {
			try {
				list = JSON.parse(list);
			} catch {
				throw fieldError(
					ctx,
					itemIndex,
					label,
					'is not valid JSON',
					`Give a list such as ${spec.example}.`,
				);
			}
		}
		if (list !== null && typeof list === 'object' && !Array.isArray(list)) list = [list];
		if (!Array.isArray(list)) {
			throw fieldError(
				ctx,
				itemIndex,
				label,
				`must be a list of ${spec.nounPlural}`,
				`Give a list such as ${spec.example}.`,
			);
		}
	} else {
		list = ((ctx.getNodeParameter(spec.collectionName, itemIndex, {}) as IDataObject)[
			spec.itemName
		] ?? []) as unknown;
	}

	const entries = list as unknown[];
	if (entries.length === 0)
		throw fieldError(ctx, itemIndex, label, 'is empty', `Add at least one ${spec.noun}.`);
	if (entries.length > spec.max) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds ${entries.length} ${spec.nounPlural}, more than the ${spec.max} one request takes`,
		);
	}
	entries.forEach((raw, index) => {
		if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
			throw fieldError(
				ctx,
				itemIndex,
				label,
				`must hold ${spec.nounPlural} (objects), but ${spec.noun} ${index + 1} is ${JSON.stringify(raw)}`,
			);
		}
	});
	return { source, label, entries: entries as IDataObject[] };
}
