import { runAsTool } from '../support/n8n';
import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/** The node called by an AI agent as a tool, through n8n-core's tool runner. */
const env = useSandbox();

const credentials = () => ({
	apiToken: env.sandbox.token,
	baseUrl: env.sandbox.url,
	workspaceId: DEFAULT_WORKSPACE,
});

const count = (text: string, part: string) => text.split(part).length - 1;

test('a bad field gives the agent its message and hint once, not twice', async () => {
	const { error } = await runAsTool(
		{ resource: 'mailbox', operation: 'get', mailboxId: 'mbx 1' },
		credentials(),
	);
	const hint = 'IDs are letters, digits, "-" and "_" only';
	expect(error?.message).toMatch(/^The "Mailbox" field holds "mbx 1", which is not an InboxKit ID/);
	// What n8n shows of a tool's error: the message, and the description under it.
	const shown = [error?.message, error?.description].filter(Boolean).join('\n');
	expect(count(shown, hint)).toBe(1);
	expect(env.sandbox.requests).toHaveLength(0);
});

test('with Continue On Fail, the agent gets the error item with the hint once', async () => {
	const { answer } = await runAsTool(
		{ resource: 'mailbox', operation: 'get', mailboxId: 'mbx 1' },
		credentials(),
		{ continueOnFail: true },
	);
	const [item] = JSON.parse(answer!) as Array<{ error: string; description?: string }>;
	expect(item.error).toMatch(/^The "Mailbox" field holds "mbx 1"/);
	expect(count(JSON.stringify(item), 'IDs are letters, digits')).toBe(1);
});

test('a picked mailbox works the same when an agent calls the node', async () => {
	const { answer, error } = await runAsTool(
		{
			resource: 'mailbox',
			operation: 'get',
			mailboxId: { __rl: true, mode: 'email', value: 'sam.poe@acmeoutreach.net' },
		},
		credentials(),
	);
	expect(error).toBeUndefined();
	expect(JSON.parse(answer!)[0]).toMatchObject({ uid: 'mbx_sam03' });
});

test("InboxKit's own error reaches the agent with its hint once", async () => {
	const { error } = await runAsTool(
		{ resource: 'mailbox', operation: 'get', mailboxId: 'mbx_nope99' },
		credentials(),
	);
	expect(error?.message).toMatch(/^InboxKit: /);
	const shown = [error?.message, error?.description].filter(Boolean).join('\n');
	const hint = 'InboxKit does not know this ID';
	expect(shown).toContain(hint);
	expect(count(shown, hint)).toBe(1);
});
