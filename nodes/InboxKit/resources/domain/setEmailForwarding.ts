import type { InboxKitOperation } from '../../operation';
import { summaryOf } from '../../shared/answers';
import { MAX_ENTRIES, readText } from '../../shared/parameters';
import { checkEmail } from '../../shared/validate';
import { mailboxesFields, readMailboxUids } from '../../pickers/mailbox';

export const setEmailForwarding: InboxKitOperation = {
	value: 'setEmailForwarding',
	name: 'Set Email Forwarding',
	action: 'Set email forwarding for domain mailboxes',
	description: "Forward the mail of mailboxes to an address, given the mailboxes' uids",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	// Listed under Domain in the v1 docs, though it acts on mailboxes; dropped from newer docs.
	method: 'POST',
	path: '/mailboxes/forwarding/setup',
	workspaceScoped: true,
	fields: [
		...mailboxesFields('The mailboxes whose mail to forward'),
		{
			displayName: 'Forwarding Email',
			name: 'forwardingEmail',
			type: 'string',
			placeholder: 'name@example.com',
			required: true,
			default: '',
			description: 'The address that receives the forwarded mail',
		},
	],
	combine: {
		entries: async (ctx, i) => (await readMailboxUids(ctx, i)).map((uid) => ({ uid })),
		shared: [
			{
				key: 'forwarding_email',
				label: 'Forwarding Email',
				read: (ctx, i) =>
					checkEmail(
						ctx,
						i,
						'Forwarding Email',
						readText(ctx, 'forwardingEmail', i, 'Forwarding Email'),
					),
			},
		],
		request: ({ entries, shared }) => ({
			body: { uids: entries.map((entry) => entry.uid), ...shared },
		}),
		entryKey: (entry) => String(entry.uid),
		results: summaryOf,
		maxEntries: MAX_ENTRIES,
		entriesLabel: 'Mailbox IDs',
	},
};
