/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code reads the source tree; the Cloud rules are for shipped code */
import {
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	statSync,
	writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

import { RESOURCES } from '../../nodes/InboxKit/resources';
import { CONSENT_REQUESTS } from '../../nodes/InboxKit/pickers/consentRequest';
import { DOMAINS } from '../../nodes/InboxKit/pickers/domain';
import { MAILBOXES } from '../../nodes/InboxKit/pickers/mailbox';
import { PLANS } from '../../nodes/InboxKit/pickers/plan';
import { SEQUENCERS } from '../../nodes/InboxKit/pickers/sequencer';
import { WORKSPACES } from '../../nodes/InboxKit/pickers/workspace';

/**
 * The imports of the shipped code point one way: entries (resources) and pickers over shared
 * helpers over the transport, with the runner and the node on top. Read from the source files.
 */
const root = resolve(__dirname, '../..');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return path.endsWith('.ts') ? [path] : [];
	});
}

/** Each file's imports of the repository's own files, as paths from the repository's root. */
function importsOf(file: string, base: string): string[] {
	const text = readFileSync(file, 'utf8');
	const found = [...text.matchAll(/(?:import|export)[^'";]*?from\s+'(\.[^']+)'/g)].map(
		(match) => match[1],
	);
	return found.map((spec) => relative(base, resolve(dirname(file), spec)));
}

const FOLDERS = ['transport', 'shared', 'pickers', 'resources', 'runner', 'methods'];

/**
 * The layer of a path: a folder of nodes/InboxKit, "node" for its top files (the node, its
 * description, the entry type), else the folder under nodes/ (a trigger) or credentials.
 */
function layerOf(path: string): string {
	const [top, second, third] = path.split('/');
	if (top === 'credentials') return 'credentials';
	if (second !== 'InboxKit') return second;
	return FOLDERS.includes(third) ? third : 'node';
}

/** What each layer may import, besides itself. */
const MAY_IMPORT: Record<string, string[]> = {
	transport: [],
	shared: ['transport'],
	pickers: ['shared', 'transport'],
	resources: ['pickers', 'shared', 'transport', 'node'],
	methods: ['pickers', 'resources', 'shared', 'transport'],
	runner: ['resources', 'pickers', 'shared', 'transport', 'node'],
	node: ['runner', 'methods', 'resources', 'pickers', 'shared', 'transport', 'node'],
	InboxKitTrigger: ['pickers', 'resources', 'shared', 'transport', 'methods'],
	InboxKitPollTrigger: [
		'pickers',
		'shared',
		'transport',
		'methods',
		'resources',
		'InboxKitTrigger',
	],
	credentials: ['transport'],
};

/** The imports that break the rule, as "from -> to". */
function wrongWay(files: string[], base = root): string[] {
	const wrong: string[] = [];
	for (const file of files) {
		const from = relative(base, file);
		const layer = layerOf(from);
		for (const target of importsOf(file, base)) {
			const to = layerOf(target);
			if (to !== layer && !(MAY_IMPORT[layer] ?? []).includes(to))
				wrong.push(`${from} -> ${target}`);
		}
	}
	return wrong;
}

const files = [...sourceFiles(join(root, 'nodes')), ...sourceFiles(join(root, 'credentials'))];

test('imports point one way: transport < shared < pickers < resources < runner < node', () => {
	expect(wrongWay(files)).toEqual([]);
});

test('the check fails on a wrong-way import: shared importing a picker', () => {
	const base = mkdtempSync(join(tmpdir(), 'layers-'));
	const file = join(base, 'nodes/InboxKit/shared/fields.ts');
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, "import { DOMAINS } from '../pickers/domain';\n");
	expect(wrongWay([file], base)).toEqual([
		'nodes/InboxKit/shared/fields.ts -> nodes/InboxKit/pickers/domain',
	]);
});

test.each([
	['domain', 'getMany', DOMAINS],
	['mailbox', 'getMany', MAILBOXES],
	['sequencer', 'getMany', SEQUENCERS],
	['workspace', 'getMany', WORKSPACES],
	['billing', 'getPricingPlans', PLANS],
	['consentRequest', 'getMany', CONSENT_REQUESTS],
])("the %s picker's list request is the %s entry's", (resource, operation, listing) => {
	const entry = RESOURCES.find((r) => r.value === resource)!.operations.find(
		(o) => o.value === operation,
	)!;
	expect([listing.method, listing.path, listing.workspaceScoped]).toEqual([
		entry.method,
		entry.path,
		entry.workspaceScoped,
	]);
});
