import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { RESOURCES } from '../../nodes/InboxKit/resources';
import { SECRET_KEY } from '../../nodes/InboxKit/transport/redact';
import { useSandbox } from '../support/sandbox';

/**
 * Which lists offer n8n's Simplify switch, as a rule over every list of the node (so a new list
 * is judged too): a list whose records are large must have it. Large: more than 10 fields, or a
 * nested object (a record inside the record, which n8n's table shows as one cell). The records
 * are the ones the sandbox answers with, in the shapes known of InboxKit (API README). Simplified,
 * a record has at most 10 fields, none nested, and never a secret.
 */
const env = useSandbox();

const MAX_FIELDS = 10;

const lists = RESOURCES.flatMap((resource) =>
	resource.operations
		.filter((operation) => operation.list !== undefined)
		.map((operation) => ({
			title: `${resource.name} > ${operation.name}`,
			resource: resource.value,
			operation,
		})),
);

/** What a list needs besides its resource and operation to list anything in the sandbox. */
const EXTRA: Record<string, INodeParameters> = {
	'Mailbox > Check Status': { checkBy: 'domain_uids', domainIds: 'dom_acmemail1, dom_acmeout2' },
};

/** Where the sandbox keeps each simplified list's records, to plant secrets in them. */
const STATE_KEY: Record<string, string> = {
	'Domain > Get Many': 'domains',
	'Mailbox > Get Many': 'mailboxes',
	'Sequencer > Get Many': 'sequencers',
	'Warmup > Get Many': 'warmupSubscriptions',
	'Consent Request > Get Many': 'consentRequests',
};

async function records(
	title: string,
	resource: string,
	operation: string,
	simplify: boolean,
): Promise<IDataObject[]> {
	const { items, error } = await env.run({
		parameters: { resource, operation, returnAll: true, simplify, ...EXTRA[title] },
	});
	expect(error).toBeUndefined();
	return items.map((item) => item.json);
}

const isNestedRecord = (value: unknown) =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

function isLarge(record: IDataObject): boolean {
	return Object.keys(record).length > MAX_FIELDS || Object.values(record).some(isNestedRecord);
}

test('the rule judges every list of the node', () => {
	expect(lists.map((list) => list.title)).toEqual([
		'Client ID Request > Get Many',
		'Cloudflare > Get Many',
		'Consent Request > Get Many',
		'Domain > Get Many',
		'Domain > Get Many Assignable',
		'Mailbox > Check Status',
		'Mailbox > Get Many',
		'Sequencer > Get Export Status',
		'Sequencer > Get Many',
		'Warmup > Get Many',
		'Workspace > Get Many',
	]);
});

describe.each(lists)('$title', ({ title, resource, operation }) => {
	test('has Simplify if its records are large (more than 10 fields, or a nested object)', async () => {
		const raw = await records(title, resource, operation.value, false);
		expect(raw.length).toBeGreaterThan(0);
		if (raw.some(isLarge)) expect(operation.list?.simplify).toBeDefined();
	});

	if (!operation.list?.simplify) return;

	test('simplified (the default): at most 10 fields, none nested', async () => {
		const { items, error } = await env.run({
			parameters: { resource, operation: operation.value, returnAll: true, ...EXTRA[title] },
		});
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThan(0);
		for (const { json } of items) {
			expect(Object.keys(json).length).toBeLessThanOrEqual(MAX_FIELDS);
			expect(Object.values(json).filter(isNestedRecord)).toEqual([]);
			expect(json.uid).toEqual(expect.any(String));
		}
	});

	test('simplified: no secret, also where InboxKit puts one in the record', async () => {
		const key = STATE_KEY[title];
		expect(key).toBeDefined();
		// A made-up value under each secret-looking key InboxKit might use.
		const secrets = Object.fromEntries(
			['password', 'app_password', 'api_key', 'secret', 'token'].map((name) => [
				name,
				`planted ${name} 0001`,
			]),
		);
		const state = env.sandbox.state as unknown as Record<string, IDataObject[]>;
		const planted = state[key].map((record) => ({
			...record,
			...secrets,
			// A record inside the record (a warmup's or consent request's mailbox) too.
			mailbox: isNestedRecord(record.mailbox)
				? { ...(record.mailbox as IDataObject), ...secrets }
				: record.mailbox,
		}));
		env.sandbox.reset({ [key]: planted });
		const raw = JSON.stringify(await records(title, resource, operation.value, false));
		// Unsimplified, InboxKit's record comes through, secrets and all (the sandbox keeps those
		// its route keeps): the check below has something to catch.
		expect(Object.values(secrets).filter((value) => raw.includes(value))).not.toEqual([]);
		const simplified = await records(title, resource, operation.value, true);
		const text = JSON.stringify(simplified);
		for (const value of Object.values(secrets)) expect(text).not.toContain(value);
		for (const record of simplified)
			expect(Object.keys(record).filter((field) => SECRET_KEY.test(field))).toEqual([]);
	});
});
