import { useSandbox } from '../support/sandbox';

/** The runner's own answers: what a user sees when the node itself, not InboxKit, says no. */
const env = useSandbox();

test('an operation the node does not know (a workflow saved by another version) is named', async () => {
	const { error } = await env.run({ parameters: { resource: 'billing', operation: 'refund' } });
	expect(error?.message).toBe(
		'The operation "refund" of resource "billing" is not known to this node',
	);
	expect(env.sandbox.requests).toHaveLength(0);
});

describe('Continue On Fail error items hold what the error has, and nothing else', () => {
	test('a field error: only its message', async () => {
		const { items, error } = await env.run({
			parameters: { resource: 'billing', operation: 'getWallet', requestOptions: { maxTries: 0 } },
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json)).toStrictEqual([
			{ error: 'The "Max Tries for Reads" field must be between 1 and 10, but got 0' },
		]);
	});

	test("InboxKit's refusal: message, description and HTTP code", async () => {
		const { items } = await env.run({
			parameters: { resource: 'billing', operation: 'getWallet' },
			credentials: { apiToken: 'wrong-token-456' },
			continueOnFail: true,
		});
		expect(items.map((item) => item.json)).toStrictEqual([
			{
				error: 'InboxKit did not accept the API token',
				description:
					'InboxKit said: "jwt malformed". GET /billing/wallet answered 401. Check the API token in the InboxKit credential: it is missing, mistyped or revoked.',
				httpCode: '401',
			},
		]);
	});
});

/**
 * The node's own settings (Simplify, Request Options) are read once for a run when they hold no
 * expression, as n8n would give every item the same value; an expression is still resolved for
 * each item, and a wrong value still fails every item it reaches.
 */
describe("the node's settings: an expression per item, a plain value for all", () => {
	const jane = { uid: 'mbx_jane01' };
	const mailboxId = '={{ $json.uid }}';

	test('Simplify given by an expression applies to each item as resolved for it', async () => {
		const { items, error } = await env.run({
			parameters: { resource: 'mailbox', operation: 'get', mailboxId, simplify: '={{ $json.s }}' },
			items: [
				{ ...jane, s: true },
				{ ...jane, s: false },
				{ ...jane, s: true },
			],
		});
		expect(error).toBeUndefined();
		const [first, second, third] = items.map((item) => item.json);
		expect(first.email).toBe('jane.doe@acme-mail.com');
		expect(second.email).toBeUndefined();
		expect(Object.keys(second).length).toBeGreaterThan(Object.keys(first).length);
		expect(third).toStrictEqual(first);
		expect(items.map((item) => item.pairedItem)).toStrictEqual([
			{ item: 0 },
			{ item: 1 },
			{ item: 2 },
		]);
	});

	test('a Request Option given by an expression is checked for each item as resolved for it', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'get',
				mailboxId,
				requestOptions: { timeout: '={{ $json.t }}' },
			},
			items: [
				{ ...jane, t: 30 },
				{ ...jane, t: 0 },
				{ ...jane, t: 30 },
			],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.pairedItem, item.json.error ?? item.json.uid])).toStrictEqual([
			[{ item: 0 }, 'mbx_jane01'],
			[{ item: 1 }, 'The "Timeout (Seconds)" field must be between 1 and 300, but got 0'],
			[{ item: 2 }, 'mbx_jane01'],
		]);
		expect(env.sandbox.requests).toHaveLength(2);
	});

	test('a plain wrong Request Option fails every item, each paired with its own', async () => {
		const { items, error } = await env.run({
			parameters: {
				resource: 'mailbox',
				operation: 'get',
				mailboxId,
				requestOptions: { maxTries: 11 },
			},
			items: [jane, jane, jane],
			continueOnFail: true,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.pairedItem, item.json])).toStrictEqual(
			[0, 1, 2].map((item) => [
				{ item },
				{ error: 'The "Max Tries for Reads" field must be between 1 and 10, but got 11' },
			]),
		);
		expect(env.sandbox.requests).toHaveLength(0);
	});
});
