import type {
	IAuthenticateGeneric,
	ICredentialTestRequest,
	ICredentialType,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { credentialTestBaseUrlExpression } from '../nodes/InboxKit/transport/baseUrl';

export class InboxKitApi implements ICredentialType {
	name = 'inboxKitApi';

	displayName = 'InboxKit API';

	icon: Icon = { light: 'file:inboxkit.svg', dark: 'file:inboxkit.dark.svg' };

	documentationUrl = 'https://docs.inboxkit.com';

	properties: INodeProperties[] = [
		{
			displayName: 'API Token',
			name: 'apiToken',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			description:
				'The API key from InboxKit: in the InboxKit app under Settings → API. Sent as a bearer token.',
		},
		{
			displayName: 'Default Workspace ID',
			name: 'workspaceId',
			type: 'string',
			default: '',
			placeholder: 'e.g. ws_main01',
			description:
				'The "uid" of the workspace that workspace-level operations act in when the node\'s Workspace field is empty (that field can pick one from a list, and Workspace > Get Many lists them). Leave empty to choose the workspace in each node.',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api.inboxkit.com',
			description:
				'Change only to reach a test server. Must start with https:// (plain http:// only for a server on this machine: localhost, 127.0.0.1, [::1]); /v1/api is appended.',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiToken}}',
			},
		},
	};

	// "Get account details" needs no workspace, so it proves the token alone.
	test: ICredentialTestRequest = {
		request: {
			// The node's Base URL rule, as an n8n expression (a refused Base URL sends nothing).
			baseURL: credentialTestBaseUrlExpression(),
			url: '/account',
			// InboxKit's API never redirects; following one would hand the token to another host.
			disableFollowRedirect: true,
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'InboxKit rejected the API token (401 Unauthorized). Copy a fresh API key from InboxKit and paste it again.',
				},
			},
			...[301, 302, 303, 307, 308].map((value) => ({
				type: 'responseCode' as const,
				properties: {
					value,
					message: `The Base URL answered with a redirect (HTTP ${value}), which is not followed: InboxKit's API never redirects. Check the Base URL (normally https://api.inboxkit.com).`,
				},
			})),
		],
	};
}
