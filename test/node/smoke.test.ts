/* eslint-disable */
import { runInboxKit } from '../support/n8n';
const { startSandbox } = require('../sandbox/server');

let sandbox: any;
beforeAll(async () => (sandbox = await startSandbox()));
afterAll(async () => sandbox.close());

test('smoke', async () => {
	const result = await runInboxKit({
		parameters: { resource: 'account', operation: 'get' },
		credentials: { apiToken: sandbox.token, baseUrl: sandbox.url },
	});
	console.log(JSON.stringify(result.items), result.error);
	console.log(sandbox.requests.map((r: any) => [r.method, r.path, r.headers.authorization]));
});
