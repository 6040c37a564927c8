import type { InboxKitOperation } from '../../operation';
import { deletedOutput } from '../../shared/answers';
import { PICKED_SEQUENCERS, sequencersFields } from '../../pickers/sequencer';
import { readPicked } from '../../pickers/picks';

export const deleteSequencers: InboxKitOperation = {
	value: 'delete',
	name: 'Delete',
	action: 'Delete sequencers',
	description: 'Disconnect sequencers from the workspace, given their uids',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: 'the path and the body `uids` (maybe `sequencer_uids`)',
	method: 'POST',
	path: '/sequencers/delete',
	workspaceScoped: true,
	destroys: 'Disconnects the sequencers from the workspace',
	fields: sequencersFields('The sequencers to delete'),
	request: async (ctx, i) => ({ body: { uids: await readPicked(ctx, i, PICKED_SEQUENCERS) } }),
	// The answer's naming of what it deleted is not known: what was asked for is shown too.
	output: (answer, sent) => deletedOutput(answer, { uids: sent.body.uids }),
};
