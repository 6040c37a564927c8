/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code reads README.md; the Cloud rules are for shipped code */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INode, INodeProperties } from 'n8n-workflow';

import { InboxKit } from '../../nodes/InboxKit/InboxKit.node';
import { isRetryable, isSentOnce } from '../../nodes/InboxKit/operation';
import { RESOURCES } from '../../nodes/InboxKit/resources';
import { CREDENTIAL_NAME } from '../../nodes/InboxKit/transport';
import { CREDENTIAL_TYPE, NODE_TYPE } from '../support/n8n';
import { oneNodeWorkflow } from '../support/oneNodeWorkflow';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderReadme } = require('../../scripts/readme-render') as {
	renderReadme: (
		readme: string,
		resources: unknown,
		rules: { isRetryable: typeof isRetryable; isSentOnce: typeof isSentOnce },
	) => string;
};

/** What a user sees in the node panel and README, checked against n8n's conventions. */
const description = new InboxKit().description;
const operations = RESOURCES.flatMap((resource) =>
	resource.operations.map((operation) => ({ resource, operation })),
);

test('the Resource dropdown offers the InboxKit resources, sorted', () => {
	const resource = description.properties.find((p) => p.name === 'resource')!;
	expect(resource.options!.map((o) => (o as { name: string }).name)).toEqual([
		'Account',
		'Billing',
		'Client ID Request',
		'Cloudflare',
		'Consent Request',
		'DNS',
		'Domain',
		'Email Insight',
		'Mailbox',
		'Order',
		'Sequencer',
		'Warmup',
		'Workspace',
	]);
});

test.each(
	operations.map(({ resource, operation }) => [
		`${resource.name} > ${operation.name}`,
		resource,
		operation,
	]),
)('%s reads well in the dropdown and names its docs page', (_title, resource, operation) => {
	expect(operation.action).toMatch(/^[A-Z][a-z]+( [^ ]+)*$/); // a sentence: "Register domains"
	expect(operation.action).not.toMatch(/\.$/);
	expect(operation.name).toMatch(/^[A-Z]/);
	expect(operation.docs).toMatch(/^https:\/\/docs\.inboxkit\.com\//);
	// Lower-case segments; a value the path carries is named in braces: /mailboxes/{uid}/x.
	expect(operation.path).toMatch(/^\/[a-z-]+(\/([a-z-]+|\{[a-z_]+\}))*$/);
	const dropdown = description.properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === resource.value,
	)!;
	const names = dropdown.options!.map((o) => (o as { name: string }).name);
	// Sorted, then "Custom API Call" last, where n8n puts it (see customApiCallOption).
	expect(names.pop()).toBe('Custom API Call');
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
});

test('action labels have no articles ("Get wallet details"), as n8n\'s guidelines ask', () => {
	const withArticles = operations
		.map(({ operation }) => operation.action)
		.filter((action) => /\b(a|an|the)\b/i.test(action));
	expect(withArticles).toEqual([]);
});

test('docs links name a page whose id is known, once each, or else the docs home', () => {
	// The ids the API reference (../shared/inboxkit-api/README.md) confirms, and Check payment
	// status; any other id would be a guess.
	const known = [
		18118346, 18118347, 18118348, 18118349, 18118350, 18118351, 18118354, 18118362, 18118365,
		18118368, 18118370, 18118371, 18118380, 18118387, 18118391, 18118393, 18118395, 18118398,
		33522646,
		// The newer pages the API reference names by slug (warmup, Cloudflare, consent requests).
		28170226, 28170231, 28724829, 28724833, 21455088, 21455089,
	];
	const pages = operations
		.map(({ operation }) => operation.docs)
		.filter((docs) => docs !== 'https://docs.inboxkit.com/');
	const ids = pages.map((docs) =>
		Number(/^https:\/\/docs\.inboxkit\.com\/[a-z0-9-]+-(\d+)e0$/.exec(docs)?.[1]),
	);
	expect(pages.filter((_docs, n) => !known.includes(ids[n]))).toEqual([]);
	expect(new Set(ids).size).toBe(ids.length);
});

test('operation values are unique within each resource', () => {
	for (const resource of RESOURCES) {
		const values = resource.operations.map((o) => o.value);
		expect(new Set(values).size).toBe(values.length);
	}
});

test('every field the node shows belongs to one resource and operation', () => {
	for (const property of description.properties) {
		if (['resource', 'requestOptions'].includes(property.name)) continue;
		expect(property.displayOptions?.show?.resource).toBeDefined();
		if (property.name !== 'operation')
			expect(property.displayOptions?.show?.operation).toBeDefined();
	}
});

