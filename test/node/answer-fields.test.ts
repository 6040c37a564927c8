import { useSandbox } from '../support/sandbox';

/**
 * What a write's output shows: InboxKit's answer, with what was asked filled in only where the
 * answer leaves it out (InboxKit often answers with a message only).
 */
const env = useSandbox();

const cancelTwo = {
	resource: 'mailbox',
	operation: 'cancel',
	mailboxIds: 'mbx_jane01, mbx_john02',
};

test('a message-only answer: the output names the mailboxes that were sent', async () => {
	const { items, error } = await env.run({ parameters: cancelTwo });
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json)).toEqual([
		{ message: 'Mailbox scheduled for cancellation', uids: ['mbx_jane01', 'mbx_john02'] },
	]);
});

test('an answer that names the mailboxes itself is shown as InboxKit gave it', async () => {
	env.sandbox.fault('POST /mailboxes/cancel', {
		status: 200,
		body: { error: false, message: 'Mailbox scheduled for cancellation', uids: ['mbx_jane01'] },
	});
	const { items, error } = await env.run({ parameters: cancelTwo });
	expect(error).toBeUndefined();
	expect(items.map((i) => i.json)).toEqual([
		{ message: 'Mailbox scheduled for cancellation', uids: ['mbx_jane01'] },
	]);
});
