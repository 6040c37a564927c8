import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import { PAGE_SIZE } from '../transport';
import { callSettings, workspaceFor } from './callSettings';
import { DOMAINS, firstPosition, listPage, MAILBOXES, type Listing } from './listings';
import { asIdList, asText, checkId, fieldError, MAX_ENTRIES } from './parameters';
import type { PicksSpec } from './pickers';
import { fullDomainName, mailboxAddress } from './records';
import { checkDomain, checkEmail } from './validate';

/**
 * Reading the pickers (./pickers.ts): the uid picked From List or typed By ID, or the one that
 * InboxKit's list gives for a name or an address (By Name, By Email). A name that matches no
 * record, or several, stops the item before anything is sent, naming the field.
 */

/** Finds the uid a typed name or address stands for. */
type Lookup = (
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	text: string,
) => Promise<string>;

/** Pages one lookup reads at most (5,000 records): past that, the name is too vague to search. */
const MAX_LOOKUP_PAGES = 50;

/** A picker's value: `{ mode, value }`; a plain value (older workflows, expressions) is an ID. */
export function locatorParts(raw: unknown): { mode: string; value: unknown } {
	if (raw !== null && typeof raw === 'object' && !Array.isArray(raw) && 'value' in raw) {
		const { mode, value } = raw as { mode?: unknown; value?: unknown };
		return { mode: typeof mode === 'string' ? mode : 'id', value };
	}
	return { mode: 'id', value: raw };
}

async function findRecords(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	listing: Listing,
	search: IDataObject,
): Promise<IDataObject[]> {
	const workspaceId = await workspaceFor(ctx, itemIndex);
	const settings = callSettings(ctx, itemIndex);
	const records: IDataObject[] = [];
	// A record on two pages (the list shifted while it was read) is one record, not two matches.
	const seen = new Set<string>();
	let position: number | undefined = firstPosition(listing);
	for (let pages = 0; position !== undefined; pages++) {
		if (pages === MAX_LOOKUP_PAGES) {
			throw fieldError(
				ctx,
				itemIndex,
				label,
				`matches more than ${MAX_LOOKUP_PAGES * PAGE_SIZE} ${listing.plural} to look through`,
				`Pick the ${listing.noun} from the list, or give its ID.`,
			);
		}
		const page = await listPage(ctx, listing, { position, search, workspaceId, settings });
		for (const record of page.records) {
			const uid = typeof record.uid === 'string' ? record.uid : undefined;
			if (uid !== undefined && seen.has(uid)) continue;
			if (uid !== undefined) seen.add(uid);
			records.push(record);
		}
		position = page.next;
	}
	return records;
}

/** The uid of the one record that matched, or the "none" / "several" error. */
function onlyUid(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	listing: Listing,
	given: string,
	matches: IDataObject[],
	by: 'name' | 'address',
): string {
	const pickInstead = `Pick the ${listing.noun} from the list, or give its ID.`;
	if (matches.length === 0) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${given}", but the workspace has no ${listing.noun} with that ${by}`,
			`Check the spelling and the workspace. ${pickInstead}`,
		);
	}
	if (matches.length > 1) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${given}", which matches ${matches.length} ${listing.plural} of the workspace`,
			pickInstead,
		);
	}
	return checkId(ctx, itemIndex, label, asText(ctx, itemIndex, label, matches[0].uid, true));
}

/** By Email: the mailbox with this address. */
const mailboxByEmail: Lookup = async (ctx, itemIndex, label, text) => {
	const email = checkEmail(ctx, itemIndex, label, text).toLowerCase();
	const at = email.lastIndexOf('@');
	const records = await findRecords(ctx, itemIndex, label, MAILBOXES, {
		keyword: email.slice(0, at),
		domain: email.slice(at + 1),
	});
	const matches = records.filter((record) => mailboxAddress(record) === email);
	return onlyUid(ctx, itemIndex, label, MAILBOXES, email, matches, 'address');
};

