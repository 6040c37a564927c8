import type { IExecuteFunctions } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { withAsked } from '../../shared/answers';
import { readText } from '../../shared/parameters';
import { checkDomain, checkEmail } from '../../shared/validate';
import { checkUsername } from './username';

/** The address to check, as InboxKit is assumed to take it: username and domain. */
function addressParts(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { username: string; domain: string } {
	const email = checkEmail(ctx, itemIndex, 'Email', readText(ctx, 'email', itemIndex, 'Email'));
	const at = email.lastIndexOf('@');
	return {
		username: checkUsername(ctx, itemIndex, 'Email', email.slice(0, at)),
		domain: checkDomain(ctx, itemIndex, 'Email', email.slice(at + 1)),
	};
}

export const checkAvailability: InboxKitOperation = {
	value: 'checkAvailability',
	name: 'Check Availability',
	action: 'Check mailbox availability',
	description: 'Check whether an address is still free to buy as a mailbox, given the address',
	// The reseller's /mailboxes/{id}/availability makes little sense for an address not yet
	// bought, hence the address in the query.
	docs: 'https://docs.inboxkit.com/',
	evidence: 'docs-nav',
	assumed: 'the path and the address as `username` + `domain` in the query',
	method: 'GET',
	path: '/mailboxes/availability',
	workspaceScoped: true,
	fields: [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@example.com',
			required: true,
			default: '',
			description: 'The address to check',
		},
	],
	request: (ctx, i) => ({ qs: addressParts(ctx, i) }),
	output: (answer, sent) =>
		withAsked(answer, { email: `${String(sent.qs.username)}@${String(sent.qs.domain)}` }),
};
