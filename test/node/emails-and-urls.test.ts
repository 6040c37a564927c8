import type { NodeOperationError } from 'n8n-workflow';

import { useSandbox, type INodeParameters } from '../support/sandbox';

/**
 * Email addresses and web URLs as users paste them, at the edges of what is accepted: what is
 * sent, or the whole error naming the field. The rules are shared by every such field
 * (shared/validate.ts); Set DMARC's "Report Email" and Update Profile Picture's "Picture URL"
 * stand for them.
 */
const env = useSandbox();

const setDmarc = (rua: string): INodeParameters => ({
	resource: 'domain',
	operation: 'setDmarc',
	domain: 'acme-mail.com',
	policy: 'none',
	rua,
});
const updatePicture = (pictureUrl: string): INodeParameters => ({
	resource: 'mailbox',
	operation: 'updateProfilePicture',
	mailboxId: 'mbx_jane01',
	pictureUrl,
});

const errorOf = async (parameters: INodeParameters) => {
	const { error } = await env.run({ parameters });
	expect(env.sandbox.requests).toHaveLength(0);
	return [error?.message, (error as NodeOperationError | undefined)?.description];
};

describe('an email address', () => {
	test.each([
		['a one-letter name before the @', 'a@acme.test', 'a@acme.test'],
		[
			'a name of 64 characters, the most allowed',
			`${'r'.repeat(64)}@acme.test`,
			`${'r'.repeat(64)}@acme.test`,
		],
		['a trailing dot after the domain, dropped', 'reports@Acme.test.', 'reports@acme.test'],
	])('sent: %s', async (_title, rua, sent) => {
		await env.run({ parameters: setDmarc(rua) });
		expect(env.sandbox.calls('POST /domains/dmarc').map((call) => call.body)).toEqual([
			{ domain: 'acme-mail.com', policy: 'none', rua: sent },
		]);
	});

	test('with spaces around it in a collection field (Register: DMARC Email) is sent trimmed', async () => {
		await env.run({
			parameters: {
				resource: 'domain',
				operation: 'register',
				domains: 'good-one.com',
				registerOptions: { dmarc_email: ' dmarc@acme.test ' },
			},
		});
		const [order] = env.sandbox.calls('POST /domains/register');
		expect(order.body?.dmarc_email).toBe('dmarc@acme.test');
	});

	test.each([
		['a name of 65 characters', `${'r'.repeat(65)}@acme.test`],
		['nothing before the @', '@acme.test'],
	])('refused: %s', async (_title, rua) => {
		expect(await errorOf(setDmarc(rua))).toEqual([
			`The "Report Email" field holds "${rua}", which is not an email address`,
			'Give an address such as name@example.com.',
		]);
	});
});

describe('a web URL', () => {
	test('over plain http is sent where https is not required', async () => {
		await env.run({ parameters: updatePicture('http://cdn.example.com/jane.png') });
		expect(
			env.sandbox.calls('POST /mailboxes/mbx_jane01/profile-picture').map((call) => call.body),
		).toEqual([{ url: 'http://cdn.example.com/jane.png' }]);
	});

	test('of another scheme (ftp) is refused', async () => {
		expect(await errorOf(updatePicture('ftp://cdn.example.com/jane.png'))).toEqual([
			'The "Picture URL" field holds "ftp://cdn.example.com/jane.png", which is not a web URL',
			'Give a full address such as https://example.com/path.',
		]);
	});
});
