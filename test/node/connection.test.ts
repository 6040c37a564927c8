import type { NodeApiError } from 'n8n-workflow';

import { InboxKitApi } from '../../credentials/InboxKitApi.credentials';
import { runInboxKit } from '../support/n8n';
import { startServer } from '../support/hostile';

/** Network failures in words: which host, whether anything was sent, and what to check. */
const wallet = { resource: 'billing', operation: 'getWallet', requestOptions: { maxTries: 1 } };
const addCredits = { resource: 'billing', operation: 'addCredits', credits: 10 };

async function run(parameters: object, baseUrl: string) {
	return await runInboxKit({
		parameters: parameters as never,
		credentials: { apiToken: ['tok', 'connection'].join('_'), baseUrl },
	});
}

const CHECK =
	'Check the "Base URL" of the InboxKit credential (normally https://api.inboxkit.com), and that the machine running n8n can reach that host (network, firewall, proxy).';

describe('a Base URL nothing listens on', () => {
	test('a read says it could not connect to the host, and what to check', async () => {
		const { error } = await run(wallet, 'http://127.0.0.1:9');
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe('Could not connect to 127.0.0.1:9: the connection was refused');
		expect((error as NodeApiError).description).toBe(
			`GET /billing/wallet (ECONNREFUSED). ${CHECK}`,
		);
	});

	test('a write says it was never sent, so nothing was bought', async () => {
		const { error } = await run(addCredits, 'http://127.0.0.1:9');
		expect(error?.message).toBe('Could not connect to 127.0.0.1:9: the connection was refused');
		expect((error as NodeApiError).description).toBe(
			`POST /billing/wallet/add (ECONNREFUSED). ${CHECK} It never reached InboxKit, so nothing was changed: run it again once the connection works.`,
		);
	});
});

test('a connection reset after the request went out: a write may have been carried out', async () => {
	const server = await startServer((_request, res) => {
		res.socket?.destroy();
	});
	try {
		const { error } = await run(addCredits, server.url);
		expect(error?.message).toBe(
			`The connection to ${server.host} was reset before InboxKit answered`,
		);
		expect((error as NodeApiError).description).toMatch(
			/sent once and not retried.*may have gone through/,
		);
		expect(server.requests).toHaveLength(1);
	} finally {
		await server.close();
	}
});

test("the credential's API Token field says where to find the key in InboxKit", () => {
	const token = new InboxKitApi().properties.find((property) => property.name === 'apiToken');
	expect(token?.description).toMatch(/Settings → API/);
});
