import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { withoutEnvelope } from '../../transport';

export const getZones: InboxKitOperation = {
	value: 'getZones',
	name: 'Get Zones',
	action: 'List Cloudflare zones',
	description: 'List the zones the stored Cloudflare credential reaches, and which are connected',
	// Zones with already_connected, reconnectable and domain_uid (a client that called the live
	// API; the docs page via that client). Without a stored credential InboxKit answers 404
	// "No Cloudflare credentials found": Connect Domains stores one.
	docs: 'https://docs.inboxkit.com/list-cloudflare-zones-28724833e0',
	evidence: 'live',
	assumed: "the answer's list key `zones` (one item per zone; else the answer as one item)",
	method: 'GET',
	path: '/cloudflare-domains/zones',
	workspaceScoped: true,
	errorHint: (status) =>
		status === 404
			? 'InboxKit holds no Cloudflare credential for this workspace yet: run Cloudflare → Connect Domains once with a Cloudflare API token, then list the zones.'
			: undefined,
	output: (answer) =>
		Array.isArray(answer.zones) ? (answer.zones as IDataObject[]) : withoutEnvelope(answer),
};
