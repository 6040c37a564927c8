import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

/**
 * Pickers (n8n resource locators) for the records a user names: From List (searched, paged), By
 * ID, and By Email / By Name where InboxKit can look the record up. Lists of records get a
 * picker that adds one record per row, beside the text field that takes IDs typed or mapped
 * from an expression (n8n has no resource locator for several values). The readers are in
 * ./locate.ts, the lists in ../methods/listSearch.
 */

// The modes are written out under a `modes` key in each picker: n8n's linter takes a mode
// anywhere else for a field without a default.

function locator(
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

/** One mailbox: picked, by its uid, or by its address. */
export const mailboxPicker = (description: string, name = 'mailboxId'): INodeProperties =>
	locator('Mailbox', name, `${description}. By ID takes its "uid"; By Email its full address.`, {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a mailbox...',
				typeOptions: { searchListMethod: 'searchMailboxes', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. mbx_jane01' },
			{
				displayName: 'By Email',
				name: 'email',
				type: 'string',
				placeholder: 'e.g. jane@example.com',
			},
		],
	});

/** One domain of the workspace: picked, by its uid, or by its name. */
export const domainPicker = (description: string, name = 'domainId'): INodeProperties =>
	locator(
		'Domain',
		name,
		`${description}. By ID takes its "uid"; By Name its name, such as example.com.`,
		{
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: 'Select a domain...',
					typeOptions: { searchListMethod: 'searchDomains', searchable: true },
				},
				{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. dom_acme01' },
				{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. example.com' },
			],
		},
	);

/** One domain of the workspace where InboxKit takes the name, not the uid (Buy's Domain). */
export const domainNamePicker = (description: string, name: string): INodeProperties => ({
	...locator('Domain', name, `${description}. By Name takes a name such as example.com.`, {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a domain...',
				typeOptions: { searchListMethod: 'searchDomainNames', searchable: true },
			},
			{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. example.com' },
		],
	}),
	required: false,
});

/** One sequencer of the workspace: picked, or by its uid. */
export const sequencerPicker = (description: string, name = 'sequencerId'): INodeProperties =>
	locator('Sequencer', name, `${description}. By ID takes its "uid".`, {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a sequencer...',
				typeOptions: { searchListMethod: 'searchSequencers', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. seq_smart01' },
		],
	});

/** One pricing plan: picked, or by its uid. */
export const planPicker = (description: string, name = 'planId'): INodeProperties =>
	locator('Plan', name, `${description}. By ID takes its "uid", as Get Pricing Plans lists it.`, {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a plan...',
				typeOptions: { searchListMethod: 'searchPlans', searchable: true },
			},
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. growth' },
		],
	});

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

export const PICKED_MAILBOXES: PicksSpec = {
	name: 'pickedMailboxes',
	valueName: 'mailbox',
	label: 'Mailboxes',
	textName: 'mailboxIds',
	textLabel: 'Mailbox IDs',
};

export const PICKED_DOMAINS: PicksSpec = {
	name: 'pickedDomains',
	valueName: 'domain',
	label: 'Domains',
	textName: 'domainIds',
	textLabel: 'Domain IDs',
};

export const PICKED_SEQUENCERS: PicksSpec = {
	name: 'pickedSequencers',
	valueName: 'sequencer',
	label: 'Sequencers',
	textName: 'sequencerIds',
	textLabel: 'Sequencer IDs',
};

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
