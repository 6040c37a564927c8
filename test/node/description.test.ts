/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code reads README.md; the Cloud rules are for shipped code */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { InboxKit } from '../../nodes/InboxKit/InboxKit.node';
import { isRetryable } from '../../nodes/InboxKit/operation';
import { RESOURCES } from '../../nodes/InboxKit/resources';
import { CREDENTIAL_NAME } from '../../nodes/InboxKit/transport';
import { CREDENTIAL_TYPE, NODE_TYPE } from '../support/n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { renderReadme } = require('../../scripts/readme-render') as {
	renderReadme: (readme: string, resources: unknown) => string;
};

/** What a user sees in the node panel and README, checked against n8n's conventions. */
const description = new InboxKit().description;
const operations = RESOURCES.flatMap((resource) =>
	resource.operations.map((operation) => ({ resource, operation })),
);

test('the Resource dropdown offers the eight InboxKit resources, sorted', () => {
	const resource = description.properties.find((p) => p.name === 'resource')!;
	expect(resource.options!.map((o) => (o as { name: string }).name)).toEqual([
		'Account',
		'Billing',
		'DNS',
		'Domain',
		'Mailbox',
		'Order',
		'Sequencer',
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
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
});

test('docs links name a page whose id is known, once each, or else the docs home', () => {
	// The ids the API reference (../shared/inboxkit-api/README.md) confirms, and Check payment
	// status; any other id would be a guess.
	const known = [
		18118346, 18118347, 18118348, 18118349, 18118350, 18118351, 18118354, 18118362, 18118365,
		18118368, 18118370, 18118371, 18118380, 18118387, 18118391, 18118393, 18118395, 18118398,
		33522646,
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

test('operations that spend money are marked so, and say so in their description', () => {
	const spending = operations
		.filter(({ operation }) => operation.spendsMoney)
		.map(({ operation }) => operation.action);
	expect(spending).toEqual(
		expect.arrayContaining(['Add credits to the wallet', 'Change the subscription plan']),
	);
	for (const { resource, operation } of operations.filter((o) => o.operation.spendsMoney)) {
		const dropdown = description.properties.find(
			(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === resource.value,
		)!;
		const option = dropdown.options!.find(
			(o) => (o as { value: string }).value === operation.value,
		) as { description: string };
		expect(option.description).toMatch(
			/Charges your InboxKit account\. Sent once and never retried/,
		);
	}
});

test('README shows every operation with its request and evidence, and lists the guessed ones', () => {
	const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
	// Regenerate with `npm run build && node scripts/readme-operations.js`.
	expect(readme).toBe(renderReadme(readme, RESOURCES));
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

test('no source file of the node or the credential is longer than 300 lines', () => {
	const root = join(__dirname, '..', '..');
	const long: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.ts')) {
				const lines = readFileSync(path, 'utf8').split('\n').length;
				if (lines > 300) long.push(`${path.slice(root.length + 1)}: ${lines}`);
			}
		}
	};
	walk(join(root, 'nodes'));
	walk(join(root, 'credentials'));
	expect(long).toEqual([]);
});

test('saved workflows keep working: the node and credential keep their type names', () => {
	// n8n stores these names in every workflow and credential; changing one orphans them.
	expect(NODE_TYPE).toBe('n8n-nodes-inboxkit.inboxKit');
	expect(CREDENTIAL_TYPE).toBe('inboxKitApi');
	expect(description.credentials).toEqual([{ name: CREDENTIAL_TYPE, required: true }]);
	expect(CREDENTIAL_NAME).toBe(CREDENTIAL_TYPE);
});