/** By Name: the domain of this name (label and TLD joined, as records may split them). */
const domainByName: Lookup = async (ctx, itemIndex, label, text) => {
	const name = checkDomain(ctx, itemIndex, label, text);
	const records = await findRecords(ctx, itemIndex, label, DOMAINS, DOMAINS.search!(name));
	const matches = records.filter((record) => fullDomainName(record) === name);
	return onlyUid(ctx, itemIndex, label, DOMAINS, name, matches, 'name');
};

export const MAILBOX_LOOKUPS: Record<string, Lookup> = { email: mailboxByEmail };
export const DOMAIN_LOOKUPS: Record<string, Lookup> = { name: domainByName };

/** The uid a picker's value stands for: picked or typed as is, or looked up by its mode. */
export async function locatorUid(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	raw: unknown,
	lookups: Record<string, Lookup> = {},
): Promise<string> {
	const { mode, value } = locatorParts(raw);
	const text = asText(ctx, itemIndex, label, value, true);
	const lookup = lookups[mode];
	return lookup ? await lookup(ctx, itemIndex, label, text) : checkId(ctx, itemIndex, label, text);
}

const readPicker =
	(lookups: Record<string, Lookup>, defaultName: string, defaultLabel: string) =>
	async (
		ctx: IExecuteFunctions,
		itemIndex: number,
		name = defaultName,
		label = defaultLabel,
	): Promise<string> =>
		await locatorUid(ctx, itemIndex, label, ctx.getNodeParameter(name, itemIndex, ''), lookups);

/** The Mailbox picker (shared/pickers mailboxPicker). */
export const readMailboxUid = readPicker(MAILBOX_LOOKUPS, 'mailboxId', 'Mailbox');
/** The Domain picker (shared/pickers domainPicker). */
export const readDomainUid = readPicker(DOMAIN_LOOKUPS, 'domainId', 'Domain');
/** The Sequencer picker (shared/pickers sequencerPicker). */
export const readSequencerUid = readPicker({}, 'sequencerId', 'Sequencer');

/** The Plan picker: plan uids are not known to follow InboxKit's ID shape, so only trimmed. */
export function readPlanUid(ctx: IExecuteFunctions, itemIndex: number): string {
	const { value } = locatorParts(ctx.getNodeParameter('planId', itemIndex, ''));
	return checkId(ctx, itemIndex, 'Plan', asText(ctx, itemIndex, 'Plan', value, true));
}

/**
 * The uids of a picker of several records and its text field (shared/pickers picksFields):
 * the picked ones, then the typed ones, each once, at most `max`.
 */
export async function readPicked(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: PicksSpec,
	lookups: Record<string, Lookup> = {},
	{ max = MAX_ENTRIES }: { max?: number } = {},
): Promise<string[]> {
	const typed = asIdList(
		ctx,
		itemIndex,
		spec.textLabel,
		ctx.getNodeParameter(spec.textName, itemIndex, ''),
		{
			max,
			required: false,
		},
	);
	const rows = ((ctx.getNodeParameter(spec.name, itemIndex, {}) as IDataObject).entries ??
		[]) as IDataObject[];
	const picked: string[] = [];
	for (const [index, row] of rows.entries()) {
		const label = `${spec.label} (row ${index + 1})`;
		picked.push(await locatorUid(ctx, itemIndex, label, row[spec.valueName], lookups));
	}
	const uids = [...new Set([...picked, ...typed])];
	if (uids.length === 0) {
		throw fieldError(
			ctx,
			itemIndex,
			spec.textLabel,
			'is empty',
			`Pick them under "${spec.label}", or give their IDs here: separated by commas, or an expression that returns a list.`,
		);
	}
	if (uids.length > max) {
		throw fieldError(
			ctx,
			itemIndex,
			spec.label,
			`holds ${uids.length} entries together with "${spec.textLabel}", more than the ${max} InboxKit takes in one request`,
		);
	}
	return uids;
}
