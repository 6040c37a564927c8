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
