import type { InboxKitOperation } from '../../operation';
import { readText } from '../../shared/parameters';
import { checkEmail } from '../../shared/validate';
import { DOMAIN_LOOKUPS, PICKED_DOMAINS, domainsFields } from '../../pickers/domain';
import { readPicked } from '../../pickers/picks';

export const setCatchAll: InboxKitOperation = {
	value: 'setCatchAll',
	name: 'Set Catch-All',
	action: 'Set catch-all email',
	description: "Send mail to unknown addresses of domains to one address, given the domains' uids",
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	// A reseller sends { domain, email } instead; the client's uids are more likely.
	path: '/domains/catch-all',
	workspaceScoped: true,
	fields: [
		...domainsFields('The domains whose catch-all to set'),
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@example.com',
			required: true,
			default: '',
			description: 'The address that receives mail sent to unknown addresses of the domains',
		},
	],
	request: async (ctx, i) => {
		const email = checkEmail(ctx, i, 'Email', readText(ctx, 'email', i, 'Email'));
		return { body: { uids: await readPicked(ctx, i, PICKED_DOMAINS, DOMAIN_LOOKUPS), email } };
	},
};
