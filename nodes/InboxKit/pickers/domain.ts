import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { idListField } from '../shared/fields';
import { asText } from '../shared/parameters';
import { fullDomainName } from '../shared/recordNames';
import { checkDomain } from '../shared/validate';
import { listOf, uidOf, type Listing } from './listing';
import { locator, locatorParts, locatorUid, pickerReader, type Lookup } from './locator';
import { picksFields, type PicksSpec } from './picks';
import { findOne } from './search';

/**
 * Domains of the workspace: picked from the list, by uid, or by name. Endpoints that take the
 * domain's name rather than its uid (Buy's Domain, DNS Get Records, DMARC) get a picker that
 * stores the name.
 */

/** A domain as the Domain pickers show it: its full name (label and TLD joined). */
function domainItem(value: (record: Parameters<typeof fullDomainName>[0]) => string | undefined) {
	return (record: Parameters<typeof fullDomainName>[0]) => {
		const name = fullDomainName(record);
		const stored = value(record);
		return name && stored ? { name, value: stored } : undefined;
	};
}

/** Domains match on their label: a record's name may lack the TLD that the user types. */
const domainSearch = (text: string) => ({ keyword: text.split('.')[0] });

export const DOMAINS: Listing = {
	noun: 'domain',
	plural: 'domains',
	method: 'POST',
	path: '/domains/list',
	workspaceScoped: true,
	paging: 'page',
	records: listOf('domains'),
	search: domainSearch,
	item: domainItem(uidOf),
};

/** The same domains, where the field takes the domain's name rather than its uid. */
export const DOMAIN_NAMES: Listing = {
	...DOMAINS,
	item: domainItem((record) => fullDomainName(record) || undefined),
};

/** One domain of the workspace: picked, by its uid, or by its name. */
export const domainPicker = (description: string, name = 'domainId'): INodeProperties =>
	locator(
		'Domain',
		name,
		`${description}. By ID takes its "uid"; By Name its name, such as example.com.`,
		{
			modes: [
				{
					displayName: 'From List',
					name: 'list',
					type: 'list',
					placeholder: 'Select a domain...',
					typeOptions: { searchListMethod: 'searchDomains', searchable: true },
				},
				{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. dom_acme01' },
				{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. example.com' },
			],
		},
	);

/**
 * One domain of the workspace where InboxKit takes the name, not the uid: picked, or by name
 * (a By ID mode would cost a search through every domain to find the name of a uid).
 */
export const domainNamePicker = (
	description: string,
	name: string,
	{ required = true }: { required?: boolean } = {},
): INodeProperties => ({
	...locator('Domain', name, `${description}. By Name takes a name such as example.com.`, {
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a domain...',
				typeOptions: { searchListMethod: 'searchDomainNames', searchable: true },
			},
			{ displayName: 'By Name', name: 'name', type: 'string', placeholder: 'e.g. example.com' },
		],
	}),
	required,
});

/** By Name: the domain of this name (label and TLD joined, as records may split them). */
const domainByName: Lookup = async (ctx, itemIndex, label, text) => {
	const name = checkDomain(ctx, itemIndex, label, text);
	return await findOne(ctx, itemIndex, label, DOMAINS, {
		given: name,
		search: domainSearch(name),
		key: fullDomainName,
		by: 'name',
	});
};

export const DOMAIN_LOOKUPS: Record<string, Lookup> = { name: domainByName };

const readPickedDomainUid = pickerReader(DOMAIN_LOOKUPS, 'domainId', 'Domain');

/**
 * The uid of the domain a Domain picker names. A plain text value (a workflow saved before the
 * field was a picker, or an expression) holding a dot is a name: domain names have a dot,
 * InboxKit IDs never do.
 */
export async function readDomainUid(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name = 'domainId',
	label = 'Domain',
): Promise<string> {
	const raw = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (typeof raw === 'string' && raw.includes('.')) {
		return await locatorUid(ctx, itemIndex, label, { mode: 'name', value: raw }, DOMAIN_LOOKUPS);
	}
	return await readPickedDomainUid(ctx, itemIndex, name, label);
}

/** The name a domainNamePicker holds (picked, or typed; a plain text value is a name too). */
export function readDomainName(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label = 'Domain',
): string {
	const { value } = locatorParts(ctx.getNodeParameter(name, itemIndex, ''));
	return checkDomain(ctx, itemIndex, label, asText(ctx, itemIndex, label, value, true));
}

export const PICKED_DOMAINS: PicksSpec = {
	name: 'pickedDomains',
	valueName: 'domain',
	label: 'Domains',
	textName: 'domainIds',
	textLabel: 'Domain IDs',
};

/** Domains picked one by one, and Domain IDs typed or mapped; read with readPicked. */
export const domainsFields = (description: string): INodeProperties[] =>
	picksFields(
		PICKED_DOMAINS,
		domainPicker(description),
		idListField(
			'Domain IDs',
			'domainIds',
			'dom_acme01, dom_acme02',
			`${description}: the "uid" of each domain, as "Get Many" shows it`,
		),
		description,
	);
