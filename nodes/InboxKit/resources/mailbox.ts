import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { CombineSpec, InboxKitOperation, InboxKitResource } from '../operation';
import {
	asText,
	compact,
	fieldError,
	readCollection,
	readId,
	readIdList,
	readText,
} from '../shared/parameters';
import { entryListFields, readEntryList, type EntryListSpec } from '../shared/entryList';
import { mailboxIdsField } from '../shared/fields';
import { checkDomain, checkEmail, checkUrl } from '../shared/validate';
import { withoutEnvelope } from '../transport';

/**
 * The Mailbox endpoints. Methods follow the docs sidebar; paths and bodies come from public
 * clients of the live API where one calls the endpoint. Live probes (reported in the shared API
 * notes) found path-style routes (`/mailboxes/{uid}/...`) answering 404, so IDs go in the query
 * or the body.
 *
 * Docs pages seen: list 18118368, details 18118370, buy 18118371, cancel 18118373. The other
 * page numbers are inferred from the sidebar order (marked "inferred" in the entry).
 *
 * Everything no docs page or live client confirms is in UNCONFIRMED: one edit there fixes a
 * wrong guess. The sandbox (test/sandbox/routes/mailbox.js) answers in the same assumed shapes,
 * so the tests document each assumption.
 */
const UNCONFIRMED = {
	/** Check status: the answer's list key (one client reads `mailboxes`, another `mailboxes` or `data`). */
	statusRecordsKey: 'mailboxes',
	/**
	 * Profile picture: no client confirms path or body (reseller: /mailboxes/{id}/profile-picture
	 * with profile_pic_url; one client: the same path with {url}). The query/body-style path and
	 * `profile_picture` (the Mailbox object's own field, a URL string) are guesses. No client
	 * uploads a file: the multipart upload (uid + a `profile_picture` file) is a guess too.
	 */
	profilePicturePath: '/mailboxes/profile-picture',
	profilePictureUrlKey: 'profile_picture',
	profilePictureFileField: 'profile_picture',
	/** Generate TOTP: no client calls it (reseller: /mailboxes/{id}/totp); ?uid= guessed. */
	totpPath: '/mailboxes/totp',
	/** Change username: no client (reseller: /mailboxes/{id}/username, new_username); guessed by the pattern of /mailboxes/show-credentials. */
	usernamePath: '/mailboxes/change-username',
	newUsernameKey: 'username',
	/** Change password: no client (reseller: /mailboxes/{id}/password, new_password); guessed likewise. */
	loginChangePath: '/mailboxes/change-password',
	newPasswordKey: 'password',
	/** Check availability: no client (reseller: /mailboxes/{id}/availability); ?username=&domain= guessed. */
	availabilityPath: '/mailboxes/availability',
	/** Most mailboxes one buy or cancel request carries (none documented; a client cancels 20 at a time). */
	maxPerRequest: 100,
} as const;

/** Mailbox statuses, from the docs' mailbox.status_changed event (as a client quotes it). */
const STATUSES = [
	'pending',
	'scheduled',
	'processing',
	'waiting_for_dns_propagation',
	'waiting_for_activation_email',
	'activation_email_received',
	'configuring_workspace',
	'configuring_dns',
	'configuring_dkim',
	'configuring_auth',
	'finalizing_setup',
	'active',
	'inactive',
	'suspended',
	'failed',
	'renewal_failed',
	'scheduled_for_cancellation',
	'cancelled',
	'archived',
	'deleted',
];

const PLATFORMS = ['GOOGLE', 'MICROSOFT'];

/** Length of a new mailbox password (assumed: Google and Microsoft take 8 or more; 100 is a sane cap). */
const PASSWORD_LENGTH = { min: 8, max: 100 };

/** Keys a mailbox to buy may carry: InboxKit rejects unknown fields (client). */
const BUY_KEYS = [
	'first_name',
	'last_name',
	'username',
	'domain_name',
	'platform',
	'profile_picture',
];

/** A mailbox's local part: letters, digits, ".", "_" and "-", starting and ending with a letter or digit. */
const USERNAME = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

// ---------------------------------------------------------------------------------------------
// Helpers

function checkUsername(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	raw: string,
): string {
	const username = raw.trim().toLowerCase();
	if (!USERNAME.test(username) || username.includes('..')) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${raw}", which is not a mailbox username`,
			'Give the part before the @ only: letters, digits, ".", "_" and "-", up to 64 characters, starting and ending with a letter or digit, no "..".',
		);
	}
	return username;
}

