import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { asText, fieldError } from '../../shared/parameters';

/** The platforms InboxKit sells mailboxes on. */
const PLATFORMS = ['GOOGLE', 'MICROSOFT'];

/** A mailbox's platform as given (any case; Google when left out), checked. */
export function readMailboxPlatform(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
): string {
	const platform = asText(ctx, itemIndex, label, value ?? 'GOOGLE', true).toUpperCase();
	if (!PLATFORMS.includes(platform)) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${platform}", which is not a platform InboxKit sells`,
			`Use ${PLATFORMS.join(' or ')}.`,
		);
	}
	return platform;
}

/**
 * The fields of one mailbox's user, as InboxKit's bodies name them: shared by Buy Mailboxes and
 * Place Order, whose only difference is the key of the picture URL and what Platform says.
 */
export function mailboxPersonFields({
	platformHint,
	pictureKey,
}: {
	platformHint: string;
	pictureKey: 'profile_picture' | 'profile_pic_url';
}): INodeProperties[] {
	return [
		{
			displayName: 'First Name',
			name: 'first_name',
			type: 'string',
			default: '',
			description: 'First name of the mailbox user',
		},
		{
			displayName: 'Last Name',
			name: 'last_name',
			type: 'string',
			default: '',
			description: 'Last name of the mailbox user',
		},
		{
			displayName: 'Platform',
			name: 'platform',
			type: 'options',
			options: [
				{ name: 'Google Workspace', value: 'GOOGLE' },
				{ name: 'Microsoft 365', value: 'MICROSOFT' },
			],
			default: 'GOOGLE',
			description: platformHint,
		},
		{
			displayName: 'Profile Picture URL',
			name: pictureKey,
			type: 'string',
			default: '',
			placeholder: 'https://example.com/ada.png',
			description: 'Picture shown to recipients; none when empty',
		},
	];
}
