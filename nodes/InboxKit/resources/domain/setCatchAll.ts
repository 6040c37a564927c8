import type { InboxKitOperation } from '../../operation';
import { domainIdsField } from '../../shared/fields';
import { idListReader, readText } from '../../shared/parameters';
import { checkEmail } from '../../shared/validate';

const readDomainIds = idListReader('domainIds', 'Domain IDs');

export const setCatchAll: InboxKitOperation = {
	value: 'setCatchAll',
	name: 'Set Catch-All',
	action: 'Set a catch-all email',
	description: 'Receive mail sent to unknown addresses of domains at one address',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	// A reseller sends { domain, email } instead; the client's uids are more likely.
	path: '/domains/catch-all',
	workspaceScoped: true,
	fields: [
		domainIdsField('The domains whose catch-all to set'),
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
	request: (ctx, i) => ({
		body: {
			uids: readDomainIds(ctx, i),
			email: checkEmail(ctx, i, 'Email', readText(ctx, 'email', i, 'Email')),
		},
	}),
};
