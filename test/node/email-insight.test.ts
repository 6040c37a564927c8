import { describeOperationCases, type OperationCase } from '../support/operationCases';
import { useSandbox } from '../support/sandbox';

/** Email insights through n8n against the sandbox: exact requests, health's `data` flattened. */
const env = useSandbox();

const get = (operation: string, path: string, extra = {}): Omit<OperationCase, 'output'> => ({
	title: operation,
	parameters: { resource: 'emailInsight', operation, ...extra },
	request: { method: 'GET', path },
});

const cases: OperationCase[] = [
	{
		...get('getMailboxHealth', '/email-insights/mailbox/mbx_john02/health', {
			mailboxId: { mode: 'list', value: 'mbx_john02' },
		}),
		output: ([json]) =>
			// "inactive" is activity: john.roe is active in InboxKit, but sent nothing this week.
			expect(json).toEqual({
				mailbox_uid: 'mbx_john02',
				success: true,
				status: 'inactive',
				bounce_rate_30d: 0,
				total_7d: 0,
				total_30d: 12,
				last_event_at: '2026-11-18T08:00:00.000Z',
			}),
	},
	{
		...get('getMailboxStats', '/email-insights/mailbox/mbx_jane01/stats', {
			mailboxId: 'mbx_jane01',
		}),
		output: ([json]) =>
			expect(json).toEqual({
				mailbox_uid: 'mbx_jane01',
				message: 'Mailbox stats',
				sent_7d: 140,
				sent_30d: 610,
			}),
	},
	{
		...get('getWorkspaceOverview', '/email-insights/workspace/overview'),
		output: ([json]) => expect(json).toMatchObject({ mailboxes: 3, total_7d: 235 }),
	},
	{
		...get('getMailboxesHealth', '/email-insights/workspace/mailboxes-health'),
		output: ([json]) => expect(json.data).toHaveLength(3),
	},
	{
		...get('getHighBounceMailboxes', '/email-insights/workspace/high-bounce-mailboxes'),
		output: ([json]) =>
			expect(json.data).toEqual([expect.objectContaining({ mailbox_uid: 'mbx_sam03' })]),
	},
	{
		...get('getActivity', '/email-insights/workspace/activity'),
		output: ([json]) => expect(json.data).toHaveLength(3),
	},
];

describeOperationCases(env, ['emailInsight'], cases);

test("Get Mailbox Health of an unknown mailbox: InboxKit's 404, named", async () => {
	const { error } = await env.run({
		parameters: {
			resource: 'emailInsight',
			operation: 'getMailboxHealth',
			mailboxId: 'mbx_gone99',
		},
	});
	expect(error?.message).toBe('InboxKit: Mailbox not found');
	expect((error as { description?: string }).description).toMatch(
		/^GET \/email-insights\/mailbox\/mbx_gone99\/health answered 404/,
	);
});

test('Get Mailbox Health by email looks the mailbox up first, then asks for its health', async () => {
	const { items, error } = await env.run({
		parameters: {
			resource: 'emailInsight',
			operation: 'getMailboxHealth',
			mailboxId: { mode: 'email', value: 'sam.poe@acmeoutreach.net' },
		},
	});
	expect(error).toBeUndefined();
	expect(env.sandbox.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
		'POST /mailboxes/list',
		'GET /email-insights/mailbox/mbx_sam03/health',
	]);
	expect(items[0].json).toMatchObject({ mailbox_uid: 'mbx_sam03', bounce_rate_30d: 7.4 });
});
