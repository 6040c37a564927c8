import type { InboxKitOperation } from '../../operation';
import { withAsked } from '../../shared/answers';
import { mailboxPicker, readMailboxUid } from '../../pickers/mailbox';
import { readText } from '../../shared/parameters';
import { checkUrl } from '../../shared/validate';

export const updateProfilePicture: InboxKitOperation = {
	value: 'updateProfilePicture',
	name: 'Update Profile Picture',
	action: 'Update mailbox profile picture',
	description:
		'Set the picture recipients see for a mailbox, given its uid and the URL of a picture',
	// Both sources post a picture URL to the mailbox's own path; neither uploads a file. The key
	// is `url`, as the one code client sends it (`profile_pic_url` comes only from a reseller's
	// guide, a weak source).
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	path: '/mailboxes/{uid}/profile-picture',
	workspaceScoped: true,
	fields: [
		mailboxPicker('The mailbox whose picture to set'),
		{
			displayName: 'Picture URL',
			name: 'pictureUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com/ada.png',
			description: 'Web address of the picture (PNG or JPEG) that InboxKit fetches',
		},
	],
	request: async (ctx, i) => {
		// Checked as an ID (letters, digits, "-", "_"), so it cannot change the path around it.
		const uid = await readMailboxUid(ctx, i);
		const url = checkUrl(ctx, i, 'Picture URL', readText(ctx, 'pictureUrl', i, 'Picture URL'));
		return {
			path: `/mailboxes/${encodeURIComponent(uid)}/profile-picture`,
			body: { url },
		};
	},
	output: (answer, sent) =>
		withAsked(answer, { uid: decodeURIComponent(sent.path.split('/')[2] ?? '') }),
};
