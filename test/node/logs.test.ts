// First: it turns n8n's logging up before the harness builds n8n's logger.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { capturedLogs } = require('../support/verbose-n8n-logs') as {
	capturedLogs: { text: () => string; clear: () => void };
};

import { useSandbox } from '../support/sandbox';

/**
 * The token and the secrets users type never reach n8n's log, even at its most verbose level,
 * whatever goes wrong. (Errors and output items are searched in reliability.test.ts and in the
 * Mailbox and Sequencer suites.)
 */
const env = useSandbox();

const token = ['sk', 'live', 'LOGGED', 'token', '77'].join('_');
const password = ['Never', 'Logged', 'Pass', '99'].join('-');
const apiKey = ['sl', 'key', 'never', 'logged'].join('-');
const wallet = { resource: 'billing', operation: 'getWallet' };

beforeEach(() => capturedLogs.clear());

test.each([
	[
		'a 401 answer for a wrong token',
		{ parameters: wallet, credentials: { apiToken: token } },
		undefined,
	],
	[
		'a connection reset',
		{
			parameters: { ...wallet, requestOptions: { maxTries: 1 } },
			credentials: { apiToken: token },
		},
		{ key: 'GET /billing/wallet', fault: { reset: true } },
	],
	[
		'a failed Change Password',
		{
			parameters: {
				resource: 'mailbox',
				operation: 'changePassword',
				mailboxId: 'mbx_jane01',
				newPassword: password,
			},
		},
		{ key: 'POST /mailboxes/change-password', fault: { status: 500 } },
	],
	[
		'a failed Add Sequencer',
		{
			parameters: {
				resource: 'sequencer',
				operation: 'add',
				name: 'Smartlead',
				platform: 'smartlead',
				connection: { api_key: apiKey, sequencer_password: password },
			},
		},
		{
			key: 'POST /sequencers/add',
			fault: { status: 400, body: { error: true, message: 'Could not sign in' } },
		},
	],
])('%s', async (_title, options, scripted) => {
	if (scripted) env.sandbox.fault(scripted.key, scripted.fault);
	const { error } = await env.run(options);
	expect(error).toBeDefined();

	const logs = capturedLogs.text();
	// n8n did log the run and its failure, so the search below had something to search.
	expect(logs).toContain('Running node \\"InboxKit\\" finished with error');
	expect(logs).toContain(error!.message);
	for (const secret of [token, password, apiKey]) expect(logs).not.toContain(secret);
});
