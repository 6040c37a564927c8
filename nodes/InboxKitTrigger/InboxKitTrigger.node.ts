import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchWorkspaces } from '../InboxKit/methods/listSearch';
import { REGISTRATION, TRIGGER_DESCRIPTION, triggerProperties } from './description';
import { maxEventAgeMinutes } from './maxEventAge';
import { receiveEvent } from './receive';
import {
	registerWebhook,
	registrationMode,
	unregisterWebhook,
	webhookExists,
} from './registration';

export class InboxKitTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'InboxKit Trigger',
		name: 'inboxKitTrigger',
		icon: { light: 'file:inboxkit.svg', dark: 'file:inboxkit.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{$parameter["events"].join(", ")}}',
		// n8n's nodes panel lists this trigger and the InboxKit node as one entry and shows the
		// trigger's description for it, so it says what both do.
		description: TRIGGER_DESCRIPTION,
		defaults: {
			name: 'InboxKit Trigger',
		},
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{
				name: 'inboxKitApi',
				required: true,
			},
		],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// InboxKit wants an answer within 30 s: n8n answers 200 as soon as the workflow starts.
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: triggerProperties,
	};

	methods = {
		listSearch: { searchWorkspaces },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				// A bad setting fails the activation, where the user sees it, not each event.
				maxEventAgeMinutes(this);
				// Pasted by hand: there is nothing to register.
				if (registrationMode(this) === REGISTRATION.manual) return true;
				return await webhookExists(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				if (registrationMode(this) === REGISTRATION.manual) return true;
				return await registerWebhook(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				if (registrationMode(this) === REGISTRATION.manual) return true;
				return await unregisterWebhook(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveEvent.call(this);
	}
}
