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