/** Update's body: the uid and the changed names, checked. */
function updateBody(ctx: IExecuteFunctions, i: number): IDataObject {
	const given = readCollection(ctx, 'updateFields', i);
	const body: IDataObject = { uid: readMailboxId(ctx, i) };
	if (given.first_name !== undefined)
		body.first_name = asText(ctx, i, 'First Name', given.first_name, true);
	if (given.last_name !== undefined)
		body.last_name = asText(ctx, i, 'Last Name', given.last_name, true);
	if (Object.keys(body).length === 1)
		throw fieldError(ctx, i, 'Update Fields', 'is empty', 'Add the fields to change.');
	return body;
}

/** The address to check, as InboxKit is assumed to take it: username and domain. */
function addressParts(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { username: string; domain: string } {
	const email = checkEmail(ctx, itemIndex, 'Email', readText(ctx, 'email', itemIndex, 'Email'));
	const at = email.lastIndexOf('@');
	return {
		username: checkUsername(ctx, itemIndex, 'Email', email.slice(0, at)),
		domain: checkDomain(ctx, itemIndex, 'Email', email.slice(at + 1)),
	};
}

function readMailboxId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, 'mailboxId', itemIndex, 'Mailbox ID');
}

function readMailboxIds(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name = 'mailboxIds',
	label = 'Mailbox IDs',
): string[] {
	return readIdList(ctx, name, itemIndex, label, { max: UNCONFIRMED.maxPerRequest });
}

/**
 * A secret typed by the user (a password): required, text, and never repeated in a message.
 */
function readSecret(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	{ min, max }: { min: number; max: number },
): string {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (value === undefined || value === null || value === '')
		throw fieldError(ctx, itemIndex, label, 'is empty');
	if (typeof value !== 'string' || value.length < min || value.length > max) {
		throw fieldError(ctx, itemIndex, label, `must be text of ${min} to ${max} characters`);
	}
	return value;
}

const mailboxIdField = (description: string): INodeProperties => ({
	displayName: 'Mailbox ID',
	name: 'mailboxId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'mb_1a2b3c',
	description: `${description}: its "uid", as "Get Many" shows it`,
});

/** One summary record: the answer of a call that acted on all entries together. */
function summaryOf(answer: IDataObject): Array<{ key?: string; json: IDataObject }> {
	return [{ json: withoutEnvelope(answer) }];
}

/** The answer, plus what was asked for where the answer does not say (InboxKit often answers a message only). */
function withAsked(answer: IDataObject, asked: IDataObject): IDataObject {
	const output = withoutEnvelope(answer);
	for (const [key, value] of Object.entries(asked))
		if (output[key] === undefined) output[key] = value;
	return output;
}

// ---------------------------------------------------------------------------------------------
// Buy

/** The setting that applies to the whole purchase travels with each entry, so combining items that differ fails. */
const SHARED = '_shared';

type BuyField =
	| 'First Name'
	| 'Last Name'
	| 'Username'
	| 'Domain'
	| 'Platform'
	| 'Profile Picture URL';

/** "Domain (mailbox 2)" for the fields, "Mailboxes (JSON): Domain of mailbox 2" for JSON. */
function buyLabel(source: string, n: number, field: BuyField): string {
	return source === 'json'
		? `Mailboxes (JSON): ${field} of mailbox ${n}`
		: `${field} (mailbox ${n})`;
}

const MAILBOXES_TO_BUY: EntryListSpec = {
	inputName: 'mailboxesInput',
	collectionName: 'mailboxes',
	itemName: 'mailbox',
	jsonName: 'mailboxesJson',
	noun: 'mailbox',
	nounPlural: 'mailboxes',
	label: 'Mailboxes',
	max: UNCONFIRMED.maxPerRequest,
	example:
		'[{"first_name": "Ada", "last_name": "Lovelace", "username": "ada", "domain_name": "example.com", "platform": "GOOGLE"}]',
};

/** The fields of one mailbox to buy, named as InboxKit's body names them. */
const BUY_VALUES: INodeProperties[] = [
	{
		displayName: 'Domain Name',
		name: 'domain_name',
		type: 'string',
		default: '',
		placeholder: 'example.com',
		description: 'A domain of the workspace that the mailbox is put on',
	},
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
		description: 'Where the mailbox is hosted',
	},
	{
		displayName: 'Profile Picture URL',
		name: 'profile_picture',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/ada.png',
		description: 'Picture shown to recipients; none when empty',
	},
	{
		displayName: 'Username',
		name: 'username',
		type: 'string',
		default: '',
		placeholder: 'ada.lovelace',
		description: 'The part of the address before the @',
	},
];

