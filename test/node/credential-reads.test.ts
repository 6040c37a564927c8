import { manyDomains } from '../support/bulk';
import type { RunResult } from '../support/n8n';
import { useSandbox } from '../support/sandbox';

/**
 * n8n reads a credential from its database and decrypts it each time a node asks for it. A run
 * of the node asks once, however many items and pages it has, and signs every request with
 * what it read.
 */
const env = useSandbox();

/** The run gave `outputs` items from `requests` requests, all signed, after one credential read. */
function expectOneRead(result: RunResult, outputs: number, requests: number) {
	expect(result.error).toBeUndefined();
	expect(result.items).toHaveLength(outputs);
	expect(env.sandbox.requests).toHaveLength(requests);
	for (const request of env.sandbox.requests)
		expect(request.headers.authorization).toBe(`Bearer ${env.sandbox.token}`);
	expect(result.credentialReads).toBe(1);
}

test('20 Gets read the credential once, and every request is signed with it', async () => {
	const result = await env.run({
		parameters: { resource: 'mailbox', operation: 'get', mailboxId: '={{ $json.uid }}' },
		items: Array.from({ length: 20 }, () => ({ uid: 'mbx_jane01' })),
	});
	expectOneRead(result, 20, 20);
});

test('Return All of 3 pages reads the credential once', async () => {
	env.sandbox.reset({ domains: manyDomains(250) });
	const result = await env.run({
		parameters: { resource: 'domain', operation: 'getMany', returnAll: true },
	});
	expectOneRead(result, 250, 3);
});

test('a read that fails and is sent again reads the credential once', async () => {
	env.sandbox.fault('GET /mailboxes/details', { status: 503 });
	const result = await env.run({
		parameters: { resource: 'mailbox', operation: 'get', mailboxId: 'mbx_jane01' },
	});
	expectOneRead(result, 1, 2);
});

test('a wrong token is still refused by InboxKit with the token read once', async () => {
	const { error, credentialReads } = await env.run({
		parameters: { resource: 'mailbox', operation: 'get', mailboxId: 'mbx_jane01' },
		credentials: { apiToken: 'wrong-token' },
	});
	expect(error?.message).toMatch(/401|token|Unauthori/i);
	expect(error?.message).not.toContain('wrong-token');
	expect(credentialReads).toBe(1);
});
