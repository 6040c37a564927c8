'use strict';
const { ok, fail, requireFields, newUid } = require('../answers');

/**
 * DNS records of the workspace's domains (clients, docs-derived): /dns/list (by domain name)
 * answers records with `_id`; the writes name the domain by its uid, as the one client that
 * writes DNS does: /dns/add takes { uid, records: [{ type, host, value, ttl?, priority? }] };
 * /dns/update the same with `record_id` in each record; /dns/delete { uid, record_ids }.
 */

const TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS'];

function domainOf(state, workspace, name) {
	const domain = state.domains.find((d) => d.workspace_uid === workspace.uid && d.name === name);
	if (!domain) throw fail(404, `Domain not found: ${name}`);
	if (!state.dnsRecords[name]) state.dnsRecords[name] = [];
	return domain;
}

/** The workspace's domain with this uid, with its zone (records are kept by domain name). */
function domainByUid(state, workspace, uid) {
	const domain = state.domains.find((d) => d.workspace_uid === workspace.uid && d.uid === uid);
	if (!domain) throw fail(404, `Domain not found: ${uid}`);
	if (!state.dnsRecords[domain.name]) state.dnsRecords[domain.name] = [];
	return domain;
}

function recordsOf(body) {
	requireFields(body, ['uid', 'records']);
	if (!Array.isArray(body.records)) throw fail(400, 'records must be an array');
	for (const record of body.records) {
		requireFields(record, ['type', 'host', 'value']);
		if (!TYPES.includes(record.type)) throw fail(400, `Unsupported record type: ${record.type}`);
		if (record.ttl !== undefined && (!Number.isInteger(record.ttl) || record.ttl < 60))
			throw fail(400, 'ttl must be an integer of 60 or more');
	}
	return body.records;
}

exports.routes = [
	{
		method: 'GET',
		path: '/dns/list',
		scope: 'workspace',
		handle: ({ state, query, workspace }) => {
			requireFields(query, ['domain']);
			const domain = domainOf(state, workspace, query.domain);
			return ok('DNS records', {
				dns_record: {
					domain: domain.name,
					domain_uid: domain.uid,
					records: state.dnsRecords[domain.name],
				},
			});
		},
	},
	{
		method: 'POST',
		path: '/dns/add',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const records = recordsOf(body);
			const domain = domainByUid(state, workspace, body.uid);
			const zone = state.dnsRecords[domain.name];
			for (const record of records) {
				if (
					zone.some(
						(r) => r.type === record.type && r.host === record.host && r.value === record.value,
					)
				) {
					throw fail(409, `Record already exists: ${record.type} ${record.host}`);
				}
			}
			const added = records.map((record) => ({
				_id: newUid(),
				...record,
				ttl: record.ttl ?? 3600,
				status: 'pending',
			}));
			zone.push(...added);
			return ok('DNS records added', { domain: domain.name, records: added });
		},
	},
	{
		method: 'POST',
		path: '/dns/update',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const records = recordsOf(body);
			const domain = domainByUid(state, workspace, body.uid);
			const zone = state.dnsRecords[domain.name];
			const targets = records.map((record) => {
				requireFields(record, ['record_id']);
				const found = zone.find((r) => r._id === record.record_id);
				if (!found) throw fail(404, `Record not found: ${record.record_id}`);
				return found;
			});
			records.forEach(({ record_id: _id, ...record }, index) =>
				Object.assign(targets[index], record, { status: 'pending' }),
			);
			return ok('DNS records updated', { domain: domain.name, records: targets });
		},
	},
	{
		method: 'POST',
		path: '/dns/delete',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			requireFields(body, ['uid', 'record_ids']);
			if (!Array.isArray(body.record_ids)) throw fail(400, 'record_ids must be an array');
			const domain = domainByUid(state, workspace, body.uid);
			const zone = state.dnsRecords[domain.name];
			const matches = body.record_ids.map((id) => {
				const found = zone.find((r) => r._id === id);
				if (!found) throw fail(404, `Record not found: ${id}`);
				return found;
			});
			state.dnsRecords[domain.name] = zone.filter((r) => !matches.includes(r));
			return ok('DNS records deleted', { domain: domain.name, deleted: matches.length });
		},
	},
];
