import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { withoutEnvelope } from '../../transport';

/** The platforms answer as a list of records, whatever form the list takes (also for the dropdowns). */
export function platformsOf(answer: IDataObject): IDataObject[] | undefined {
	const list = answer.platforms ?? answer.data;
	if (!Array.isArray(list)) return undefined;
	return list.map((entry) =>
		typeof entry === 'string' ? { name: entry, value: entry } : (entry as IDataObject),
	);
}

export const getPlatforms: InboxKitOperation = {
	value: 'getPlatforms',
	name: 'Get Platforms',
	action: 'List sequencer platforms',
	description: 'List the sequencer platforms InboxKit can export mailboxes to',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	assumed:
		"the answer's list key (`platforms`, else `data`) and its entries (names, or objects with name and value/slug/key)",
	method: 'GET',
	path: '/sequencers/platforms',
	workspaceScoped: true,
	// One item per platform. Only `smartlead` is seen in clients.
	output: (answer) => platformsOf(answer) ?? withoutEnvelope(answer),
};