function readMailboxesToBuy(ctx: IExecuteFunctions, itemIndex: number): IDataObject[] {
	const { source, label, entries } = readEntryList(ctx, itemIndex, MAILBOXES_TO_BUY);
	return entries.map((given, index) => {
		const n = index + 1;
		const unknown = Object.keys(given).filter((key) => !BUY_KEYS.includes(key));
		if (unknown.length > 0) {
			throw fieldError(
				ctx,
				itemIndex,
				label,
				`has unknown fields in mailbox ${n}: ${unknown.join(', ')}`,
				`InboxKit rejects unknown fields. Use ${BUY_KEYS.join(', ')}.`,
			);
		}
		const at = (field: BuyField) => buyLabel(source, n, field);
		const platform = asText(
			ctx,
			itemIndex,
			at('Platform'),
			given.platform ?? 'GOOGLE',
			true,
		).toUpperCase();
		if (!PLATFORMS.includes(platform)) {
			throw fieldError(
				ctx,
				itemIndex,
				at('Platform'),
				`holds "${platform}", which is not a platform InboxKit sells`,
				`Use ${PLATFORMS.join(' or ')}.`,
			);
		}
		const mailbox: IDataObject = {
			first_name: asText(ctx, itemIndex, at('First Name'), given.first_name, true),
			last_name: asText(ctx, itemIndex, at('Last Name'), given.last_name, true),
			username: checkUsername(
				ctx,
				itemIndex,
				at('Username'),
				asText(ctx, itemIndex, at('Username'), given.username, true),
			),
			domain_name: checkDomain(
				ctx,
				itemIndex,
				at('Domain'),
				asText(ctx, itemIndex, at('Domain'), given.domain_name, true),
			),
			platform,
		};
		const picture = asText(ctx, itemIndex, at('Profile Picture URL'), given.profile_picture, false);
		if (picture)
			mailbox.profile_picture = checkUrl(ctx, itemIndex, at('Profile Picture URL'), picture);
		return mailbox;
	});
}

const addressOf = (username: unknown, domain: unknown) =>
	`${String(username)}@${String(domain)}`.toLowerCase();

const buyCombine: CombineSpec = {
	entries: (ctx, i) => {
		const shared = {
			use_wallet_balance: ctx.getNodeParameter('useWalletBalance', i, true) as boolean,
		};
		const mailboxes = readMailboxesToBuy(ctx, i);
		const seen = new Set<string>();
		for (const mailbox of mailboxes) {
			const address = addressOf(mailbox.username, mailbox.domain_name);
			if (seen.has(address)) throw fieldError(ctx, i, 'Mailboxes', `holds ${address} twice`);
			seen.add(address);
		}
		return mailboxes.map((mailbox) => ({ ...mailbox, [SHARED]: shared }));
	},
	request: (ctx, entries, i) => {
		const first = entries[0][SHARED] as IDataObject;
		if (
			entries.some(
				(entry) => (entry[SHARED] as IDataObject).use_wallet_balance !== first.use_wallet_balance,
			)
		) {
			throw fieldError(
				ctx,
				i,
				'Use Wallet Balance',
				'differs between the input items, but "Combine Input Items" sends them in one request',
				'Give every item the same value, or turn off "Combine Input Items".',
			);
		}
		const mailboxes = entries.map((entry) => {
			const rest = { ...entry };
			delete rest[SHARED];
			return rest;
		});
		// "InboxKit enforces one platform per domain" (client).
		const platformOf = new Map<string, unknown>();
		for (const { domain_name, platform } of mailboxes) {
			const known = platformOf.get(String(domain_name));
			if (known !== undefined && known !== platform) {
				throw fieldError(
					ctx,
					i,
					'Mailboxes',
					`asks for ${String(known)} and ${String(platform)} mailboxes on ${String(domain_name)}`,
					'InboxKit puts all mailboxes of one domain on one platform.',
				);
			}
			platformOf.set(String(domain_name), platform);
		}
		return { body: { mailboxes, use_wallet_balance: first.use_wallet_balance } };
	},
	entryKey: (entry) => addressOf(entry.username, entry.domain_name),
	// Client (captured live): the answer's mailboxes[] carry uid, domain_name, username,
	// first_name, last_name, platform, status "scheduled", renewal_cycle; no email. They pair
	// back by username + domain_name.
	results: (answer) => {
		const list = answer.mailboxes;
		if (!Array.isArray(list)) return summaryOf(answer);
		return (list as IDataObject[]).map((record) => ({
			key:
				typeof record.email === 'string'
					? record.email.toLowerCase()
					: record.username !== undefined
						? addressOf(record.username, record.domain_name)
						: undefined,
			json: record,
		}));
	},
	maxEntries: UNCONFIRMED.maxPerRequest,
};

