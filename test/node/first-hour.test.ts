/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code reads the examples; the Cloud rules are for shipped code */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { NodeHelpers, type INodeProperties, type INodeTypeDescription } from 'n8n-workflow';

import { InboxKitApi } from '../../credentials/InboxKitApi.credentials';
import { InboxKit } from '../../nodes/InboxKit/InboxKit.node';
import { RESOURCES } from '../../nodes/InboxKit/resources';
import { InboxKitTrigger } from '../../nodes/InboxKitTrigger/InboxKitTrigger.node';

/** What a new user reads in the nodes panel, the node's fields and the examples' notes. */
const node = new InboxKit().description;
const trigger = new InboxKitTrigger().description;

/** Every field, nested ones too, with the texts n8n shows for it and its options. */
function texts(properties: INodeProperties[]): string[] {
	return properties.flatMap((property) => [
		property.displayName,
		property.description ?? '',
		property.hint ?? '',
		...(property.options ?? []).flatMap((option) => {
			if ('values' in option) return texts(option.values);
			if ('type' in option) return texts([option as INodeProperties]);
			const { name, description, action } = option as {
				name: string;
				description?: string;
				action?: string;
			};
			return [name, description ?? '', action ?? ''];
		}),
	]);
}

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const stickyNotes = readdirSync(EXAMPLES)
	.filter((file) => file.endsWith('.json'))
	.flatMap((file) => {
		const workflow = JSON.parse(readFileSync(join(EXAMPLES, file), 'utf8')) as {
			nodes: Array<{ type: string; parameters: { content?: string } }>;
		};
		return workflow.nodes
			.filter((n) => n.type === 'n8n-nodes-base.stickyNote')
			.map((n) => n.parameters.content ?? '');
	});

test('no tooltip or label ends in ".." (a sentence joined to a hint that has its own full stop)', () => {
	const all = [
		...texts(node.properties),
		...texts(trigger.properties),
		...texts(new InboxKitApi().properties),
	];
	expect(all.length).toBeGreaterThan(100);
	expect(all.filter((text) => /(^|[^.])\.\.($|[^.])/.test(text))).toEqual([]);
});

test("Buy's mailbox fields read as an address does: the person, then Username and Domain", () => {
	const mailboxes = node.properties.find(
		(p) => p.name === 'mailboxes' && p.displayOptions?.show?.operation?.includes('buy'),
	)!;
	const [row] = mailboxes.options as Array<{ values: INodeProperties[] }>;
	expect(row.values.map((field) => field.displayName)).toEqual([
		'First Name',
		'Last Name',
		'Username',
		'Domain',
		'Platform',
		'Profile Picture URL',
	]);
});

test("the trigger's events open with mailbox and domain, and read as actions without articles", () => {
	const events = trigger.properties.find((p) => p.name === 'events')!;
	const options = events.options as Array<{ value: string; action?: string }>;
	expect(options.map((o) => o.value)).toEqual([
		'mailbox.status_changed',
		'domain.status_changed',
		'consent_request.status_changed',
		'client_id_request.status_changed',
	]);
	for (const { action } of options) {
		expect(action).toMatch(/^On [a-z]/i);
		expect(action).not.toMatch(/\b(a|an|the)\b/i);
	}
	expect(events.default).toEqual(['domain.status_changed', 'mailbox.status_changed']);
});

test("the nodes panel's one InboxKit entry (n8n shows the trigger's description there) says what both nodes do", () => {
	// n8n's panel merges "X Trigger" into app X and shows the trigger's description for it.
	expect(trigger.description).not.toBe(node.description);
	const shown = trigger.description;
	for (const action of [/domains/, /mailboxes/, /DNS/, /sequencers/]) expect(shown).toMatch(action);
	expect(shown).toMatch(/start workflows when InboxKit reports a mailbox or domain status change/);
	expect(node.description).toMatch(/^Cold email infrastructure/);
});

test('words about turning a workflow on hold for n8n 1.x (Activate) and 2.x (Publish)', () => {
	const said = [
		node.description,
		trigger.description,
		...texts(node.properties),
		...texts(trigger.properties),
		...stickyNotes,
	];
	expect(stickyNotes.length).toBeGreaterThan(4);
	// The verb only: "Activation email received" is one of InboxKit's mailbox statuses.
	const activating = /\b(de)?activat(e|es|ed|ing)\b/i;
	const activationOnly = said.filter((text) => activating.test(text) && !/publish/i.test(text));
	expect(activationOnly).toEqual([]);
});

/** The node's description as n8n serves it: n8n appends "Custom API Call" where none is last. */
function servedByN8n(description: INodeTypeDescription): INodeTypeDescription {
	const properties = description.properties.map((property) => {
		const options = property.options as Array<{ name: string }> | undefined;
		if (!['resource', 'operation'].includes(property.name) || !options) return property;
		if (options[options.length - 1].name === 'Custom API Call') return property;
		return {
			...property,
			options: [...options, { name: 'Custom API Call', value: '__CUSTOM_API_CALL__' }],
		} as INodeProperties;
	});
	return { ...description, properties };
}

test('picking Custom API Call names the node "Custom API call", not "__CUSTOM_API_CALL__ mailbox"', () => {
	const served = servedByN8n(node);
	for (const resource of RESOURCES) {
		const operation = '__CUSTOM_API_CALL__';
		const name = NodeHelpers.makeNodeName({ resource: resource.value, operation }, served);
		expect([resource.value, name]).toEqual([resource.value, 'Custom API call']);
	}
	// The other operations keep their action as the node's name ("Buy mailboxes").
	expect(NodeHelpers.makeNodeName({ resource: 'mailbox', operation: 'buy' }, served)).toBe(
		'Buy mailboxes',
	);
});
