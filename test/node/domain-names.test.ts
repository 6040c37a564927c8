import type { NodeOperationError } from 'n8n-workflow';

import { useSandbox } from '../support/sandbox';

/**
 * Domain names as users paste them into a Domains field (here Check Propagation's, one entry
 * from an expression): the name InboxKit is sent, or the error naming the field. The rule is
 * shared by every domain field (shared/validate.ts).
 */
const env = useSandbox();

const CHECK = 'POST /domains/nameservers/check-propagation';
const checkPropagation = {
	resource: 'domain',
	operation: 'checkPropagation',
	domains: '={{ [$json.domain] }}',
};

// 253 characters, the longest a domain name may be: 63 + 1 + 63 + 1 + 63 + 1 + 57 + 4.
const longest = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(57)}.com`;

describe('what is sent for a domain as pasted', () => {
	test.each([
		['capitals and spaces around it', ' Example.COM ', 'example.com'],
		['a trailing dot', 'example.com.', 'example.com'],
		['a whole https URL with a path and query', 'https://Example.com/path?q=1', 'example.com'],
		['an http URL in capitals', 'HTTP://example.com', 'example.com'],
		['a URL whose host ends in a dot', 'https://example.com./', 'example.com'],
		['a name of 253 characters', longest, longest],
	])('%s', async (_title, domain, sent) => {
		await env.run({ parameters: checkPropagation, items: [{ domain }] });
		expect(env.sandbox.calls(CHECK).map((r) => r.body)).toEqual([{ domains: [sent] }]);
	});
});

describe('refused, naming the field, before anything is sent', () => {
	test.each([
		['a URL with a user name', 'https://user@example.com'],
		['a URL with a port', 'https://example.com:8443'],
		['an ftp URL', 'ftp://example.com'],
		[
			'a URL without its "//" (a later "://" does not make it one)',
			'https:example.com/?to=https://x.test',
		],
		['a URL with a space in its host', 'https://ex ample.com'],
		['an email address', 'ada@example.com'],
		['a name of 254 characters', `a${longest}`],
	])('%s', async (_title, domain) => {
		const { error } = await env.run({ parameters: checkPropagation, items: [{ domain }] });
		expect(error?.message).toBe(
			`The "Domains" field holds "${domain}", which is not a domain name`,
		);
		expect((error as NodeOperationError).description).toBe(
			'Give a name such as example.com (no spaces, no email address, no path).',
		);
		expect(env.sandbox.requests).toHaveLength(0);
	});
});
