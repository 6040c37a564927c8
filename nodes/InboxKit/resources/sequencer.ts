import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InboxKitOperation, InboxKitResource } from '../operation';
import {
	asText,
	checkId,
	fieldError,
	readCollection,
	readId,
	readIdList,
	readText,
} from '../shared/parameters';
import { mailboxIdsField } from '../shared/fields';
import { withoutEnvelope } from '../transport';

/**
 * The Sequencer endpoints (sending tools such as Smartlead, and mailbox exports to them):
 * methods from the docs sidebar (all seven are GET or POST, Update and Delete included), paths
 * and bodies from public clients of the live API. Every call carries X-Workspace-Id.
 * Docs pages: Export mailboxes is 18118387 (seen); the other numbers are inferred from the
 * sidebar order (Export mailboxes status 18118384 ... Delete sequencers 18118390, before Get
 * pricing plans at 18118391).
 *
 * Everything that no docs page or live client confirms is in UNCONFIRMED: one edit there fixes
 * a wrong guess. The sandbox (test/sandbox/routes/sequencer.js) answers in the same shapes.
 */
const UNCONFIRMED = {
	/** Update: POST from the docs sidebar; path and body (uid + Add's fields) guessed, no client calls it. */
	updateMethod: 'POST',
	updatePath: '/sequencers/update',
	/** Delete ("Delete sequencers", plural): POST from the docs sidebar; path and body `uids` guessed. */
	deleteMethod: 'POST',
	deletePath: '/sequencers/delete',
	/** The answer's list of platforms (GET /sequencers/platforms): its shape is recorded nowhere. */
	platformsKey: 'platforms',
	/** Most mailboxes one export takes (none documented). */
	maxMailboxes: 100,
} as const;

/** Platform values as InboxKit takes them (client: `smartlead`). */
export const SEQUENCER_PLATFORMS_METHOD = 'getSequencerPlatforms';

function readSequencerId(ctx: IExecuteFunctions, itemIndex: number): string {
	return readId(ctx, 'sequencerId', itemIndex, 'Sequencer ID');
}

function readIds(
	ctx: IExecuteFunctions,
	name: string,
	itemIndex: number,
	label: string,
	max = UNCONFIRMED.maxMailboxes,
): string[] {
	return readIdList(ctx, name, itemIndex, label, { max });
}

function readOptionalIds(
	ctx: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string[] {
	const list = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(/[\n,;]+/)
			: [value];
	return list
		.map((entry) => asText(ctx, itemIndex, label, entry, false))
		.filter((entry) => entry !== '')
		.map((id) => checkId(ctx, itemIndex, label, id));
}

/** A secret (password, API key): text, never repeated in a message. */
function readSecret(
	ctx: IExecuteFunctions,
	value: unknown,
	itemIndex: number,
	label: string,
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value !== 'string') throw fieldError(ctx, itemIndex, label, 'must be text');
	if (value.trim() === '') throw fieldError(ctx, itemIndex, label, 'is empty');
	return value.trim();
}

/** The platforms answer as a list of records, whatever form the list takes. */
export function platformsOf(answer: IDataObject): IDataObject[] | undefined {
	const list = answer[UNCONFIRMED.platformsKey] ?? answer.data;
	if (!Array.isArray(list)) return undefined;
	return list.map((entry) =>
		typeof entry === 'string' ? { name: entry, value: entry } : (entry as IDataObject),
	);
}

const sequencerIdField = (description: string): INodeProperties => ({
	displayName: 'Sequencer ID',
	name: 'sequencerId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'seq_1a2b3c',
	description: `${description}: its "uid", as "Get Many" shows it`,
});