const buyMailboxes: InboxKitOperation = {
	value: 'buy',
	name: 'Buy',
	action: 'Buy mailboxes',
	description: 'Buy new mailboxes on domains of the workspace',
	// Clients (five agree): body mailboxes[] of first_name, last_name, username, platform
	// (GOOGLE, MICROSOFT), domain_name (a name already in the workspace), optional
	// profile_picture (a URL, assumed); use_wallet_balance; unknown fields rejected; one platform
	// per domain. Answer (captured live): mailboxes[] with uid and status "scheduled". Rate
	// limit: 10 a minute. No idempotency key is honoured: sent exactly once.
	docs: 'https://docs.inboxkit.com/buy-mailboxes-18118371e0',
	method: 'POST',
	path: '/mailboxes/buy',
	workspaceScoped: true,
	spendsMoney: true,
	fields: [
		...entryListFields(MAILBOXES_TO_BUY, {
			values: BUY_VALUES,
			inputDescription: 'How to give the mailboxes to buy',
			jsonDescription:
				'A list of mailboxes, each with first_name, last_name, username, domain_name, platform (GOOGLE or MICROSOFT) and optionally profile_picture',
		}),
		{
			displayName: 'Use Wallet Balance',
			name: 'useWalletBalance',
			type: 'boolean',
			default: true,
			description: 'Whether to pay from the wallet',
		},
	],
	combine: buyCombine,
};

// ---------------------------------------------------------------------------------------------
// Cancel

const cancelCombine: CombineSpec = {
	entries: (ctx, i) => readMailboxIds(ctx, i).map((uid) => ({ uid })),
	request: (_ctx, entries) => ({ body: { uids: entries.map((entry) => entry.uid) } }),
	entryKey: (entry) => String(entry.uid),
	// Client (captured live): the answer is a message only ("Mailbox scheduled for
	// cancellation"): one summary item, paired with every item sent. A list of mailboxes, should
	// InboxKit add one, is paired back by uid.
	results: (answer) => {
		const list = answer.mailboxes;
		if (!Array.isArray(list)) return summaryOf(answer);
		return (list as IDataObject[]).map((record) => ({
			key: typeof record.uid === 'string' ? record.uid : undefined,
			json: record,
		}));
	},
	maxEntries: UNCONFIRMED.maxPerRequest,
};

const cancelMailboxes: InboxKitOperation = {
	value: 'cancel',
	name: 'Cancel',
	action: 'Cancel mailboxes',
	description: 'Cancel mailboxes at the end of their billing period',
	// Clients: body uids[] (mailbox uids); answer (captured live) {message: "Mailbox scheduled
	// for cancellation"}; the mailboxes move to scheduled_for_cancellation.
	docs: 'https://docs.inboxkit.com/cancel-mailboxes-18118373e0',
	method: 'POST',
	path: '/mailboxes/cancel',
	workspaceScoped: true,
	spendsMoney: true,
	fields: [mailboxIdsField('The mailboxes to cancel')],
	combine: cancelCombine,
	output: (answer, ctx, i) => {
		const list = answer.mailboxes;
		if (Array.isArray(list)) return list as IDataObject[];
		// The answer does not name the mailboxes: show which ones were cancelled.
		return withAsked(answer, { uids: readMailboxIds(ctx, i) });
	},
};

// ---------------------------------------------------------------------------------------------
// Profile picture

const IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'];

