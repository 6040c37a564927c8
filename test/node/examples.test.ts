/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code reads the examples; the Cloud rules are for shipped code */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { INodeType } from 'n8n-workflow';

import { oneNodeWorkflow } from '../support/oneNodeWorkflow';

/**
 * The examples as a new user opens them: nothing on the canvas hides a sticky note's text, and
 * the provision plan is plain fields whose values n8n turns into the lists the rest of the
 * workflow had. (test/e2e runs the examples themselves in real n8n.)
 */

interface ExampleNode {
	name: string;
	type: string;
	position: [number, number];
	parameters: Record<string, unknown>;
}
interface Example {
	nodes: ExampleNode[];
	connections: Record<string, { main: Array<Array<{ node: string }>> }>;
}

const DIR = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(DIR)
	.filter((file) => file.endsWith('.json'))
	.map((file) => [file, JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Example] as const);

const STICKY = 'n8n-nodes-base.stickyNote';
/** A node on n8n's canvas is about 100 x 100 from its position (its top left corner). */
const NODE_SIZE = 100;

interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}
const boxOf = ({ type, position: [x, y], parameters }: ExampleNode): Box =>
	type === STICKY
		? {
				left: x,
				top: y,
				right: x + Number(parameters.width),
				bottom: y + Number(parameters.height),
			}
		: { left: x, top: y, right: x + NODE_SIZE, bottom: y + NODE_SIZE };
const overlap = (a: Box, b: Box) =>
	a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test.each(examples)('%s: no node lies on a sticky note', (_file, example) => {
	const notes = example.nodes.filter((n) => n.type === STICKY);
	const nodes = example.nodes.filter((n) => n.type !== STICKY);
	expect(notes.length).toBeGreaterThan(0);
	const covered = nodes.flatMap((node) =>
		notes
			.filter((note) => overlap(boxOf(node), boxOf(note)))
			.map((note) => `${node.name} on ${note.name}`),
	);
	expect(covered).toEqual([]);
});

test.each(examples)('%s: every connection joins two nodes of the workflow', (_file, example) => {
	const names = new Set(example.nodes.map((n) => n.name));
	for (const [from, { main }] of Object.entries(example.connections)) {
		expect([from, names.has(from)]).toEqual([from, true]);
		for (const { node } of main.flat()) expect([node, names.has(node)]).toEqual([node, true]);
	}
});

describe('provision-workspace.json', () => {
	const [, provision] = examples.find(([file]) => file === 'provision-workspace.json')!;
	const node = (name: string) => provision.nodes.find((n) => n.name === name)!;
	type Assignment = { name: string; type: string; value: string };
	const assignments = (name: string) =>
		(node(name).parameters.assignments as { assignments: Assignment[] }).assignments;

	test('the plan is one plain field per value: no JSON to type', () => {
		const fields = assignments('Settings');
		expect(fields.map((f) => f.name)).toEqual([
			'domain 1',
			'domain 2',
			'person 1 first name',
			'person 1 last name',
			'person 1 username',
			'person 2 first name',
			'person 2 last name',
			'person 2 username',
			'platform',
		]);
		for (const field of fields) {
			expect([field.name, field.type]).toEqual([field.name, 'string']);
			expect(field.value).toMatch(/^[A-Za-z][\w.-]*$/);
		}
	});

	test('"Read the plan" turns the fields into the domains, people and platform the rest uses', () => {
		expect(provision.connections.Settings.main).toEqual([
			[{ node: 'Read the plan', type: 'main', index: 0 }],
		]);
		const next = provision.connections['Read the plan'].main[0].map((c) => c.node).sort();
		expect(next).toEqual(['Register domains', 'Wait for the domains']);

		const plan = Object.fromEntries(assignments('Settings').map((f) => [f.name, f.value]));
		// A third domain and person added as the sticky note says, one with spaces around it.
		Object.assign(plan, {
			'domain 3': ' third.example ',
			'person 3 first name': 'Ada',
			'person 3 last name': 'Lovelace',
			'person 3 username': 'ada',
		});
		const read = readThePlan(plan);
		expect(read).toEqual({
			domains: ['acme-outreach.com', 'tryacme.com', 'third.example'],
			people: [
				{ first_name: 'Jane', last_name: 'Doe', username: 'jane' },
				{ first_name: 'John', last_name: 'Roe', username: 'john' },
				{ first_name: 'Ada', last_name: 'Lovelace', username: 'ada' },
			],
			platform: 'GOOGLE',
		});
		// What the nodes after it read: the domain list, then each person's fields.
		expect(node('Register domains').parameters.domains).toBe('={{ $json.domains }}');
		expect(node('One item per domain').parameters.fieldToSplitOut).toBe('domains');
		expect(node('One item per person').parameters.fieldToSplitOut).toBe('people');
	});

	/** Evaluates "Read the plan"'s fields with n8n's expression engine, on the Settings item. */
	function readThePlan(plan: Record<string, string>) {
		const setNode = {
			description: { properties: [], name: 'set', version: 1 },
		} as unknown as INodeType;
		const workflow = oneNodeWorkflow(
			{
				id: 'r',
				name: 'Read the plan',
				type: 'set',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			setNode,
		);
		return Object.fromEntries(
			assignments('Read the plan').map((field) => [
				field.name,
				workflow.expression.getParameterValue(
					field.value,
					null,
					0,
					0,
					'Read the plan',
					[{ json: plan }],
					'manual',
					{},
				),
			]),
		);
	}
});
