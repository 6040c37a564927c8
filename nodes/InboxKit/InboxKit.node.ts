import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { nodeProperties, subtitleExpression, toolDescription } from './description';
import { executeInboxKit } from './runner/dispatch';
import * as listSearch from './methods/listSearch';
import * as loadOptions from './methods/loadOptions';
import { RESOURCES } from './resources';

export class InboxKit implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'InboxKit',
		name: 'inboxKit',
		icon: { light: 'file:inboxkit.svg', dark: 'file:inboxkit.dark.svg' },
		group: ['output'],
		version: 1,
		subtitle: subtitleExpression(RESOURCES),
		description:
			'Cold email infrastructure: buy domains and mailboxes, set DNS, export mailboxes to sequencers (Smartlead, Instantly) and manage billing',
		defaults: {
			name: 'InboxKit',
		},
		// As a tool, its own description: what an agent calls may charge the account.
		usableAsTool: { replacements: { description: toolDescription(RESOURCES) } },
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
		// Every search of methods/listSearch.ts, by the name a picker's searchListMethod gives.
		listSearch,
		loadOptions,
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await executeInboxKit.call(this);
	}
}
