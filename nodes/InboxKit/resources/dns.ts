import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import type { InboxKitOperation, InboxKitResource } from '../operation';
import {
	asText,
	checkId,
	checkInteger,
	fieldError,
	readIdList,
	readText,
} from '../shared/parameters';
import {
	entryListFields,
	readEntryList,
	type EntryListSpec,
	type EntrySource,
} from '../shared/entryList';
import { checkDomain, isDomain, normalizeDomain } from '../shared/validate';
import { withoutEnvelope } from '../transport';

/**
 * The DNS endpoints (clients, docs-derived; the docs pages show no body). GET /dns/list answers
 * dns_record.records[] with `_id`, type, host, value, ttl, priority, status. /dns/add and
 * /dns/update take the domain and records[] (update: each with `record_id`, the `_id` from the
 * list); /dns/delete takes `record_ids`. The domain goes by name (`domain`; clients also send the
 * domain `uid`). The record shape is built in one place, `recordBody` below.
 */

/** Record types the node offers: those InboxKit's mail setup uses (assumed; not listed in the docs). */
const RECORD_TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT'] as const;

const TTL = { min: 60, max: 86_400 };
const PRIORITY = { min: 0, max: 65_535 };
/** Most records one request carries (assumed). */
const MAX_RECORDS = 100;

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;
const IPV6 = /^(?=.*:)[0-9a-f:.]{2,45}$/i;
/** A host relative to the domain: "@", "*", or labels such as "mail", "_dmarc", "s1._domainkey". */
const HOST =
	/^(@|(\*\.)?[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?(\.[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?)*|\*)$/;

function readDomain(ctx: IExecuteFunctions, itemIndex: number): string {
	return checkDomain(ctx, itemIndex, 'Domain', readText(ctx, 'domain', itemIndex, 'Domain'));
}

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

interface RecordRules {
	/** Update names each record by its `record_id` (the `_id` that Get Records outputs). */
	withId: boolean;
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
	let value = asText(ctx, itemIndex, valueLabel, raw.value, true);
	if (type === 'A' && !IPV4.test(value)) {
		throw fieldError(
			ctx,
			itemIndex,
			valueLabel,
			`holds "${value}", which is not an IPv4 address`,
			'An A record points to an address such as 192.0.2.10.',
		);
	}
	if (type === 'AAAA' && !IPV6.test(value)) {
		throw fieldError(
			ctx,
			itemIndex,
			valueLabel,
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
				valueLabel,
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
			valueLabel,
			`is ${value.length} characters long, more than the 4096 a record takes`,
		);
	}

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

const RECORDS: EntryListSpec = {
	inputName: 'recordsInput',
	collectionName: 'records',
	itemName: 'record',
	jsonName: 'recordsJson',
	noun: 'record',
	nounPlural: 'records',
	label: 'Records',
	max: MAX_RECORDS,
	example: '[{"type": "TXT", "host": "@", "value": "v=spf1 ~all", "ttl": 3600}]',
};

/** The records of one input item, from the fields or from the JSON list, each checked. */
function readRecords(ctx: IExecuteFunctions, itemIndex: number, rules: RecordRules): IDataObject[] {
	const { source, entries } = readEntryList(ctx, itemIndex, RECORDS);
	return entries.map((raw, index) => recordBody(ctx, itemIndex, source, index + 1, raw, rules));
}

const domainField: INodeProperties = {
	displayName: 'Domain',
	name: 'domain',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'example.com',
	description: 'The domain whose records to get',
};

function recordFields(action: string, rules: RecordRules): INodeProperties[] {
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
	];
	values.push(
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
	);
	return [
		{ ...domainField, description: `The domain whose records to ${action}` },
		...entryListFields(RECORDS, {
			values,
			inputDescription: 'How to give the records',
			jsonDescription: rules.withId
				? 'A list of records, each with record_id, type, host, value and optionally ttl and priority (MX)'
				: 'A list of records, each with type, host, value and optionally ttl and priority (MX)',
		}),
	];
}

function recordsRequest(rules: RecordRules): InboxKitOperation['request'] {
	return (ctx, i) => ({
		body: { domain: readDomain(ctx, i), records: readRecords(ctx, i, rules) },
	});
}

const ADD: RecordRules = { withId: false };
const UPDATE: RecordRules = { withId: true };

export const dns: InboxKitResource = {
	value: 'dns',
	name: 'DNS',
	description: 'DNS records of domains managed by InboxKit',
	operations: [
		{
			value: 'get',
			name: 'Get Records',
			action: 'Get DNS records',
			description: 'Get the DNS records of a domain',
			// Clients: GET /dns/list?domain= (or ?uid=); answer dns_record.records[] of type, host,
			// value, status. One output item per record.
			docs: 'https://docs.inboxkit.com/get-dns-records-18118381e0',
			method: 'GET',
			path: '/dns/list',
			workspaceScoped: true,
			fields: [domainField],
			request: (ctx, i) => ({ qs: { domain: readDomain(ctx, i) } }),
			output: (answer, ctx, i) => {
				const records = (answer.dns_record as IDataObject | undefined)?.records;
				if (!Array.isArray(records)) return withoutEnvelope(answer);
				const domain = readDomain(ctx, i);
				return (records as IDataObject[]).map((record) => ({ domain, ...record }));
			},
		},
		{
			value: 'add',
			name: 'Add Records',
			action: 'Add DNS records',
			description: 'Add records to the DNS zone of a domain',
			// Client: POST /dns/add. Body domain + records[] (assumed shape, see recordBody).
			docs: 'https://docs.inboxkit.com/add-dns-records-18118382e0',
			method: 'POST',
			path: '/dns/add',
			workspaceScoped: true,
			fields: recordFields('add', ADD),
			request: recordsRequest(ADD),
		},
		{
			value: 'update',
			name: 'Update Records',
			action: 'Update DNS records',
			description: 'Change records, each named by the Record ID that "Get Records" outputs',
			// Client: POST /dns/update, body domain + records[] each with record_id (= _id).
			docs: 'https://docs.inboxkit.com/update-dns-records-18118383e0',
			method: 'POST',
			path: '/dns/update',
			workspaceScoped: true,
			fields: recordFields('update', UPDATE),
			request: recordsRequest(UPDATE),
		},
		{
			value: 'delete',
			name: 'Delete Records',
			action: 'Delete DNS records',
			description: 'Delete records by the Record IDs that "Get Records" outputs',
			// Client: POST /dns/delete, body domain + record_ids[] (the _id of each record).
			docs: 'https://docs.inboxkit.com/delete-dns-records-18118384e0',
			method: 'POST',
			path: '/dns/delete',
			workspaceScoped: true,
			fields: [
				{ ...domainField, description: 'The domain whose records to delete' },
				{
					displayName: 'Record IDs',
					name: 'recordIds',
					type: 'string',
					required: true,
					default: '',
					placeholder: '60f7b8c9e4b0b8c9e4b0b8c1, 60f7b8c9e4b0b8c9e4b0b8c2',
					description:
						'The "_id" of each record to delete, as "Get Records" outputs it. Separate them with commas or new lines, or give an expression that returns a list.',
				},
			],
			request: (ctx, i) => ({
				body: {
					domain: readDomain(ctx, i),
					record_ids: readIdList(ctx, 'recordIds', i, 'Record IDs', { max: MAX_RECORDS }),
				},
			}),
		},
	],
};
