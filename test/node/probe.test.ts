/* eslint-disable @typescript-eslint/no-require-imports -- the probe is a plain JS script */
import { isSentOnce } from '../../nodes/InboxKit/operation';
import type { InboxKitResource } from '../../nodes/InboxKit/operation';
import { RESOURCES } from '../../nodes/InboxKit/resources';
import { useSandbox } from '../support/sandbox';

/** `npm run probe` (scripts/probe.js): which routes InboxKit knows, without changing anything. */
interface Row {
	resource: string;
	operation: string;
	request: string;
	evidence: string;
	result: string;
	answer: string;
}
const { probeRoutes, renderReport } = require('../../scripts/probe') as {
	probeRoutes: (options: {
		resources: unknown;
		baseUrl: string;
		token: string;
		workspaceId?: string;
	}) => Promise<Row[]>;
	renderReport: (rows: Row[], target: string) => string;
};

const env = useSandbox();
const probe = async (resources: unknown = RESOURCES, token = env.sandbox.token) =>
	await probeRoutes({ resources, baseUrl: env.sandbox.url, token });

const SKIPPED = 'skipped (would change data)';

test('against the sandbox every route it sends to exists, and nothing that changes data is sent', async () => {
	const rows = await probe();
	const operations = RESOURCES.flatMap((r) => r.operations);
	expect(rows).toHaveLength(operations.length);
	expect(rows.filter((r) => r.result !== SKIPPED && r.result !== 'exists')).toEqual([]);

	// Purchases, cancellations, removals, deletions, repairs, pauses, connections and initiations
	// are never sent.
	const skipped = rows
		.filter((r) => r.result === SKIPPED)
		.map((r) => `${r.resource} > ${r.operation}`);
	expect(skipped).toEqual(
		expect.arrayContaining([
			'Billing > Add Credits',
			'Billing > Cancel Subscription',
			'Billing > Change Plan',
			'Billing > Update Auto Top-Up',
			'Client ID Request > Initiate',
			'Cloudflare > Connect Domains',
			'Consent Request > Initiate',
			'DNS > Delete Records',
			'DNS > Repair',
			'Domain > Register',
			'Domain > Remove',
			'Domain > Remove Catch-All',
			'Domain > Remove DMARC',
			'Domain > Remove Email Forwarding',
			'Mailbox > Buy',
			'Mailbox > Cancel',
			'Mailbox > Uncancel',
			'Order > Place Order',
			'Sequencer > Delete',
			'Warmup > Add',
			'Warmup > Cancel',
			'Warmup > Pause',
			'Workspace > Delete',
		]),
	);
	for (const operation of operations.filter((o) => isSentOnce(o) || o.method === 'DELETE')) {
		expect(rows.find((r) => r.request === `${operation.method} ${operation.path}`)?.result).toBe(
			SKIPPED,
		);
	}
	const sent = new Set(env.sandbox.requests.map((r) => `${r.method} ${r.path}`));
	for (const row of rows.filter((r) => r.result === SKIPPED))
		expect(sent).not.toContain(row.request);
	// The writes it does send carry an empty body (or only a page): the sandbox's state is unchanged.
	expect(env.sandbox.state).toEqual(
		(require('../sandbox/state') as { seedState: () => unknown }).seedState(),
	);
});

test("InboxKit's gateway 404 for a route it does not know is reported as unknown", async () => {
	const ghost: InboxKitResource = {
		value: 'ghost',
		name: 'Ghost',
		description: '',
		defaultOperation: 'get',
		operations: [
			{
				value: 'get',
				name: 'Get',
				action: 'Get a ghost',
				description: '',
				docs: 'https://docs.inboxkit.com/',
				evidence: 'assumed',
				method: 'GET',
				path: '/mailboxes/ghosts',
				workspaceScoped: true,
			},
		],
	};
	env.sandbox.hide('POST /mailboxes/change-username');
	const rows = await probe([ghost, RESOURCES.find((r) => r.value === 'mailbox')]);
	expect(rows[0]).toMatchObject({
		request: 'GET /mailboxes/ghosts',
		result: 'unknown',
		answer: '404 Not found',
	});
	expect(rows.find((r) => r.operation === 'Change Username')).toMatchObject({
		result: 'unknown',
		answer: '404 Not found',
	});
	// A wrong ID in the path is InboxKit's own 404: the route exists.
	expect(rows.find((r) => r.operation === 'Update Profile Picture')).toMatchObject({
		request: 'POST /mailboxes/{uid}/profile-picture',
		result: 'exists',
		answer: '404 Mailbox not found',
	});
});

test('a token InboxKit rejects is reported as such, and the report is a table to paste', async () => {
	const rows = await probe(
		RESOURCES.filter((r) => r.value === 'account'),
		'not-the-token',
	);
	expect(rows).toEqual([
		{
			resource: 'Account',
			operation: 'Get',
			request: 'GET /account',
			evidence: 'docs',
			result: 'auth failed',
			answer: '401 jwt malformed',
		},
	]);
	const report = renderReport(rows, 'the sandbox');
	expect(report).toContain('| Resource | Operation | Request | Evidence | Result | Answer |');
	expect(report).toContain(
		'| Account | Get | `GET /account` | docs | auth failed | 401 jwt malformed |',
	);
	expect(report).not.toContain('not-the-token');
});
