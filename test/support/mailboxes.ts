import type { IDataObject, INodeParameters } from 'n8n-workflow';

/** Mailboxes to buy in tests, on the sandbox's domain acme-mail.com. */
export const ADA: IDataObject = {
	first_name: 'Ada',
	last_name: 'Lovelace',
	username: 'ada',
	domain_name: 'acme-mail.com',
	platform: 'GOOGLE',
};
export const BO: IDataObject = { ...ADA, first_name: 'Bo', last_name: 'Byte', username: 'bo' };

/** Mailbox → Buy with `mailboxes` typed in as fields (Ada and Bo unless given). */
export function buyMailboxes(
	mailboxes: IDataObject[] = [ADA, BO],
	extra: IDataObject = {},
): INodeParameters {
	return {
		resource: 'mailbox',
		operation: 'buy',
		mailboxesInput: 'fields',
		mailboxes: { mailbox: mailboxes },
		...extra,
	} as INodeParameters;
}
