import type { NodeApiError } from 'n8n-workflow';

import { useSandbox } from '../support/sandbox';

/**
 * InboxKit always answers a JSON object. Anything else (a list, a bare value, records that are
 * not objects, data nested without end) is a clear error, not output that breaks n8n later.
 */
const env = useSandbox();

const wallet = { resource: 'billing', operation: 'getWallet', requestOptions: { maxTries: 1 } };
const domains = { resource: 'domain', operation: 'getMany', returnAll: true };

describe('an answer that is JSON but not an object', () => {
	test.each([
		['a list', '[1, 2, 3]'],
		['null', 'null'],
		['a number', '42'],
		['text', '"ok"'],
		['true or false', 'true'],
	])('%s', async (what, raw) => {
		env.sandbox.fault('GET /billing/wallet', { status: 200, raw });
		const { error, items } = await env.run({ parameters: wallet });
		expect(items).toHaveLength(0);
		expect(error?.name).toBe('NodeApiError');
		expect(error?.message).toBe(
			`InboxKit answered GET /billing/wallet with JSON that is not an object (${what})`,
		);
	});

	test('for a write, the error says it may have been carried out', async () => {
		env.sandbox.fault('POST /billing/wallet/add', { status: 200, raw: '[]' });
		const { error } = await env.run({
			parameters: { resource: 'billing', operation: 'addCredits', credits: 10 },
		});
		expect(error?.message).toBe(
			'InboxKit answered POST /billing/wallet/add with JSON that is not an object (a list)',
		);
		expect((error as NodeApiError).description).toMatch(/may have gone through/);
	});
});

describe('records that are not objects', () => {
	test.each([
		['a number', [{ uid: 'dom_a1' }, 1, 'x', null], 2, 'a number'],
		['text', [{ uid: 'dom_a1' }, { uid: 'dom_b2' }, 'x'], 3, 'text'],
		['null', [null], 1, 'null'],
		['a list', [[{ uid: 'dom_a1' }]], 1, 'a list'],
	])('%s', async (_title, records, position, what) => {
		env.sandbox.fault('POST /domains/list', {
			status: 200,
			body: { error: false, domains: records, total: records.length, pages: 1 },
		});
		const { error, items } = await env.run({ parameters: domains });
		expect(items).toHaveLength(0);
		expect(error?.message).toBe(
			`InboxKit answered POST /domains/list with a record that is not an object (record ${position}: ${what})`,
		);
	});
});

describe('nesting', () => {
	/** `depth` objects, each inside the one before, as JSON text (too deep for JSON.stringify). */
	const nested = (depth: number) => `${'{"a":'.repeat(depth)}"bottom"${'}'.repeat(depth)}`;

	test('an answer nested 5,000 levels deep is refused', async () => {
		env.sandbox.fault('GET /billing/wallet', {
			status: 200,
			raw: `{"error": false, "wallet": ${nested(5000)}}`,
		});
		const { error, items, run } = await env.run({ parameters: wallet });
		expect(items).toHaveLength(0);
		expect(error?.message).toBe(
			'InboxKit answered GET /billing/wallet with data nested deeper than 64 levels',
		);
		// What n8n stores of the run serialises.
		expect(() => JSON.stringify(run)).not.toThrow();
	});

	test('a record nested too deep is refused too', async () => {
		env.sandbox.fault('POST /domains/list', {
			status: 200,
			raw: `{"error": false, "domains": [{"uid": "dom_a1", "x": ${nested(100)}}], "pages": 1}`,
		});
		const { error } = await env.run({ parameters: domains });
		expect(error?.message).toBe(
			'InboxKit answered POST /domains/list with data nested deeper than 64 levels',
		);
	});

	test('64 levels are fine', async () => {
		// The answer object is level 1, so 63 objects inside it make 64 levels.
		env.sandbox.fault('GET /billing/wallet', {
			status: 200,
			raw: `{"error": false, "wallet": ${nested(63)}}`,
		});
		const { error, items } = await env.run({ parameters: wallet });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
	});

	test('65 levels are not', async () => {
		env.sandbox.fault('GET /billing/wallet', {
			status: 200,
			raw: `{"error": false, "wallet": ${nested(64)}}`,
		});
		const { error } = await env.run({ parameters: wallet });
		expect(error?.message).toMatch(/nested deeper than 64 levels/);
	});
});
