import type { InboxKitResource } from '../../operation';
import { add } from './add';
import { deleteSequencers } from './delete';
import { exportMailboxes } from './exportMailboxes';
import { getExportStatus } from './getExportStatus';
import { getMany } from './getMany';
import { getPlatforms } from './getPlatforms';
import { update } from './update';

/** Sending tools such as Smartlead, and mailbox exports to them. */
export const sequencer: InboxKitResource = {
	value: 'sequencer',
	name: 'Sequencer',
	description: 'Sending tools (Smartlead, Instantly, ...) and mailbox exports to them',
	defaultOperation: 'getMany',
	operations: [
		add,
		deleteSequencers,
		exportMailboxes,
		getExportStatus,
		getMany,
		getPlatforms,
		update,
	],
};
