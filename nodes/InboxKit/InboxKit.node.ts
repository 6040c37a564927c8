import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties } from './description';
import { executeInboxKit } from './runner';
import {
	searchDomainNames,
	searchDomains,
	searchMailboxes,
	searchPlans,
	searchSequencers,
	searchWorkspaces,
} from './methods/listSearch';
import { getSequencerPlatforms } from './methods/loadOptions';
import { RESOURCES } from './resources';

export class InboxKit implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'InboxKit',
		name: 'inboxKit',
		icon: { light: 'file:inboxkit.svg', dark: 'file:inboxkit.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Manage InboxKit workspaces, domains, mailboxes, DNS, sequencer exports and billing',
		defaults: {
			name: 'InboxKit',
		},
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'inboxKitApi',
				required: true,
			},
		],
		properties: nodeProperties(RESOURCES),
	};

	methods = {
		listSearch: {
			searchDomainNames,
			searchDomains,
			searchMailboxes,
			searchPlans,
			searchSequencers,
			searchWorkspaces,
		},
		loadOptions: { getSequencerPlatforms },
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeInboxKit.call(this);
	}
}
