import type { INode } from 'n8n-workflow';

import { useSandbox } from '../support/sandbox';

/**
 * n8n attaches the node, with its parameters, to every error it shows and stores. Secret
 * parameters are blanked there; everything else, and a secret field left empty, is kept as the
 * user set it, so the error still shows what was asked.
 */
const env = useSandbox();

const secret = ['Seq', 'Pass-77'].join('_');

test("an error's node: the password blanked, the empty API key and the other fields as set", async () => {
	env.sandbox.fault('POST /sequencers/add', {
		status: 400,
		body: { error: true, message: 'Could not log in to Smartlead' },
	});
	const { error } = await env.run({
		parameters: {
			resource: 'sequencer',
			operation: 'add',
			name: 'Smartlead main',
			platform: 'smartlead',
			connection: { sequencer_login: 'ops@acme.test', sequencer_password: secret, api_key: '' },
		},
	});
	expect(error?.message).toBe('InboxKit: Could not log in to Smartlead');
	const node = (error as unknown as { node: INode }).node;
	expect(node.parameters).toMatchObject({
		resource: 'sequencer',
		operation: 'add',
		name: 'Smartlead main',
		platform: 'smartlead',
	});
	expect(node.parameters.connection).toEqual({
		sequencer_login: 'ops@acme.test',
		sequencer_password: '__hidden__',
		api_key: '',
	});
	expect(JSON.stringify(error)).not.toContain(secret);
});
