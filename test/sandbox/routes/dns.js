'use strict';
const { ok, fail, requireFields } = require('../answers');

/**
 * DNS records of the workspace's domains: /dns/list (two clients), /dns/add, /dns/update and
 * /dns/delete (one client). Bodies are { domain, records: [{ type, host, value, ttl?, priority? }] }
 * (assumed, see nodes/InboxKit/resources/dns.ts); update finds a record by type and host, delete
 * by type, host and value.
 */

const TYPES = ['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'NS'];

function domainOf(state, workspace, name) {
	const domain = state.domains.find((d) => d.workspace_uid === workspace.uid && d.name === name);
	if (!domain) throw fail(404, `Domain not found: ${name}`);
	if (!state.dnsRecords[name]) state.dnsRecords[name] = [];
	return domain;
}

function recordsOf(body) {
	requireFields(body, ['domain', 'records']);
	if (!Array.isArray(body.records)) throw fail(400, 'records must be an array');
	for (const record of body.records) {
		requireFields(record, ['type', 'host', 'value']);
		if (!TYPES.includes(record.type)) throw fail(400, `Unsupported record type: ${record.type}`);
		if (record.ttl !== undefined && (!Number.isInteger(record.ttl) || record.ttl < 60)) throw fail(400, 'ttl must be an integer of 60 or more');
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
			return ok('DNS records', { dns_record: { domain: domain.name, domain_uid: domain.uid, records: state.dnsRecords[domain.name] } });
		},
	},
	{
		method: 'POST',
		path: '/dns/add',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const records = recordsOf(body);
			const domain = domainOf(state, workspace, body.domain);
			const zone = state.dnsRecords[domain.name];
			for (const record of records) {
				if (zone.some((r) => r.type === record.type && r.host === record.host && r.value === record.value)) {
					throw fail(409, `Record already exists: ${record.type} ${record.host}`);
				}
			}
			const added = records.map((record) => ({ ...record, ttl: record.ttl ?? 3600, status: 'pending' }));
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
			const domain = domainOf(state, workspace, body.domain);
			const zone = state.dnsRecords[domain.name];
			const targets = records.map((record) => {
				const found = zone.find((r) => r.type === record.type && r.host === record.host);
				if (!found) throw fail(404, `Record not found: ${record.type} ${record.host}`);
				return found;
			});
			records.forEach((record, index) => Object.assign(targets[index], record, { status: 'pending' }));
			return ok('DNS records updated', { domain: domain.name, records: targets });
		},
	},
	{
		method: 'POST',
		path: '/dns/delete',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const records = recordsOf(body);
			const domain = domainOf(state, workspace, body.domain);
			const zone = state.dnsRecords[domain.name];
			const matches = records.map((record) => {
				const found = zone.find((r) => r.type === record.type && r.host === record.host && r.value === record.value);
				if (!found) throw fail(404, `Record not found: ${record.type} ${record.host} ${record.value}`);
				return found;
			});
			state.dnsRecords[domain.name] = zone.filter((r) => !matches.includes(r));
			return ok('DNS records deleted', { domain: domain.name, deleted: matches.length });
		},
	},
];
