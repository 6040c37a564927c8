import type { InboxKitOperation } from '../../operation';
import { domainNamePicker, readDomainName } from '../../pickers/domain';
import { fieldError, readText } from '../../shared/parameters';
import { checkEmail } from '../../shared/validate';

const POLICIES = ['none', 'quarantine', 'reject'];

export const setDmarc: InboxKitOperation = {
	value: 'setDmarc',
	name: 'Set DMARC',
	action: 'Set DMARC policy',
	description: 'Publish a DMARC policy for a domain, given its name and the policy',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed:
		"the path and the body `domain`, `policy`, `rua` (from a reseller's guide); it may instead take an address, like Register's `dmarc_email`",
	method: 'POST',
	path: '/domains/dmarc',
	workspaceScoped: true,
	fields: [
		domainNamePicker('The domain whose DMARC policy to set', 'domain'),
		{
			displayName: 'Policy',
			name: 'policy',
			type: 'options',
			options: [
				{ name: 'None (Monitor Only)', value: 'none' },
				{ name: 'Quarantine', value: 'quarantine' },
				{ name: 'Reject', value: 'reject' },
			],
			default: 'none',
			description: 'What receivers do with mail that fails DMARC',
		},
		{
			displayName: 'Report Email',
			name: 'rua',
			type: 'string',
			placeholder: 'dmarc@example.com',
			default: '',
			description: 'Address that receives aggregate DMARC reports (rua); none when empty',
		},
	],
	request: (ctx, i) => {
		// Checked here too: an expression can give any text.
		const policy = readText(ctx, 'policy', i, 'Policy');
		if (!POLICIES.includes(policy)) {
			throw fieldError(
				ctx,
				i,
				'Policy',
				`holds "${policy}", which is not a DMARC policy`,
				'Use none, quarantine or reject.',
			);
		}
		const rua = readText(ctx, 'rua', i, 'Report Email', { required: false });
		return {
			body: {
				domain: readDomainName(ctx, i, 'domain'),
				policy,
				...(rua ? { rua: checkEmail(ctx, i, 'Report Email', rua) } : {}),
			},
		};
	},
};
