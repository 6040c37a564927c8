import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { callSettings, workspaceFor } from '../../shared/callSettings';
import { checkId, fieldError, readText } from '../../shared/parameters';
import { checkDomain, normalizeDomain } from '../../shared/validate';
import { callInboxKitForRecords } from '../../transport';

/**
 * The DNS writes name their domain by its uid: the only client that writes DNS sends `uid`
 * (rows 37-39). Users know their domains by name, so the Domain field takes either; a name is
 * looked up with List Domains before anything is written.
 */

const LABEL = 'Domain';

export const domainUidField = (description: string): INodeProperties => ({
	displayName: 'Domain',
	name: 'domain',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'example.com or dom_1a2b3c',
	description: `${description}: its name, or its ID ("uid") as Domain → Get Many shows it. A name is looked up in the workspace first.`,
});

/** A domain record's full name: List Domains may answer the label without its TLD, with `tld` beside it. */
function fullName(record: IDataObject): string {
	const name = typeof record.name === 'string' ? record.name : '';
	const tld = typeof record.tld === 'string' ? record.tld.replace(/^\./, '') : '';
	return normalizeDomain(name.includes('.') || tld === '' ? name : `${name}.${tld}`);
}

/** The uid of the domain the Domain field names: as given, or found by name in the workspace. */
export async function readDomainUid(ctx: IExecuteFunctions, itemIndex: number): Promise<string> {
	const given = readText(ctx, 'domain', itemIndex, LABEL);
	// Domain names have a dot; InboxKit IDs never do.
	if (!given.includes('.')) return checkId(ctx, itemIndex, LABEL, given);
	const name = checkDomain(ctx, itemIndex, LABEL, given);

	// The first label as keyword finds the domain whether InboxKit stores "example.com" or "example".
	const records = await callInboxKitForRecords.call(
		ctx,
		{
			method: 'POST',
			path: '/domains/list',
			body: { keyword: name.split('.')[0] },
			workspaceId: await workspaceFor(ctx, itemIndex),
			retryable: true,
		},
		'domains',
		'page',
		undefined,
		callSettings(ctx, itemIndex),
	);
	const uids = records
		.filter((record) => fullName(record) === name && typeof record.uid === 'string')
		.map((record) => record.uid as string);
	if (uids.length === 0) {
		throw fieldError(
			ctx,
			itemIndex,
			LABEL,
			`holds "${name}", but the workspace has no domain of that name`,
			'Nothing was changed. Check the name and the workspace, or give the domain ID ("uid") that Domain → Get Many shows.',
		);
	}
	if (uids.length > 1) {
		throw fieldError(
			ctx,
			itemIndex,
			LABEL,
			`holds "${name}", which names ${uids.length} domains of the workspace (${uids.join(', ')})`,
			'Nothing was changed. Give the ID ("uid") of the domain to change.',
		);
	}
	return checkId(ctx, itemIndex, LABEL, uids[0]);
}
