import { runInboxKit } from '../support/n8n';
import { json, startServer, type TestServer } from '../support/hostile';

/**
 * Which values are hidden when InboxKit quotes them back in a message: the token and every
 * secret the call sent, from four characters on (shorter ones would garble every message),
 * and a secret that contains another is hidden whole. (echoed-secrets.test.ts covers the
 * written forms and every place an error is kept.)
 */
let server: TestServer;
let quoted: string;

beforeAll(async () => {
	// Quotes the value it is told to, as a validation message would.
	server = await startServer((_request, res) =>
		json(res, 422, { error: true, message: `${quoted} was rejected` }),
	);
});
afterAll(async () => server.close());

async function messageFor(apiToken: string, apiKey?: string): Promise<string | undefined> {
	const parameters =
		apiKey === undefined
			? { resource: 'billing', operation: 'getWallet' }
			: {
					resource: 'sequencer',
					operation: 'update',
					sequencerId: 'seq_inst02',
					updateFields: { api_key: apiKey },
				};
	const { error } = await runInboxKit({
		parameters: parameters as never,
		credentials: { apiToken, baseUrl: server.url, workspaceId: 'ws_main01' },
	});
	return error?.message;
}

describe('the token', () => {
	test('of four characters is hidden', async () => {
		quoted = 'tok4';
		expect(await messageFor('tok4')).toBe('InboxKit: __hidden__ was rejected');
	});

	test('of three is left as is', async () => {
		quoted = 'tk3';
		expect(await messageFor('tk3')).toBe('InboxKit: tk3 was rejected');
	});
});

describe("a sequencer's API key sent in the body", () => {
	test('of four characters is hidden', async () => {
		quoted = 'key4';
		expect(await messageFor('tok_edges_1', 'key4')).toBe('InboxKit: __hidden__ was rejected');
	});

	test('of three is left as is', async () => {
		quoted = 'ky3';
		expect(await messageFor('tok_edges_1', 'ky3')).toBe('InboxKit: ky3 was rejected');
	});

	test('that contains the token is hidden whole', async () => {
		quoted = 'tok_edges_1/and/more';
		expect(await messageFor('tok_edges_1', 'tok_edges_1/and/more')).toBe(
			'InboxKit: __hidden__ was rejected',
		);
	});
});
