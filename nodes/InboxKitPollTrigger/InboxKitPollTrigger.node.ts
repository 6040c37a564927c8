import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { InboxKitTrigger } from '../InboxKitTrigger/InboxKitTrigger.node';
import { pollProperties } from './description';
import { pollStatuses } from './poll';

export class InboxKitPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'InboxKit Poll Trigger',
		name: 'inboxKitPollTrigger',
		icon: { light: 'file:inboxkit.svg', dark: 'file:inboxkit.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		description:
			'Start workflows when a mailbox or domain changes status, by listing them on a schedule: no webhook, works behind a firewall',
		defaults: {
			name: 'InboxKit Poll Trigger',
		},
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'inboxKitApi',
				required: true,
			},
		],
		properties: pollProperties,
	};

	// The Workspace field's list: the same search as the webhook trigger's.
	methods = new InboxKitTrigger().methods;

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollStatuses.call(this);
	}
}
