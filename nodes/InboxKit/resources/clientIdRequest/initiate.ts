import type { InboxKitOperation } from '../../operation';
import { fieldError, readText } from '../../shared/parameters';
import { checkEmail } from '../../shared/validate';
import { unwrapData } from '../../shared/answers';

export const initiate: InboxKitOperation = {
	value: 'initiate',
	name: 'Initiate',
	action: 'Initiate client ID request',
	description: "Add a Google OAuth client ID to a mailbox's Workspace (domain-wide delegation)",
	// Only one source names this path, and its author marks path and body as an unverified
	// guess from the endpoint's name; the docs sidebar has the operation. Treated as a guess: a
	// gateway 404 says the route is inferred. Its progress arrives as the trigger's
	// client_id_request.status_changed event (Google only).
	docs: 'https://docs.inboxkit.com/',
	evidence: 'assumed',
	assumed:
		'the path and the body `client_id`, `domain_name`, `mailbox_email` (one client, marked unverified by its author)',
	method: 'POST',
	path: '/mailboxes/client-id-request/initiate',
	workspaceScoped: true,
	fields: [
		{
			displayName: 'Google OAuth Client ID',
			name: 'googleClientId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 1234567890-abc.apps.googleusercontent.com',
			description:
				"The app's OAuth client ID, as its Google Cloud project's Credentials page shows it (not an InboxKit uid)",
		},
		{
			displayName: 'Mailbox Email',
			name: 'mailboxEmail',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'The address of a Google mailbox on the Workspace to delegate on',
		},
	],
	request: (ctx, i) => {
		const clientId = readText(ctx, 'googleClientId', i, 'Google OAuth Client ID');
		if (!/^[A-Za-z0-9._-]{1,256}$/.test(clientId)) {
			throw fieldError(
				ctx,
				i,
				'Google OAuth Client ID',
				`holds "${clientId.slice(0, 80)}", which is not an OAuth client ID`,
				"Copy it from the app's Google Cloud project (APIs & Services → Credentials): it ends in .apps.googleusercontent.com.",
			);
		}
		const email = checkEmail(
			ctx,
			i,
			'Mailbox Email',
			readText(ctx, 'mailboxEmail', i, 'Mailbox Email'),
		).toLowerCase();
		return {
			body: {
				client_id: clientId,
				domain_name: email.slice(email.lastIndexOf('@') + 1),
				mailbox_email: email,
			},
		};
	},
	output: (answer) => unwrapData(answer),
};
