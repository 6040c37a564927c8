import type { InboxKitOperation } from '../../operation';
import { readCollection, readText } from '../../shared/parameters';
import { connectionBody, connectionOptions, platformField, readSequencerPlatform } from './fields';

export const add: InboxKitOperation = {
	value: 'add',
	name: 'Add',
	action: 'Add sequencer',
	description: 'Connect an account of a sending tool to the workspace, given a name and platform',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	path: '/sequencers/add',
	workspaceScoped: true,
	// Which of login, password and API key a platform needs is not documented (Smartlead with
	// Microsoft mailboxes needs login and password, a client says): InboxKit checks. The warmup
	// settings and tags are as two clients send them (warmup_limit, warmup_increment as text,
	// warmup_replyrate, tags[]).
	fields: [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'Smartlead main',
			description: 'A name for this sequencer in InboxKit',
		},
		platformField,
		{
			displayName: 'Connection',
			name: 'connection',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: connectionOptions,
		},
	],
	request: (ctx, i) => ({
		body: {
			name: readText(ctx, 'name', i, 'Name'),
			platform: readSequencerPlatform(ctx, i),
			...connectionBody(ctx, i, readCollection(ctx, 'connection', i)),
		},
	}),
};
