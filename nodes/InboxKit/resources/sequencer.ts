import type { InboxKitResource } from '../operation';

export const sequencer: InboxKitResource = {
	value: 'sequencer',
	name: 'Sequencer',
	description: 'Sending tools (Smartlead, Instantly, ...) and mailbox exports to them',
	operations: [
		{
			value: 'getPlatforms',
			name: 'Get Platforms',
			action: 'List sequencer platforms',
			description: 'List the sequencer platforms InboxKit can export mailboxes to',
			docs: 'https://docs.inboxkit.com/list-sequencer-platforms',
			method: 'GET',
			path: '/sequencers/platforms',
			workspaceScoped: true,
		},
	],
};
