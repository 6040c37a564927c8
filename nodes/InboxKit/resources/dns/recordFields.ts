import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import {
	entryListFields,
	readEntryList,
	type EntryListSpec,
	type EntrySource,
} from '../../shared/entryList';
import { asText, checkId, checkInteger, fieldError, MAX_ENTRIES } from '../../shared/parameters';
import { isDomain, normalizeDomain } from '../../shared/validate';
import { domainPicker } from '../../pickers/domain';

/**
 * The records Add Records and Update Records send, in the shape Get Records answers them
 * (type, host, value, ttl, priority; Update adds `record_id`, the `_id` from the list): checked
 * and built here, in one place.
 */

/** Record types the node offers: those InboxKit's mail setup uses (assumed; not listed in the docs). */
const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'] as const;

const TTL = { min: 60, max: 86_400 };
const PRIORITY = { min: 0, max: 65_535 };

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^(?=.*:)[0-9a-f:.]{2,45}$/i;
/** A host relative to the domain: "@", "*", or labels such as "mail", "_dmarc", "s1._domainkey". */
const HOST =
	/^(@|(\*\.)?[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*|\*)$/;

export interface RecordRules {
	/** Update names each record by its `record_id` (the `_id` that Get Records outputs). */
	withId: boolean;
}

export const ADD: RecordRules = { withId: false };
export const UPDATE: RecordRules = { withId: true };

const RECORDS: EntryListSpec = {
	inputName: 'recordsInput',
	collectionName: 'records',
	itemName: 'record',
	jsonName: 'recordsJson',
	noun: 'record',
	nounPlural: 'records',
	label: 'Records',
	max: MAX_ENTRIES,
	example: '[{"type": "TXT", "host": "@", "value": "v=spf1 ~all", "ttl": 3600}]',
};

/** The field a record's value is named by in errors, as the user sees it. */
function labelFor(
	source: EntrySource,
	recordNumber: number,
	field: 'Record ID' | 'Type' | 'Host' | 'Value' | 'TTL' | 'Priority',
): string {
	return source === 'fields'
		? `${field} (record ${recordNumber})`
		: `Records (JSON): ${field === 'Record ID' ? 'record_id' : field.toLowerCase()} of record ${recordNumber}`;
}

/** Checks one record's value for its type; CNAME and MX targets come back normalised. */
function checkValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	type: string,
	value: string,
): string {
	if (type === 'A' && !IPV4.test(value)) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${value}", which is not an IPv4 address`,
			'An A record points to an address such as 192.0.2.10.',
		);
	}
	if (type === 'AAAA' && !IPV6.test(value)) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${value}", which is not an IPv6 address`,
			'An AAAA record points to an address such as 2001:db8::10.',
		);
	}
	if (type === 'CNAME' || type === 'MX') {
		const target = normalizeDomain(value);
		if (!isDomain(target)) {
			throw fieldError(
				ctx,
				itemIndex,
				label,
				`holds "${value}", which is not a host name`,
				`A ${type} record points to a name such as mail.example.com.`,
			);
		}
		value = target;
	}
	if (value.length > 4096) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`is ${value.length} characters long, more than the 4096 a record takes`,
		);
	}
	return value;
}

/** Checks one record and builds what InboxKit receives for it. */
function recordBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	source: EntrySource,
	n: number,
	raw: IDataObject,
	{ withId }: RecordRules,
): IDataObject {
	const idLabel = labelFor(source, n, 'Record ID');
	const recordId = withId
		? checkId(ctx, itemIndex, idLabel, asText(ctx, itemIndex, idLabel, raw.record_id, true))
		: undefined;
	const type = asText(ctx, itemIndex, labelFor(source, n, 'Type'), raw.type, true).toUpperCase();
	if (!(RECORD_TYPES as readonly string[]).includes(type)) {
		throw fieldError(
			ctx,
			itemIndex,
			labelFor(source, n, 'Type'),
			`holds "${String(raw.type)}", which is not a record type InboxKit manages`,
			`Use one of ${RECORD_TYPES.join(', ')}.`,
		);
	}

	const hostLabel = labelFor(source, n, 'Host');
	const host = asText(ctx, itemIndex, hostLabel, raw.host, true).toLowerCase().replace(/\.$/, '');
	if (!HOST.test(host) || host.length > 253) {
		throw fieldError(
			ctx,
			itemIndex,
			hostLabel,
			`holds "${String(raw.host)}", which is not a host name`,
			'Give the name below the domain, such as "@" for the domain itself, "mail" or "_dmarc".',
		);
	}

	const valueLabel = labelFor(source, n, 'Value');
	const value = checkValue(
		ctx,
		itemIndex,
		valueLabel,
		type,
		asText(ctx, itemIndex, valueLabel, raw.value, true),
	);

	const body: IDataObject =
		recordId === undefined ? { type, host, value } : { record_id: recordId, type, host, value };
	if (raw.ttl !== undefined && raw.ttl !== '' && raw.ttl !== null) {
		body.ttl = checkInteger(ctx, itemIndex, labelFor(source, n, 'TTL'), raw.ttl, TTL);
	}
	if (type === 'MX') {
		body.priority = checkInteger(
			ctx,
			itemIndex,
			labelFor(source, n, 'Priority'),
			raw.priority ?? 10,
			PRIORITY,
		);
	}
	return body;
}

/** The records of one input item, from the fields or from the JSON list, each checked. */
export function readRecords(
	ctx: IExecuteFunctions,
	itemIndex: number,
	rules: RecordRules,
): IDataObject[] {
	const { source, entries } = readEntryList(ctx, itemIndex, RECORDS);
	return entries.map((raw, index) => recordBody(ctx, itemIndex, source, index + 1, raw, rules));
}

/** The Domain field and the records list (fields or JSON) of Add Records and Update Records. */
export function recordFields(action: string, rules: RecordRules): INodeProperties[] {
	const recordId: INodeProperties = {
		displayName: 'Record ID',
		name: 'record_id',
		type: 'string',
		default: '',
		description: 'The "_id" of the record, as "Get Records" outputs it',
	};
	const values: INodeProperties[] = [
		...(rules.withId ? [recordId] : []),
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			options: RECORD_TYPES.map((type) => ({ name: type, value: type })),
			default: 'TXT',
			description: 'The record type',
		},
		{
			displayName: 'Host',
			name: 'host',
			type: 'string',
			default: '@',
			placeholder: '@',
			description: 'Name below the domain: "@" for the domain itself, or e.g. "mail", "_dmarc"',
		},
		{
			displayName: 'Value',
			name: 'value',
			type: 'string',
			default: '',
			placeholder: 'v=spf1 include:_spf.google.com ~all',
			description: 'What the record holds: an address, a host name or text',
		},
		{
			displayName: 'TTL',
			name: 'ttl',
			type: 'number',
			typeOptions: { minValue: TTL.min, maxValue: TTL.max },
			default: 3600,
			description: 'Seconds resolvers may cache the record',
		},
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'number',
			typeOptions: { minValue: PRIORITY.min, maxValue: PRIORITY.max },
			default: 10,
			description: 'Preference of an MX record; lower is tried first',
			displayOptions: { show: { type: ['MX'] } },
		},
	];
	return [
		domainPicker(`The domain whose records to ${action}`, 'domain'),
		...entryListFields(RECORDS, {
			values,
			inputDescription: 'How to give the records',
			jsonDescription: rules.withId
				? 'A list of records, each with record_id, type, host, value and optionally ttl and priority (MX)'
				: 'A list of records, each with type, host, value and optionally ttl and priority (MX)',
		}),
	];
}