async function profilePictureRequest(ctx: IExecuteFunctions, i: number) {
	const uid = readMailboxId(ctx, i);
	const source = ctx.getNodeParameter('pictureSource', i, 'binary') as string;
	if (source === 'url') {
		const url = checkUrl(ctx, i, 'Picture URL', readText(ctx, 'pictureUrl', i, 'Picture URL'));
		return { body: { uid, [UNCONFIRMED.profilePictureUrlKey]: url } };
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
	const data = await ctx.helpers.getBinaryDataBuffer(i, property);
	return {
		upload: {
			fields: { uid },
			file: {
				field: UNCONFIRMED.profilePictureFileField,
				fileName: binary.fileName ?? `picture.${mimeType.split('/')[1]}`,
				mimeType,
				data,
			},
		},
	};
}

// ---------------------------------------------------------------------------------------------
// Operations (sorted by dropdown label in the node; listed here in the docs' order)

const listMailboxes: InboxKitOperation = {
	value: 'getMany',
	name: 'Get Many',
	action: 'List mailboxes',
	description: 'List the mailboxes of the workspace',
	// Docs sidebar shows GET, which answers 404 live; clients use POST with page, limit and the
	// filters (domain is a name) in the body. Without `limit` InboxKit returns 10 rows, so it is
	// always sent. Rows carry username and domain_name but no email.
	docs: 'https://docs.inboxkit.com/list-mailboxes-18118368e0',
	method: 'POST',
	path: '/mailboxes/list',
	workspaceScoped: true,
	readsOnly: true,
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Domain',
					name: 'domain',
					type: 'string',
					default: '',
					placeholder: 'example.com',
					description: 'Only mailboxes on this domain',
				},
				{
					displayName: 'Keyword',
					name: 'keyword',
					type: 'string',
					default: '',
					description: 'Only mailboxes whose address or name contains this text',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: STATUSES.map((status) => ({
						name: status.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase()),
						value: status,
					})),
					default: 'active',
					description: 'Only mailboxes in this status',
				},
			],
		},
	],
	request: (ctx, i) => {
		const filters = readCollection(ctx, 'filters', i);
		const body: IDataObject = {};
		if (filters.domain !== undefined)
			body.domain = checkDomain(ctx, i, 'Domain', asText(ctx, i, 'Domain', filters.domain, false));
		if (filters.keyword !== undefined)
			body.keyword = asText(ctx, i, 'Keyword', filters.keyword, false);
		if (filters.status !== undefined) body.status = asText(ctx, i, 'Status', filters.status, false);
		return { body: compact(body) };
	},
	list: { recordsKey: 'mailboxes', paging: 'page' },
};

