import type { INodeProperties } from 'n8n-workflow';

import { idListField } from '../shared/fields';
import { listOf, nameOr, uidOf, type Listing } from './listing';
import { listOrIdPicker, pickerReader } from './locator';
import { picksFields, type PicksSpec } from './picks';

/** Sequencers (the sending tools mailboxes are exported to): picked, or by uid. */

export const SEQUENCERS: Listing = {
	noun: 'sequencer',
	plural: 'sequencers',
	method: 'POST',
	path: '/sequencers/list',
	workspaceScoped: true,
	paging: 'offset',
	records: listOf('data'),
	// No search in /sequencers/list: the typed text is matched here.
	item: (record) => {
		const value = uidOf(record);
		if (!value) return undefined;
		const name = nameOr(record, value);
		return {
			name: typeof record.platform === 'string' ? `${name} (${record.platform})` : name,
			value,
		};
	},
};

/** One sequencer of the workspace: picked, or by its uid. */
export const sequencerPicker = (description: string, name = 'sequencerId'): INodeProperties =>
	listOrIdPicker('Sequencer', name, `${description}. By ID takes its "uid".`, 'searchSequencers', {
		list: 'Select a sequencer...',
		id: 'e.g. seq_smart01',
	});

/** The Sequencer picker's uid. */
export const readSequencerUid = pickerReader({}, 'sequencerId', 'Sequencer');

export const PICKED_SEQUENCERS: PicksSpec = {
	name: 'pickedSequencers',
	valueName: 'sequencer',
	label: 'Sequencers',
	textName: 'sequencerIds',
	textLabel: 'Sequencer IDs',
};

/** Sequencers picked one by one, and Sequencer IDs typed or mapped (Delete). */
export const sequencersFields = (description: string): INodeProperties[] =>
	picksFields(
		PICKED_SEQUENCERS,
		sequencerPicker(description),
		idListField(
			'Sequencer IDs',
			'sequencerIds',
			'seq_smart01, seq_smart02',
			`${description}: the "uid" of each sequencer`,
		),
		description,
	);
