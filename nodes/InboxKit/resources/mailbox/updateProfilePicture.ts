import type { IExecuteFunctions } from 'n8n-workflow';

import type { InboxKitOperation, RequestParts } from '../../operation';
import { withAsked } from '../../shared/answers';
import { mailboxIdField } from '../../shared/fields';
import { fieldError, readText } from '../../shared/parameters';
import { checkUrl } from '../../shared/validate';
import { readMailboxId } from './ids';

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

async function pictureRequest(ctx: IExecuteFunctions, i: number): Promise<RequestParts> {
	const uid = await readMailboxId(ctx, i);
	const source = ctx.getNodeParameter('pictureSource', i, 'binary') as string;
	if (source === 'url') {
		const url = checkUrl(ctx, i, 'Picture URL', readText(ctx, 'pictureUrl', i, 'Picture URL'));
		return { body: { uid, profile_picture: url } };
	}
	const property = readText(ctx, 'binaryPropertyName', i, 'Input Binary Field');
	const binary = ctx.getInputData()[i]?.binary?.[property];
	if (!binary) {
		throw fieldError(
			ctx,
			i,
			'Input Binary Field',
			`names "${property}", but the input item has no binary field of that name`,
			'Pass the picture from a previous node (e.g. HTTP Request or Read/Write Files) and give the name of its binary property, usually "data".',
		);
	}
	ctx.helpers.assertBinaryData(i, property);
	const mimeType = (binary.mimeType ?? '').toLowerCase().split(';')[0].trim();
	if (!IMAGE_TYPES.includes(mimeType)) {
		throw fieldError(
			ctx,
			i,
			'Input Binary Field',
			`names "${property}", which holds ${mimeType || 'data of no type'}, not a picture`,
			'Use a PNG, JPEG, GIF or WebP image.',
		);
	}
	const fields = { uid };
	return {
		// The upload replaces the JSON body on the wire; `body` lets the output see the form's
		// text fields as what was sent.
		body: fields,
		upload: {
			fields,
			file: {
				field: 'profile_picture',
				fileName: binary.fileName ?? `picture.${mimeType.split('/')[1]}`,
				mimeType,
				data: await ctx.helpers.getBinaryDataBuffer(i, property),
			},
		},
	};
}

export const updateProfilePicture: InboxKitOperation = {
	value: 'updateProfilePicture',
	name: 'Update Profile Picture',
	action: 'Update a mailbox profile picture',
	description: 'Set the picture recipients see for a mailbox, given its uid and an image or URL',
	// A URL in JSON is the likelier form; binary data goes as a multipart upload (uid + a
	// profile_picture file). `profile_picture` is the Mailbox object's own field, a URL string.
	// Docs page id inferred.
	docs: 'https://docs.inboxkit.com/update-mailbox-profile-picture-18118375e0',
	evidence: 'client',
	assumed:
		'the flat path, `uid` + `profile_picture` and the file upload (both clients post a URL to /mailboxes/{uid}/profile-picture)',
	method: 'POST',
	path: '/mailboxes/profile-picture',
	workspaceScoped: true,
	fields: [
		mailboxIdField('The mailbox whose picture to set'),
		{
			displayName: 'Picture Source',
			name: 'pictureSource',
			type: 'options',
			options: [
				{
					name: 'Binary Data',
					value: 'binary',
					description: 'A picture passed from a previous node',
				},
				{ name: 'URL', value: 'url', description: 'A picture on the web' },
			],
			default: 'binary',
			description: 'Where the picture comes from',
		},
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			hint: 'The name of the input binary field holding the picture',
			description:
				'Binary property of the input item that holds the picture (PNG, JPEG, GIF or WebP)',
			displayOptions: { show: { pictureSource: ['binary'] } },
		},
		{
			displayName: 'Picture URL',
			name: 'pictureUrl',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'https://example.com/ada.png',
			description: 'Web address of the picture',
			displayOptions: { show: { pictureSource: ['url'] } },
		},
	],
	request: pictureRequest,
	output: (answer, sent) => withAsked(answer, { uid: sent.body.uid }),
};