export const mailbox: InboxKitResource = {
	value: 'mailbox',
	name: 'Mailbox',
	description: 'Buy, manage and cancel mailboxes',
	operations: [
		listMailboxes,
		{
			value: 'getCredentials',
			name: 'Get Credentials',
			action: 'Show mailbox credentials',
			description: 'Get the password, app password and TOTP secret of a mailbox',
			// Clients (live): GET /mailboxes/show-credentials with ?uid= or ?email=. Answer:
			// password, app_password, secret (the TOTP seed); no SMTP/IMAP hosts. All secrets:
			// output as InboxKit sends them, never logged. Docs page number inferred.
			docs: 'https://docs.inboxkit.com/show-mailbox-credentials-18118369e0',
			method: 'GET',
			path: '/mailboxes/show-credentials',
			workspaceScoped: true,
			fields: [
				{
					displayName: 'Find Mailbox By',
					name: 'findBy',
					type: 'options',
					options: [
						{ name: 'ID', value: 'uid' },
						{ name: 'Email', value: 'email' },
					],
					default: 'uid',
					description: 'Whether to name the mailbox by its ID or by its address',
				},
				{
					...mailboxIdField('The mailbox whose credentials to show'),
					displayOptions: { show: { findBy: ['uid'] } },
				},
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@example.com',
					required: true,
					default: '',
					description: 'Address of the mailbox whose credentials to show',
					displayOptions: { show: { findBy: ['email'] } },
				},
			],
			request: (ctx, i) => {
				const findBy = ctx.getNodeParameter('findBy', i, 'uid') as string;
				if (findBy === 'email')
					return {
						qs: {
							email: checkEmail(ctx, i, 'Email', readText(ctx, 'email', i, 'Email')).toLowerCase(),
						},
					};
				return { qs: { uid: readMailboxId(ctx, i) } };
			},
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get mailbox details',
			description: 'Get the details of one mailbox',
			// Clients: GET /mailboxes/details?uid= (two) or /mailboxes/{uid} (two); path-style
			// routes answer 404 live, so the query style. The answer's shape is not recorded
			// anywhere: output as InboxKit sends it.
			docs: 'https://docs.inboxkit.com/get-mailbox-details-18118370e0',
			method: 'GET',
			path: '/mailboxes/details',
			workspaceScoped: true,
			fields: [mailboxIdField('The mailbox to get')],
			request: (ctx, i) => ({ qs: { uid: readMailboxId(ctx, i) } }),
		},
		buyMailboxes,
		{
			value: 'checkStatus',
			name: 'Check Status',
			action: 'Check mailbox status',
			description: 'Get the setup status of mailboxes, by mailbox or by domain',
			// Client (live): POST with uids (mailbox uids) or domain_uids (domain uids), page and
			// limit in the body; 400 "uids is required" when neither. The answer's list key is
			// assumed (UNCONFIRMED.statusRecordsKey). Docs page number inferred.
			docs: 'https://docs.inboxkit.com/check-mailbox-status-18118372e0',
			method: 'POST',
			path: '/mailboxes/status',
			workspaceScoped: true,
			readsOnly: true,
			fields: [
				{
					displayName: 'Check By',
					name: 'checkBy',
					type: 'options',
					options: [
						{ name: 'Mailbox IDs', value: 'uids' },
						{ name: 'Domain IDs', value: 'domain_uids' },
					],
					default: 'uids',
					description: 'Whether to check given mailboxes, or all mailboxes of given domains',
				},
				{
					...mailboxIdsField('The mailboxes to check'),
					displayOptions: { show: { checkBy: ['uids'] } },
				},
				{
					displayName: 'Domain IDs',
					name: 'domainIds',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'dom_1a2b3c, dom_4d5e6f',
					description:
						'The "uid" of each domain whose mailboxes to check. Separate them with commas or new lines, or give an expression that returns a list.',
					displayOptions: { show: { checkBy: ['domain_uids'] } },
				},
			],
			request: (ctx, i) => {
				const by = ctx.getNodeParameter('checkBy', i, 'uids') as string;
				if (by === 'domain_uids')
					return { body: { domain_uids: readMailboxIds(ctx, i, 'domainIds', 'Domain IDs') } };
				return { body: { uids: readMailboxIds(ctx, i) } };
			},
			list: { recordsKey: UNCONFIRMED.statusRecordsKey, paging: 'page' },
		},
		cancelMailboxes,
		{
			value: 'update',
			name: 'Update',
			action: 'Update a mailbox',
			description: 'Change the first or last name of a mailbox user',
			// Clients: POST /mailboxes/update with uid in the body (one client's path-style
			// /mailboxes/{uid}/update answers 404 live); body first_name, last_name. Renaming goes
			// through Change Username: the username key here is unconfirmed (username or
			// user_name). The answer is a message; the changed fields are shown beside it.
			// Docs page number inferred.
			docs: 'https://docs.inboxkit.com/update-mailbox-18118374e0',
			method: 'POST',
			path: '/mailboxes/update',
			workspaceScoped: true,
			fields: [
				mailboxIdField('The mailbox to update'),
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [
						{
							displayName: 'First Name',
							name: 'first_name',
							type: 'string',
							default: '',
							description: 'New first name of the mailbox user',
						},
						{
							displayName: 'Last Name',
							name: 'last_name',
							type: 'string',
							default: '',
							description: 'New last name of the mailbox user',
						},
					],
				},
			],
			request: (ctx, i) => ({ body: updateBody(ctx, i) }),
			output: (answer, ctx, i) => withAsked(answer, updateBody(ctx, i)),
		},
		{
			value: 'updateProfilePicture',
			name: 'Update Profile Picture',
			action: 'Update a mailbox profile picture',
			description: 'Set the picture recipients see, from binary data or a URL',
			// Open (method POST from the docs sidebar): path and body are guesses, see UNCONFIRMED.
			// A URL in JSON (uid + profile_picture) is the likelier form; binary data goes as a
			// multipart upload (uid + profile_picture file), which no client confirms. Docs page
			// number inferred.
			docs: 'https://docs.inboxkit.com/update-mailbox-profile-picture-18118375e0',
			method: 'POST',
			path: UNCONFIRMED.profilePicturePath,
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
			request: profilePictureRequest,
			output: (answer, ctx, i) => withAsked(answer, { uid: readMailboxId(ctx, i) }),
		},
		{
			value: 'generateTotp',
			name: 'Generate TOTP',
			action: 'Generate a TOTP code',
			description: 'Get a current one-time sign-in code of a mailbox',
			// Open (GET from the docs sidebar; no client calls it): ?uid= guessed
			// (UNCONFIRMED.totpPath). The answer holds a secret code: output, never logged. The
			// TOTP seed itself comes with Get Credentials (`secret`). Docs page number inferred.
			docs: 'https://docs.inboxkit.com/generate-totp-18118376e0',
			method: 'GET',
			path: UNCONFIRMED.totpPath,
			workspaceScoped: true,
			fields: [mailboxIdField('The mailbox whose code to generate')],
			request: (ctx, i) => ({ qs: { uid: readMailboxId(ctx, i) } }),
		},
		{
			value: 'changeUsername',
			name: 'Change Username',
			action: 'Change a mailbox username',
			description: 'Change the part of a mailbox address before the @',
			// Open (POST from the docs sidebar; no client calls it): path and body key guessed
			// (UNCONFIRMED.usernamePath, newUsernameKey). The answer is a message; uid and the new
			// username are shown beside it. Docs page number inferred.
			docs: 'https://docs.inboxkit.com/change-username-18118377e0',
			method: 'POST',
			path: UNCONFIRMED.usernamePath,
			workspaceScoped: true,
			fields: [
				mailboxIdField('The mailbox to rename'),
				{
					displayName: 'New Username',
					name: 'newUsername',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'ada.lovelace',
					description: 'The new part of the address before the @',
				},
			],
			request: (ctx, i) => ({
				body: {
					uid: readMailboxId(ctx, i),
					[UNCONFIRMED.newUsernameKey]: checkUsername(
						ctx,
						i,
						'New Username',
						readText(ctx, 'newUsername', i, 'New Username'),
					),
				},
			}),
			output: (answer, ctx, i) =>
				withAsked(answer, {
					uid: readMailboxId(ctx, i),
					username: checkUsername(
						ctx,
						i,
						'New Username',
						readText(ctx, 'newUsername', i, 'New Username'),
					),
				}),
		},
		{
			value: 'changePassword',
			name: 'Change Password',
			action: 'Change a mailbox password',
			description: 'Set a new sign-in password for a mailbox',
			// Open (POST from the docs sidebar; no client calls it): path and body key guessed
			// (UNCONFIRMED.loginChangePath, newPasswordKey). The password never appears in
			// messages or output. Docs page number inferred.
			docs: 'https://docs.inboxkit.com/change-password-18118378e0',
			method: 'POST',
			path: UNCONFIRMED.loginChangePath,
			workspaceScoped: true,
			fields: [
				mailboxIdField('The mailbox whose password to change'),
				{
					displayName: 'New Password',
					name: 'newPassword',
					type: 'string',
					typeOptions: { password: true },
					required: true,
					default: '',
					description: 'The new sign-in password (8 to 100 characters)',
				},
			],
			request: (ctx, i) => ({
				body: {
					uid: readMailboxId(ctx, i),
					[UNCONFIRMED.newPasswordKey]: readSecret(
						ctx,
						'newPassword',
						i,
						'New Password',
						PASSWORD_LENGTH,
					),
				},
			}),
			output: (answer, ctx, i) => withAsked(answer, { uid: readMailboxId(ctx, i) }),
		},
		{
			value: 'checkAvailability',
			name: 'Check Availability',
			action: 'Check mailbox availability',
			description: 'Check whether an address is still free to buy as a mailbox',
			// Open (GET from the docs sidebar; no client calls it): the reseller's
			// /mailboxes/{id}/availability makes little sense for an address not yet bought;
			// ?username=&domain= is guessed (UNCONFIRMED.availabilityPath). Docs page number inferred.
			docs: 'https://docs.inboxkit.com/check-mailbox-availability-18118379e0',
			method: 'GET',
			path: UNCONFIRMED.availabilityPath,
			workspaceScoped: true,
			fields: [
				{
					displayName: 'Email',
					name: 'email',
					type: 'string',
					placeholder: 'name@example.com',
					required: true,
					default: '',
					description: 'The address to check',
				},
			],
			request: (ctx, i) => ({ qs: addressParts(ctx, i) }),
			output: (answer, ctx, i) => {
				const { username, domain } = addressParts(ctx, i);
				return withAsked(answer, { email: `${username}@${domain}` });
			},
		},
	],
};