const platformField: INodeProperties = {
	displayName: 'Platform Name or ID',
	name: 'platform',
	type: 'options',
	typeOptions: { loadOptionsMethod: SEQUENCER_PLATFORMS_METHOD },
	required: true,
	default: '',
	description:
		'The sending tool. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

/** Login and settings of a sequencer, shared by Add and Update. */
const connectionOptions: INodeProperties[] = [
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

/** The connection fields of a collection, checked; secrets never echoed. */
function connectionBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	given: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	if (given.sequencer_login !== undefined)
		body.sequencer_login = asText(ctx, itemIndex, 'Login', given.sequencer_login, true);
	const password = readSecret(ctx, given.sequencer_password, itemIndex, 'Password');
	if (password !== undefined) body.sequencer_password = password;
	const apiKey = readSecret(ctx, given.api_key, itemIndex, 'API Key');
	if (apiKey !== undefined) body.api_key = apiKey;
	for (const key of ['enable_warmup', 'auto_reconnect_mailboxes']) {
		if (given[key] !== undefined) body[key] = given[key] === true;
	}
	return body;
}

function readPlatform(ctx: IExecuteFunctions, itemIndex: number): string {
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

// ---------------------------------------------------------------------------------------------
// Operations (sorted by dropdown label in the node; listed here in the docs' order)

export const listPlatforms: InboxKitOperation = {
	value: 'getPlatforms',
	name: 'Get Platforms',
	action: 'List sequencer platforms',
	description: 'List the sequencer platforms InboxKit can export mailboxes to',
	// Client: GET /sequencers/platforms (docs page number inferred). The answer's list key
	// (UNCONFIRMED.platformsKey, else `data`) and its entries (strings, or objects with name and
	// value/slug/key) are assumed; one item per platform. Only `smartlead` is seen in clients.
	docs: 'https://docs.inboxkit.com/list-sequencer-platforms-18118385e0',
	method: 'GET',
	path: '/sequencers/platforms',
	workspaceScoped: true,
	output: (answer) => platformsOf(answer) ?? withoutEnvelope(answer),
};

export const sequencer: InboxKitResource = {
	value: 'sequencer',
	name: 'Sequencer',
	description: 'Sending tools (Smartlead, Instantly, ...) and mailbox exports to them',
	operations: [
		{
			value: 'getExportStatus',
			name: 'Get Export Status',
			action: 'Get the mailbox export status',
			description: 'List mailbox exports to sequencers and how far each got',
			// Client: POST with sequencer_uid, mailbox_uids, uids (export uids), status, limit and
			// offset in the body; answer data[] of uid, mailbox_uid, mailbox_email, sequencer_uid,
			// status, error_message. Status values unconfirmed. Docs page number inferred.
			docs: 'https://docs.inboxkit.com/export-mailboxes-status-18118384e0',
			method: 'POST',
			path: '/sequencers/export/status',
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
							displayName: 'Export IDs',
							name: 'uids',
							type: 'string',
							default: '',
							description: 'Only these exports (their "uid"), separated by commas',
						},
						{
							displayName: 'Mailbox IDs',
							name: 'mailbox_uids',
							type: 'string',
							default: '',
							description: 'Only exports of these mailboxes, separated by commas',
						},
						{
							displayName: 'Sequencer ID',
							name: 'sequencer_uid',
							type: 'string',
							default: '',
							description: 'Only exports to this sequencer',
						},
						{
							displayName: 'Status',
							name: 'status',
							type: 'string',
							default: '',
							placeholder: 'failed',
							description: 'Only exports in this status, e.g. pending, completed, failed',
						},
					],
				},
			],
			request: (ctx, i) => {
				const filters = readCollection(ctx, 'filters', i);
				const body: IDataObject = {};
				if (filters.sequencer_uid !== undefined)
					body.sequencer_uid = checkId(
						ctx,
						i,
						'Sequencer ID',
						asText(ctx, i, 'Sequencer ID', filters.sequencer_uid, true),
					);
				for (const [key, label] of [
					['mailbox_uids', 'Mailbox IDs'],
					['uids', 'Export IDs'],
				]) {
					if (filters[key] === undefined) continue;
					const ids = readOptionalIds(ctx, filters[key], i, label);
					if (ids.length > 0) body[key] = ids;
				}
				if (filters.status !== undefined)
					body.status = asText(ctx, i, 'Status', filters.status, true);
				return { body };
			},
			list: { recordsKey: 'data', paging: 'offset' },
		},
		listPlatforms,
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'List sequencers',
			description: 'List the sequencers connected to the workspace',
			// Client: POST with limit, offset and sequencer_platforms[] in the body; answer data[]
			// of uid, name, platform, status, sequencer_email. Docs page number inferred.
			docs: 'https://docs.inboxkit.com/list-sequencers-18118386e0',
			method: 'POST',
			path: '/sequencers/list',
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
							displayName: 'Platform Names or IDs',
							name: 'sequencer_platforms',
							type: 'multiOptions',
							typeOptions: { loadOptionsMethod: SEQUENCER_PLATFORMS_METHOD },
							default: [],
							description:
								'Only sequencers on these platforms. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
						},
					],
				},
			],
			request: (ctx, i) => {
				const filters = readCollection(ctx, 'filters', i);
				const platforms =
					filters.sequencer_platforms === undefined
						? []
						: readOptionalIds(ctx, filters.sequencer_platforms, i, 'Platform Names or IDs');
				return { body: platforms.length > 0 ? { sequencer_platforms: platforms } : {} };
			},
			list: { recordsKey: 'data', paging: 'offset' },
		},
		{
			value: 'exportMailboxes',
			name: 'Export Mailboxes',
			action: 'Export mailboxes to a sequencer',
			description: 'Connect mailboxes to a sequencer so it can send from them',
			// Client: body sequencer_uid, mailbox_uids; answer results.new_exports_created,
			// results.duplicate_exports_skipped, exports.created[] of uid, mailbox_uid,
			// mailbox_email, status. Output as InboxKit answers. Export runs in the background:
			// follow it with Get Export Status.
			docs: 'https://docs.inboxkit.com/export-mailboxes-18118387e0',
			method: 'POST',
			path: '/sequencers/export',
			workspaceScoped: true,
			fields: [
				sequencerIdField('The sequencer to export to'),
				mailboxIdsField('The mailboxes to export'),
			],
			request: (ctx, i) => ({
				body: {
					sequencer_uid: readSequencerId(ctx, i),
					mailbox_uids: readIds(ctx, 'mailboxIds', i, 'Mailbox IDs'),
				},
			}),
		},
		{
			value: 'add',
			name: 'Add',
			action: 'Add a sequencer',
			description: 'Connect an account of a sending tool to the workspace',
			// Client: body name, platform (e.g. smartlead), sequencer_login, sequencer_password,
			// api_key, enable_warmup, auto_reconnect_mailboxes; answer uid at the top level. Which
			// of login, password and API key a platform needs is not documented (Smartlead with
			// Microsoft mailboxes needs login and password, a client says): InboxKit checks.
			// Docs page number inferred.
			docs: 'https://docs.inboxkit.com/add-sequencer-18118388e0',
			method: 'POST',
			path: '/sequencers/add',
			workspaceScoped: true,
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
					platform: readPlatform(ctx, i),
					...connectionBody(ctx, i, readCollection(ctx, 'connection', i)),
				},
			}),
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a sequencer',
			description: 'Rename a sequencer or change its login and settings',
			// Open: POST from the docs sidebar; path and body (uid + changed fields, as Add takes
			// them; maybe sequencer_uid) guessed (UNCONFIRMED.updatePath). Docs page number inferred.
			docs: 'https://docs.inboxkit.com/update-sequencer-18118389e0',
			method: UNCONFIRMED.updateMethod,
			path: UNCONFIRMED.updatePath,
			workspaceScoped: true,
			fields: [
				sequencerIdField('The sequencer to update'),
				{
					displayName: 'Update Fields',
					name: 'updateFields',
					type: 'collection',
					placeholder: 'Add Field',
					default: {},
					options: [
						...connectionOptions,
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							description: 'New name of the sequencer',
						},
					],
				},
			],
			request: (ctx, i) => {
				const uid = readSequencerId(ctx, i);
				const given = readCollection(ctx, 'updateFields', i);
				const body: IDataObject = { uid, ...connectionBody(ctx, i, given) };
				if (given.name !== undefined) body.name = asText(ctx, i, 'Name', given.name, true);
				if (Object.keys(body).length === 1)
					throw fieldError(ctx, i, 'Update Fields', 'is empty', 'Add the fields to change.');
				return { body };
			},
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete sequencers',
			description: 'Disconnect sequencers from the workspace',
			// Open: POST from the docs sidebar; path and body uids (maybe sequencer_uids) guessed
			// (UNCONFIRMED.deletePath). Docs page number inferred.
			docs: 'https://docs.inboxkit.com/delete-sequencers-18118390e0',
			method: UNCONFIRMED.deleteMethod,
			path: UNCONFIRMED.deletePath,
			workspaceScoped: true,
			fields: [
				{
					displayName: 'Sequencer IDs',
					name: 'sequencerIds',
					type: 'string',
					required: true,
					default: '',
					placeholder: 'seq_1a2b3c, seq_4d5e6f',
					description:
						'The sequencers to delete: the "uid" of each. Separate them with commas or new lines, or give an expression that returns a list.',
				},
			],
			request: (ctx, i) => ({ body: { uids: readIds(ctx, 'sequencerIds', i, 'Sequencer IDs') } }),
			output: (answer, ctx, i) => {
				const summary = withoutEnvelope(answer);
				// The answer's naming of what it deleted is not known: show what was asked for.
				if (summary.uids === undefined && summary.deleted === undefined)
					summary.uids = readIds(ctx, 'sequencerIds', i, 'Sequencer IDs');
				return summary;
			},
		},
	],
};
