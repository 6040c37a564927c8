import type { InboxKitOperation } from '../../operation';
import { filtersField } from '../../shared/fields';
import { asIdList, readCollection } from '../../shared/parameters';
import { SEQUENCER_PLATFORMS_METHOD } from './fields';
import { simplifySequencer } from '../../shared/simplify';

export const getMany: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List sequencers',
	description: "List the workspace's sequencers, each with its uid, name and platform",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	path: '/sequencers/list',
	workspaceScoped: true,
	// A search: may be retried.
	readsOnly: true,
	fields: [
		filtersField([
			{
				displayName: 'Platform Names or IDs',
				name: 'sequencer_platforms',
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: SEQUENCER_PLATFORMS_METHOD },
				default: [],
				description:
					'Only sequencers on these platforms. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
			},
		]),
	],
	request: (ctx, i) => {
		const filters = readCollection(ctx, 'filters', i);
		const platforms =
			filters.sequencer_platforms === undefined
				? []
				: asIdList(ctx, i, 'Platform Names or IDs', filters.sequencer_platforms, {
						required: false,
					});
		return { body: platforms.length > 0 ? { sequencer_platforms: platforms } : {} };
	},
	// Answer data[] of uid, name, platform, status, sequencer_email.
	list: { recordsKey: 'data', paging: 'offset', simplify: simplifySequencer },
};