/** The Operation dropdown's option of an operation, as the node panel and AI agents read it. */
function optionOf(resource: { value: string }, operation: { value: string }) {
	const dropdown = description.properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === resource.value,
	)!;
	return dropdown.options!.find((o) => (o as { value: string }).value === operation.value) as {
		description: string;
	};
}

/** The warning notice shown with an operation, if any. */
function noticeOf(resource: { value: string }, operation: { value: string }) {
	return description.properties.find(
		(p) =>
			p.type === 'notice' &&
			p.displayOptions?.show?.resource?.[0] === resource.value &&
			p.displayOptions?.show?.operation?.[0] === operation.value,
	)?.displayName;
}

test('operations that spend money are marked so, and say so in their description', () => {
	const spending = operations
		.filter(({ operation }) => isSentOnce(operation))
		.map(({ operation }) => operation.action);
	expect(spending).toEqual(
		expect.arrayContaining(['Add credits to wallet', 'Change subscription plan']),
	);
	for (const { resource, operation } of operations.filter((o) => isSentOnce(o.operation))) {
		const option = optionOf(resource, operation);
		const notice = noticeOf(resource, operation);
		// Both sent once; a cancellation says what it does instead of "charges".
		expect(option.description).toMatch(/Sent once and never retried\.$/);
		expect(notice).toMatch(/It is sent once and never retried\. Turn off "Retry On Fail"/);
		if (operation.destroys) {
			expect(option.description).not.toMatch(/Charges/);
			expect(notice).not.toMatch(/charges/);
		} else {
			expect(option.description).toMatch(
				/Charges your InboxKit account\. Sent once and never retried/,
			);
			expect(notice).toMatch(/^This operation charges your InboxKit account\./);
		}
	}
});

test('operations that delete or cancel warn that they do, and what can undo them', () => {
	const destroying = operations
		.filter(({ operation }) => operation.destroys)
		.map(({ resource, operation }) => `${resource.name} > ${operation.name}`);
	expect(destroying).toEqual(
		expect.arrayContaining([
			'Billing > Cancel Subscription',
			'DNS > Delete Records',
			'Domain > Remove',
			'Mailbox > Cancel',
			'Sequencer > Delete',
			'Workspace > Delete',
		]),
	);
	for (const { resource, operation } of operations) {
		const deletes = /^(Delete|Remove|Cancel)\b/.test(operation.name) && operation.method !== 'GET';
		// Removing a setting (catch-all, DMARC, forwarding) changes it back; removing records, domains,
		// workspaces or subscriptions does not.
		const removesSetting = /^Remove (Catch-All|DMARC|Email Forwarding)$/.test(operation.name);
		if (deletes && !removesSetting) expect(operation.destroys).toBeDefined();
		if (!operation.destroys) continue;
		const notice = noticeOf(resource, operation)!;
		expect(notice.startsWith(`${operation.destroys}.`)).toBe(true);
		if (operation.undo) expect(notice).toContain(operation.undo);
		else expect(notice).toContain('This cannot be undone from n8n.');
		expect(optionOf(resource, operation).description).toMatch(
			operation.undo ? operation.undo : /Cannot be undone from n8n\./,
		);
	}
	const cancel = operations.find(
		({ resource, operation }) => resource.value === 'mailbox' && operation.value === 'cancel',
	)!;
	expect(noticeOf(cancel.resource, cancel.operation)).toMatch(
		/^Schedules the mailboxes for cancellation/,
	);
});

test('README shows every operation with its request and evidence, and lists the guessed ones', () => {
	const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
	// Regenerate with `npm run build && node scripts/readme-operations.js`.
	expect(readme).toBe(renderReadme(readme, RESOURCES, { isRetryable, isSentOnce }));
	for (const { resource, operation } of operations) {
		expect(readme).toContain(
			`| ${resource.name} | ${operation.name} | ${operation.action} | \`${operation.method} ${operation.path}\` |`,
		);
	}
});

