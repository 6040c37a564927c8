import type { InboxKitOperation } from '../../operation';
import { mailboxIdsField } from '../../shared/fields';
import { idListReader } from '../../shared/parameters';
import { readSequencerId, sequencerIdField } from './fields';

const readMailboxIds = idListReader('mailboxIds', 'Mailbox IDs');

export const exportMailboxes: InboxKitOperation = {
	value: 'exportMailboxes',
	name: 'Export Mailboxes',
	action: 'Export mailboxes to a sequencer',
	description: 'Connect mailboxes to a sequencer so it can send from them',
	docs: 'https://docs.inboxkit.com/export-mailboxes-18118387e0',
	evidence: 'live',
	method: 'POST',
	path: '/sequencers/export',
	workspaceScoped: true,
	fields: [
		sequencerIdField('The sequencer to export to'),
		mailboxIdsField('The mailboxes to export'),
	],
	// Output as InboxKit answers (results.new_exports_created, exports.created[], ...). The
	// export runs in the background: follow it with Get Export Status.
	request: (ctx, i) => ({
		body: { sequencer_uid: readSequencerId(ctx, i), mailbox_uids: readMailboxIds(ctx, i) },
	}),
};
