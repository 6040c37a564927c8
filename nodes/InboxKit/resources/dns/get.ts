import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { domainNamePicker, readDomainName } from '../../pickers/domain';
import { withoutEnvelope } from '../../transport';

export const get: InboxKitOperation = {
	value: 'get',
	name: 'Get Records',
	action: 'Get DNS records',
	description: 'Get the DNS records of a domain',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'GET',
	// Clients also take ?uid= (the domain uid); the node names the domain as the user does.
	path: '/dns/list',
	workspaceScoped: true,
	fields: [domainNamePicker('The domain whose records to get', 'domain')],
	request: (ctx, i) => ({ qs: { domain: readDomainName(ctx, i, 'domain') } }),
	// One output item per record, each with the domain it belongs to.
	output: (answer, sent) => {
		const records = (answer.dns_record as IDataObject | undefined)?.records;
		if (!Array.isArray(records)) return withoutEnvelope(answer);
		const domain = sent.qs.domain;
		return (records as IDataObject[]).map((record) => ({ domain, ...record }));
	},
};
