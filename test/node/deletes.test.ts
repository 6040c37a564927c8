import type { INodeParameters } from 'n8n-workflow';

import { useSandbox } from '../support/sandbox';

/** Deletes and removes output what n8n's guidelines ask: `deleted: true`, and what was deleted. */
const env = useSandbox();

test.each<[string, INodeParameters, Record<string, unknown>]>([
	[
		'Workspace > Delete',
		{
			resource: 'workspace',
			operation: 'delete',
			workspaceUid: { __rl: true, mode: 'id', value: 'ws_agency2' },
		},
		{ uid: 'ws_agency2' },
	],
	[
		'Sequencer > Delete',
		{ resource: 'sequencer', operation: 'delete', sequencerIds: 'seq_smart01' },
		{ uids: ['seq_smart01'] },
	],
	[
		'DNS > Delete Records',
		{
			resource: 'dns',
			operation: 'delete',
			domain: { __rl: true, mode: 'id', value: 'dom_acmemail1' },
			recordIds: '60f7b8c9e4b0b8c9e4b0b8c2',
		},
		{ uid: 'dom_acmemail1', record_ids: ['60f7b8c9e4b0b8c9e4b0b8c2'] },
	],
	[
		'Domain > Remove DMARC',
		{
			resource: 'domain',
			operation: 'removeDmarc',
			domain: { __rl: true, mode: 'name', value: 'getacme.org' },
		},
		{ domain: 'getacme.org' },
	],
])('%s outputs deleted: true first, with what was deleted', async (_title, parameters, asked) => {
	const { items, error } = await env.run({ parameters });
	expect(error).toBeUndefined();
	expect(items).toHaveLength(1);
	expect(Object.keys(items[0].json)[0]).toBe('deleted');
	expect(items[0].json).toMatchObject({ deleted: true, ...asked });
});

/**
 * Removes that send many targets in one request (and, with Combine Input Items, the targets of
 * many input items): one output per target, paired with the item that named it, so one per
 * input item when each names one target; `deleted: true` first where InboxKit reports it.
 */
describe('combined removes output deleted: true per target, paired with its item', () => {
	test.each<[string, INodeParameters, Array<Record<string, unknown>>]>([
		[
			'Domain > Remove (Combine Input Items)',
			{ resource: 'domain', operation: 'remove', domains: '={{ $json.t }}', combineItems: true },
			[
				{
					deleted: true,
					name: 'acmeoutreach.net',
					uid: 'dom_acmeout2',
					previous_status: 'active',
					new_status: 'cancelled',
					outcome: 'updated',
				},
				{
					deleted: true,
					name: 'acme-connect.io',
					uid: 'dom_acmeconn3',
					previous_status: 'pending',
					new_status: 'deleted',
					outcome: 'deleted',
				},
			],
		],
		[
			'Domain > Remove Email Forwarding (Combine Input Items)',
			{
				resource: 'domain',
				operation: 'removeEmailForwarding',
				mailboxIds: '={{ $json.t }}',
				combineItems: true,
			},
			[
				{ deleted: true, uid: 'mb_sales01', message: 'Email forwarding removed' },
				{ deleted: true, uid: 'mb_ops02', message: 'Email forwarding removed' },
			],
		],
		[
			'Domain > Remove Catch-All',
			{ resource: 'domain', operation: 'removeCatchAll', domainIds: '={{ $json.t }}' },
			[
				{ deleted: true, uid: 'dom_acmemail1', message: 'Catch-all email removed' },
				{ deleted: true, uid: 'dom_acmeout2', message: 'Catch-all email removed' },
			],
		],
	])('%s', async (title, parameters, expected) => {
		env.sandbox.reset({ emailForwarding: { mb_sales01: 'a@acme.test', mb_ops02: 'b@acme.test' } });
		const targets = expected.map((record) => String(record.name ?? record.uid));
		const { items, error } = await env.run({
			parameters,
			items: targets.map((t) => ({ t })),
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toEqual(expected);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		for (const item of items) expect(Object.keys(item.json)[0]).toBe('deleted');
		if (title.includes('Combine')) expect(env.sandbox.requests).toHaveLength(1);
	});

	test('an item naming several targets gets one output per target, in the order given', async () => {
		const { items } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'removeCatchAll',
				domainIds: 'dom_acmeout2, dom_acmemail1',
			},
		});
		expect(items.map((item) => [item.json.deleted, item.json.uid, item.pairedItem])).toEqual([
			[true, 'dom_acmeout2', { item: 0 }],
			[true, 'dom_acmemail1', { item: 0 }],
		]);
	});

	test('a target the answer leaves out of the ones it names: deleted: false, and why', async () => {
		env.sandbox.fault('POST /domains/remove', {
			status: 200,
			body: {
				error: false,
				message: 'Domains removed',
				result: {
					deleted: [{ name: 'acme-connect.io', uid: 'dom_acmeconn3', new_status: 'deleted' }],
					updated: [],
				},
			},
		});
		const { items, error } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'remove',
				domains: '={{ $json.t }}',
				combineItems: true,
			},
			items: [{ t: 'acme-connect.io' }, { t: 'acmeoutreach.net' }],
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json, item.pairedItem])).toEqual([
			[
				{
					deleted: true,
					name: 'acme-connect.io',
					uid: 'dom_acmeconn3',
					new_status: 'deleted',
					outcome: 'deleted',
				},
				{ item: 0 },
			],
			[
				{
					deleted: false,
					name: 'acmeoutreach.net',
					reason: 'InboxKit\'s answer does not name this domain ("Domains removed")',
				},
				{ item: 1 },
			],
		]);
	});

	test("an answer that names no target (a message only): each target deleted, with InboxKit's message", async () => {
		env.sandbox.fault('POST /mailboxes/forwarding/remove', {
			status: 200,
			body: { error: false, message: 'Forwarding removal queued' },
		});
		const { items } = await env.run({
			parameters: {
				resource: 'domain',
				operation: 'removeEmailForwarding',
				mailboxIds: 'mb_sales01, mb_ops02',
			},
		});
		expect(items.map((item) => item.json)).toEqual([
			{ deleted: true, uid: 'mb_sales01', message: 'Forwarding removal queued' },
			{ deleted: true, uid: 'mb_ops02', message: 'Forwarding removal queued' },
		]);
	});
});
