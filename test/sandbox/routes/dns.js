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

/** The domains a health check names: `domains` (names) or `uids`, or one `domain` / `uid`. */
function healthTargets(state, workspace, body) {
	const inWorkspace = state.domains.filter((d) => d.workspace_uid === workspace.uid);
	const names = body.domains ?? (body.domain ? [body.domain] : undefined);
	const uids = body.uids ?? (body.uid ? [body.uid] : undefined);
	if (names && uids) throw fail(400, 'Give domains or uids, not both');
	if (!Array.isArray(names ?? uids) || (names ?? uids).length === 0)
		throw fail(400, 'domains or uids is required');
	return (names ?? uids).map((target) => {
		const domain = inWorkspace.find((d) => (names ? d.name : d.uid) === target);
		if (!domain) throw fail(404, `Domain not found: ${target}`);
		if (!state.dnsRecords[domain.name]) state.dnsRecords[domain.name] = [];
		return domain;
	});
}

/** The mail records a domain needs, and whether its zone has each. */
const NEEDED = [
	{ label: 'MX', type: 'MX', host: '@', value: 'smtp.google.com', test: (r) => r.type === 'MX' },
	{
		label: 'SPF',
		type: 'TXT',
		host: '@',
		value: 'v=spf1 include:_spf.google.com ~all',
		test: (r) => r.type === 'TXT' && r.value.startsWith('v=spf1'),
	},
	{
		label: 'DKIM',
		type: 'TXT',
		host: 'google._domainkey',
		value: 'v=DKIM1; k=rsa; p=MIIB',
		test: (r) => r.type === 'TXT' && r.host.endsWith('._domainkey'),
	},
	{
		label: 'DMARC',
		type: 'TXT',
		host: '_dmarc',
		value: 'v=DMARC1; p=none',
		test: (r) => r.type === 'TXT' && r.host === '_dmarc',
	},
];

function health(state, domain) {
	const zone = state.dnsRecords[domain.name];
	const records = NEEDED.map(({ label, test }) => ({
		label,
		status: zone.some(test) ? 'valid' : 'missing',
	}));
	const missing = records.filter((r) => r.status === 'missing').map((r) => r.label);
	return {
		domain: domain.name,
		status: 'verified',
		records,
		overall_health:
			missing.length === 0 ? 'healthy' : missing.includes('MX') ? 'critical' : 'issues',
		needs_repair: missing.length > 0,
	};
}

/** As a client reads it: a summary, and one result per domain. */
function healthAnswer(message, results) {
	return ok(message, {
		summary: {
			total_requested: results.length,
			total_verified: results.length,
			total_failed: 0,
			healthy: results.filter((r) => r.overall_health === 'healthy').length,
			critical: results.filter((r) => r.overall_health === 'critical').length,
			issues_found: results.filter((r) => r.overall_health === 'issues').length,
			needs_repair: results.filter((r) => r.needs_repair).length,
		},
		results,
	});
}

exports.routes = [
	{
		method: 'POST',
		path: '/dns/verify',
		scope: 'workspace',
		handle: ({ state, body, workspace }) =>
			healthAnswer(
				'DNS verification completed',
				healthTargets(state, workspace, body).map((domain) => health(state, domain)),
			),
	},
	{
		method: 'POST',
		path: '/dns/repair',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const domains = healthTargets(state, workspace, body);
			for (const domain of domains) {
				const zone = state.dnsRecords[domain.name];
				for (const { label: _label, test, ...record } of NEEDED)
					if (!zone.some(test))
						zone.push({ _id: newUid(), ...record, ttl: 3600, status: 'pending' });
			}
			return healthAnswer(
				'DNS repair completed',
				domains.map((domain) => health(state, domain)),
			);
		},
	},
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
