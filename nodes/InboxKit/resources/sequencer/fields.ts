import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	asList,
	asName,
	asSecret,
	asText,
	checkInteger,
	fieldError,
	readText,
} from '../../shared/parameters';

/** Fields of the Sequencer operations, and their readers. */

/** The load-options method that fills the Platform dropdowns (methods/loadOptions.ts). */
export const SEQUENCER_PLATFORMS_METHOD = 'getSequencerPlatforms';

export const platformField: INodeProperties = {
	displayName: 'Platform Name or ID',
	name: 'platform',
	type: 'options',
	typeOptions: { loadOptionsMethod: SEQUENCER_PLATFORMS_METHOD },
	required: true,
	default: '',
	description:
		'The sending tool. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** A platform value as InboxKit takes them (client: `smartlead`). */
export function readSequencerPlatform(ctx: IExecuteFunctions, itemIndex: number): string {
	const platform = readText(ctx, 'platform', itemIndex, 'Platform Name or ID');
	if (!/^[a-z0-9_-]{1,64}$/i.test(platform)) {
		throw fieldError(
			ctx,
			itemIndex,
			'Platform Name or ID',
			`holds "${platform}", which is not a sequencer platform`,
			'Choose one from the list ("Get Platforms" shows them).',
		);
	}
	return platform;
}

/** Login and settings of a sequencer, shared by Add and Update. */
export const connectionOptions: INodeProperties[] = [
	{
		displayName: 'API Key',
		name: 'api_key',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'API key of your account on the platform',
	},
	{
		displayName: 'Auto Reconnect Mailboxes',
		name: 'auto_reconnect_mailboxes',
		type: 'boolean',
		default: false,
		description: 'Whether InboxKit reconnects exported mailboxes that the platform disconnects',
	},
	{
		displayName: 'Enable Warmup',
		name: 'enable_warmup',
		type: 'boolean',
		default: false,
		description: 'Whether the platform warms up exported mailboxes',
	},
	{
		displayName: 'Tags',
		name: 'tags',
		type: 'string',
		default: '',
		placeholder: 'outbound, q3',
		description:
			'Tags for the sequencer in InboxKit. Separate them with commas, or give an expression that returns a list.',
	},
	{
		displayName: 'Warmup Daily Increment',
		name: 'warmup_increment',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 2,
		description: 'How many more warmup emails a mailbox sends each day, up to the daily limit',
	},
	{
		displayName: 'Warmup Daily Limit',
		name: 'warmup_limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 40,
		description: 'Most warmup emails a mailbox sends in a day',
	},
	{
		displayName: 'Warmup Reply Rate (%)',
		name: 'warmup_replyrate',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 100 },
		default: 30,
		description: 'Share of warmup emails that get a reply, in percent',
	},
	{
		displayName: 'Login',
		name: 'sequencer_login',
		type: 'string',
		default: '',
		placeholder: 'name@example.com',
		description: 'Sign-in name (usually an email) of your account on the platform',
	},
	{
		displayName: 'Password',
		name: 'sequencer_password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: 'Sign-in password of your account on the platform',
	},
];

/** The connection fields of a collection, checked; secrets sent as given, never echoed. */
export function connectionBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	given: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	if (given.sequencer_login !== undefined)
		body.sequencer_login = asText(ctx, itemIndex, 'Login', given.sequencer_login, true);
	const password = asSecret(ctx, itemIndex, 'Password', given.sequencer_password, {
		required: false,
	});
	if (password !== undefined) body.sequencer_password = password;
	const apiKey = asSecret(ctx, itemIndex, 'API Key', given.api_key, { required: false });
	if (apiKey !== undefined) body.api_key = apiKey;
	for (const key of ['enable_warmup', 'auto_reconnect_mailboxes']) {
		if (given[key] !== undefined) body[key] = given[key] === true;
	}
	// As clients send them: the limit and reply rate as numbers, the increment as text (both
	// clients send it so), tags as a list of names.
	if (given.warmup_limit !== undefined)
		body.warmup_limit = checkInteger(ctx, itemIndex, 'Warmup Daily Limit', given.warmup_limit, {
			min: 1,
			max: 10_000,
		});
	if (given.warmup_increment !== undefined)
		body.warmup_increment = String(
			checkInteger(ctx, itemIndex, 'Warmup Daily Increment', given.warmup_increment, {
				min: 0,
				max: 10_000,
			}),
		);
	if (given.warmup_replyrate !== undefined)
		body.warmup_replyrate = checkInteger(
			ctx,
			itemIndex,
			'Warmup Reply Rate (%)',
			given.warmup_replyrate,
			{ min: 0, max: 100 },
		);
	if (given.tags !== undefined) {
		const tags = asList(ctx, itemIndex, 'Tags', given.tags, { required: false, max: 100 });
		if (tags.length > 0) body.tags = tags.map((tag) => asName(ctx, itemIndex, 'Tags', tag));
	}
	return body;
}
