/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code reads README.md; the Cloud rules are for shipped code */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { InboxKit } from '../../nodes/InboxKit/InboxKit.node';
import { RESOURCES } from '../../nodes/InboxKit/resources';

/** What a user sees in the node panel and README, checked against n8n's conventions. */
const description = new InboxKit().description;
const operations = RESOURCES.flatMap((resource) =>
	resource.operations.map((operation) => ({ resource, operation })),
);

test('the Resource dropdown offers the seven InboxKit resources, sorted', () => {
	const resource = description.properties.find((p) => p.name === 'resource')!;
	expect(resource.options!.map((o) => (o as { name: string }).name)).toEqual([
		'Account',
		'Billing',
		'DNS',
		'Domain',
		'Mailbox',
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
	expect(operation.path).toMatch(/^\/[a-z-]+(\/[a-z-]+)*$/);
	const dropdown = description.properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.[0] === resource.value,
	)!;
	const names = dropdown.options!.map((o) => (o as { name: string }).name);
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
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

test('README lists every operation with its method and path', () => {
	const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
	for (const { resource, operation } of operations) {
		expect(readme).toContain(
			`| ${resource.name} | ${operation.name} | ${operation.action} | \`${operation.method} ${operation.path}\` |`,
		);
	}
});
