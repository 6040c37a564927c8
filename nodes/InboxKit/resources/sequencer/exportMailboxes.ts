import type { InboxKitOperation } from '../../operation';
import { mailboxesFields, readMailboxUids } from '../../pickers/mailbox';
import { readSequencerUid, sequencerPicker } from '../../pickers/sequencer';

export const exportMailboxes: InboxKitOperation = {
	value: 'exportMailboxes',
	name: 'Export Mailboxes',
	action: 'Export mailboxes to sequencer',
	description: 'Connect mailboxes to a sequencer so it sends from them, given their uids',
	docs: 'https://docs.inboxkit.com/export-mailboxes-18118387e0',
	evidence: 'live',
	method: 'POST',
	path: '/sequencers/export',
	workspaceScoped: true,
	fields: [
		sequencerPicker('The sequencer to export to'),
		...mailboxesFields('The mailboxes to export'),
	],
	// Output as InboxKit answers (results.new_exports_created, exports.created[], ...). The
	// export runs in the background: follow it with Get Export Status.
	request: async (ctx, i) => ({
		body: {
			sequencer_uid: await readSequencerUid(ctx, i),
			mailbox_uids: await readMailboxUids(ctx, i),
		},
	}),
};
