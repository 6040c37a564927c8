import type { InboxKitOperation } from '../../operation';
import { sequencerIdsField } from '../../shared/fields';
import { idListReader } from '../../shared/parameters';
import { withoutEnvelope } from '../../transport';

const readSequencerIds = idListReader('sequencerIds', 'Sequencer IDs');

export const deleteSequencers: InboxKitOperation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete sequencers',
	description: 'Disconnect sequencers from the workspace',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: 'the path and the body `uids` (maybe `sequencer_uids`)',
	method: 'POST',
	path: '/sequencers/delete',
	workspaceScoped: true,
	fields: [sequencerIdsField('The sequencers to delete')],
	request: (ctx, i) => ({ body: { uids: readSequencerIds(ctx, i) } }),
	output: (answer, sent) => {
		const summary = withoutEnvelope(answer);
		// The answer's naming of what it deleted is not known: show what was asked for.
		if (summary.uids === undefined && summary.deleted === undefined) summary.uids = sent.body.uids;
		return summary;
	},
};