test('every operation states its evidence, as the API reference grades it', () => {
	for (const { operation } of operations) {
		expect(['docs', 'live', 'client', 'docs-nav', 'assumed']).toContain(operation.evidence);
		if (operation.assumed !== undefined) expect(operation.assumed).toMatch(/^[a-z`/"(].*[^.]$/);
	}
});

test('each resource opens on an operation that only reads, where it has one', () => {
	for (const resource of RESOURCES) {
		const opening = resource.operations.find((o) => o.value === resource.defaultOperation);
		expect(opening).toBeDefined();
		if (resource.operations.some(isRetryable)) expect(isRetryable(opening!)).toBe(true);
		const dropdown = description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === resource.value,
		)!;
		expect(dropdown.default).toBe(resource.defaultOperation);
	}
	// Order has no read InboxKit documents: it opens on Place Order, which sends nothing until
	// its mailboxes are filled in, and refuses Retry On Fail.
	expect(RESOURCES.filter((r) => !r.operations.some(isRetryable)).map((r) => r.value)).toEqual([
		'order',
	]);
});

const RESOURCES_DIR = join(__dirname, '..', '..', 'nodes', 'InboxKit', 'resources');

test.each(
	operations.map(({ resource, operation }) => [
		`${resource.value}/${operation.value}.ts`,
		operation,
	]),
)(
	'%s holds its own entry, with the literal path (grep the path, find the file)',
	(file, operation) => {
		const source = readFileSync(join(RESOURCES_DIR, file as string), 'utf8');
		const op = operation as (typeof operations)[number]['operation'];
		expect(source).toContain(`value: '${op.value}'`);
		expect(source).toContain(`method: '${op.method}'`);
		expect(source).toContain(`path: '${op.path}'`);
	},
);

test('saved workflows keep working: the node and credential keep their type names', () => {
	// n8n stores these names in every workflow and credential; changing one orphans them.
	expect(NODE_TYPE).toBe('n8n-nodes-inboxkit.inboxKit');
	expect(CREDENTIAL_TYPE).toBe('inboxKitApi');
	expect(description.credentials).toEqual([{ name: CREDENTIAL_TYPE, required: true }]);
	expect(CREDENTIAL_NAME).toBe(CREDENTIAL_TYPE);
});

/** Every field the node shows, nested ones (collection options, fixed collection values) too. */
function allFields(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		const nested = (property.options ?? []).flatMap((option) => {
			if ('values' in option) return allFields(option.values);
			if ('displayName' in option && 'type' in option)
				return allFields([option as INodeProperties]);
			return [];
		});
		return [property, ...nested];
	});
}

const fields = allFields(description.properties);

/** ID fields that stay text, and why. */
const TEXT_ID_FIELDS: Record<string, string> = {
	mailboxIds:
		'a list typed or mapped from an expression; n8n has no picker of several values, so the "Mailboxes" picker beside it adds them one by one',
	domainIds: 'the same, beside the "Domains" picker',
	sequencerIds: 'the same, beside the "Sequencers" picker',
	recordIds:
		'DNS record ids: InboxKit lists records of one domain only (Get Records), and DNS is being reworked to take domain uids',
	record_id: 'the same, one per DNS record in the records list',
	uids: 'export ids in the export status filter: exports are listed by that operation alone',
	mailbox_uids: 'a list in the export status filter, typed or mapped from an expression',
	sequencer_platforms: 'a dropdown loaded from InboxKit (Platform Names or IDs)',
	platform: 'a dropdown loaded from InboxKit (Platform Name or ID)',
	sessionId:
		"a Stripe checkout session from Add Credits' answer: InboxKit lists no checkout sessions to pick from",
	googleClientId: "a Google Cloud project's OAuth client ID, which InboxKit does not list",
	sequencer_uid:
		'one per mailbox row of an order, typed or mapped from the sheet the rows come from',
};

const isIdField = (field: INodeProperties) =>
	/\bIDs?\b/.test(field.displayName) || /(Id|Ids|_uids?|^uids?)$/.test(field.name);

test('every ID field is a picker (From List first), or says here why it is not', () => {
	const ids = fields.filter(isIdField);
	expect(ids.length).toBeGreaterThan(10);
	for (const field of ids) {
		if (field.type === 'resourceLocator') continue;
		expect([field.name, TEXT_ID_FIELDS[field.name]]).toEqual([field.name, expect.any(String)]);
	}
	for (const field of fields.filter((f) => f.type === 'resourceLocator')) {
		expect(field.modes?.[0].name).toBe('list');
		expect((field.default as { mode: string }).mode).toBe('list');
	}
});

test('a list of IDs typed or mapped always has the picker beside it', () => {
	const pickerOf: Record<string, string> = {
		mailboxIds: 'pickedMailboxes',
		domainIds: 'pickedDomains',
		sequencerIds: 'pickedSequencers',
	};
	const lists = description.properties.filter((p) => pickerOf[p.name] !== undefined);
	expect(lists.length).toBeGreaterThanOrEqual(10);
	for (const list of lists) {
		const picker = description.properties.find(
			(p) =>
				p.name === pickerOf[list.name] &&
				JSON.stringify(p.displayOptions) === JSON.stringify(list.displayOptions),
		);
		expect([list.name, list.displayOptions, picker?.type]).toEqual([
			list.name,
			list.displayOptions,
			'fixedCollection',
		]);
		expect(list.required).toBe(false);
	}
});

test('fields that take an ID say which: uid, name or address', () => {
	for (const field of fields.filter((f) => isIdField(f) || f.type === 'resourceLocator')) {
		const text = `${field.description ?? ''} ${field.displayName}`;
		expect([field.name, /uid|_id|\bname\b|address|Names? or IDs?/.test(text)]).toEqual([
			field.name,
			true,
		]);
	}
});

test("every picker's list and every dropdown's options are served by the node", () => {
	const node = new InboxKit();
	const methods = node.methods as unknown as Record<string, Record<string, unknown>>;
	for (const field of fields) {
		for (const mode of field.modes ?? []) {
			const method = mode.typeOptions?.searchListMethod;
			if (method) expect([method, typeof methods.listSearch[method]]).toEqual([method, 'function']);
		}
		const load = field.typeOptions?.loadOptionsMethod;
		if (load) expect([load, typeof methods.loadOptions[load]]).toEqual([load, 'function']);
	}
});

test('the canvas subtitle reads as the action: "Buy mailboxes", not "buy: mailbox"', () => {
	const node: INode = {
		id: 'subtitle',
		name: 'InboxKit',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const workflow = oneNodeWorkflow(node, new InboxKit());
	// As n8n's editor works the subtitle out, for every operation.
	for (const { resource, operation } of operations) {
		node.parameters = { resource: resource.value, operation: operation.value };
		const subtitle = workflow.expression.getSimpleParameterValue(
			node,
			description.subtitle!,
			'internal',
			{},
		);
		expect(subtitle).toBe(operation.action);
	}
	node.parameters = { resource: 'mailbox', operation: '__CUSTOM_API_CALL__' };
	expect(
		workflow.expression.getSimpleParameterValue(node, description.subtitle!, 'internal', {}),
	).toBe('Custom API call');
});

test('"Add ..." buttons are written as n8n writes them: Add Field, Add option, Add Filter', () => {
	for (const field of fields.filter((f) => f.type === 'collection')) {
		const expected = /filters/i.test(field.name)
			? 'Add Filter'
			: /options$/i.test(field.name)
				? 'Add option'
				: 'Add Field';
		expect([field.name, field.placeholder]).toEqual([field.name, expected]);
	}
	for (const field of fields.filter((f) => f.type === 'fixedCollection')) {
		const [row] = field.options as Array<{ displayName: string }>;
		expect([field.name, field.placeholder]).toEqual([field.name, `Add ${row.displayName}`]);
	}
});

test('operation descriptions fit the dropdown: one sentence an agent can act on', () => {
	for (const { operation } of operations) {
		expect(operation.description.length).toBeLessThanOrEqual(90);
		expect(operation.description).toMatch(/^[A-Z][^.]*[^.]$/);
	}
	// Sent once for a reason the user is told: it charges, or it destroys.
	for (const { operation } of operations.filter((o) => isSentOnce(o.operation)))
		expect([
			operation.action,
			operation.charges === true || operation.destroys !== undefined,
		]).toEqual([operation.action, true]);
});

test('searching the nodes panel for what users type finds InboxKit', () => {
	// n8n's own node search (the one its nodes panel runs), over the node's name and aliases.
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { sublimeSearch } = require('@n8n/utils/search/sublime-search') as {
		sublimeSearch: (filter: string, data: object[]) => Array<{ item: { properties: object } }>;
	};
	const codex = JSON.parse(
		readFileSync(join(__dirname, '..', '..', 'nodes', 'InboxKit', 'InboxKit.node.json'), 'utf8'),
	) as { alias?: string[] };
	const item = { properties: { displayName: description.displayName, codex } };
	for (const query of [
		'mailbox',
		'domain',
		'dns',
		'cold email',
		'warmup',
		'smartlead',
		'instantly',
		'buy mailboxes',
	]) {
		expect([query, sublimeSearch(query, [item]).length]).toEqual([query, 1]);
	}
	expect(description.description).toMatch(/cold email/i);
});

test('Return All and Limit, labelled and explained as in every n8n node, Limit only while Return All is off, 50 unless told otherwise', () => {
	const limits = description.properties.filter((property) => property.name === 'limit');
	const returnAlls = description.properties.filter((property) => property.name === 'returnAll');
	expect(limits.length).toBeGreaterThan(0);
	expect(returnAlls).toHaveLength(limits.length);
	for (const limit of limits) {
		expect(limit).toMatchObject({
			displayName: 'Limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			description: 'Max number of results to return',
		});
		expect(limit.displayOptions?.show?.returnAll).toEqual([false]);
	}
	for (const returnAll of returnAlls)
		expect(returnAll).toMatchObject({
			displayName: 'Return All',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		});
});
