import type { IDataObject } from 'n8n-workflow';

import type { InboxKitOperation } from '../../operation';
import { filtersField } from '../../shared/fields';
import { asIdList, asText, readCollection } from '../../shared/parameters';
import { locatorUid } from '../../pickers/locator';
import { sequencerPicker } from '../../pickers/sequencer';

export const getExportStatus: InboxKitOperation = {
	value: 'getExportStatus',
	name: 'Get Export Status',
	action: 'Get mailbox export status',
	description: 'List mailbox exports to sequencers and how far each got',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	path: '/sequencers/export/status',
	workspaceScoped: true,
	// A search: may be retried.
	readsOnly: true,
	fields: [
		filtersField([
			{
				displayName: 'Export IDs',
				name: 'uids',
				type: 'string',
				default: '',
				description: 'Only these exports (their "uid"), separated by commas',
			},
			{
				displayName: 'Mailbox IDs',
				name: 'mailbox_uids',
				type: 'string',
				default: '',
				description:
					'Only exports of these mailboxes, by their "uid": separated by commas, or an expression that returns a list',
			},
			{
				...sequencerPicker('Only exports to this sequencer', 'sequencer_uid'),
				required: false,
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'string',
				default: '',
				placeholder: 'failed',
				// The status values are seen in no source.
				description: 'Only exports in this status, e.g. pending, completed, failed',
			},
		]),
	],
	request: async (ctx, i) => {
		const filters = readCollection(ctx, 'filters', i);
		const body: IDataObject = {};
		if (filters.sequencer_uid !== undefined)
			body.sequencer_uid = await locatorUid(ctx, i, 'Sequencer', filters.sequencer_uid);
		for (const [key, label] of [
			['mailbox_uids', 'Mailbox IDs'],
			['uids', 'Export IDs'],
		]) {
			if (filters[key] === undefined) continue;
			const ids = asIdList(ctx, i, label, filters[key], { required: false });
			if (ids.length > 0) body[key] = ids;
		}
		if (filters.status !== undefined) body.status = asText(ctx, i, 'Status', filters.status, true);
		return { body };
	},
	// Answer data[] of uid, mailbox_uid, mailbox_email, sequencer_uid, status, error_message.
	list: { recordsKey: 'data', paging: 'offset' },
};
