'use strict';
const { HttpAnswer, ok, fail, pageOf, totalsOf, newUid } = require('../answers');

/**
 * Domains connected from the customer's own Cloudflare account, in the shapes a client shows:
 * connect takes a Cloudflare API token (stored by InboxKit) and answers per zone; its 409s carry
 * a string `code`. The zones list needs a stored credential, else 404.
 */

const AUTH_TYPES = ['api_token', 'global_api_key'];

const inWorkspace = (state, workspace) =>
	state.cloudflareDomains.filter((d) => d.workspace_uid === workspace.uid);

const shown = ({ workspace_uid: _w, zone_id: _z, ...domain }) => domain;

function conflict(code, message) {
	return new HttpAnswer(409, { code, message });
}

exports.routes = [
	{
		method: 'POST',
		path: '/cloudflare-domains/connect',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			for (const key of Object.keys(body))
				if (
					![
						'auth_type',
						'api_token',
						'api_key',
						'email',
						'domains',
						'connect_all',
						'validateDNS',
						'label',
					].includes(key)
				)
					throw fail(400, `"${key}" is not allowed`);
			if (!AUTH_TYPES.includes(body.auth_type)) throw fail(400, 'auth_type is invalid');
			const secret = body.auth_type === 'api_token' ? body.api_token : body.api_key;
			if (!secret) throw fail(400, 'api_token is required');
			const account = state.cloudflareAccounts[secret];
			// Quoting the value, as some validators do: the node must keep it out of the error.
			if (!account) throw fail(400, `Invalid Cloudflare credential: ${secret}`);
			const usedBy = Object.entries(state.cloudflareCredentials).find(
				([uid, id]) => id === account.account_id && uid !== workspace.uid,
			);
			if (usedBy)
				throw conflict(
					'ACCOUNT_ALREADY_USED',
					'This Cloudflare account is already connected to another workspace',
				);
			const stored = state.cloudflareCredentials[workspace.uid];
			if (stored && stored !== account.account_id)
				throw conflict(
					'CREDENTIAL_CONFLICT',
					'A different Cloudflare credential is already stored for this workspace',
				);
			let names;
			if (body.connect_all === true) names = account.zones;
			else {
				if (!Array.isArray(body.domains) || body.domains.length === 0)
					throw fail(400, 'domains or connect_all is required');
				if (body.domains.length > 500) throw fail(400, 'At most 500 domains');
				names = body.domains;
			}
			state.cloudflareCredentials[workspace.uid] = account.account_id;
			const domains = [];
			const skipped = [];
			const results = [];
			for (const name of names) {
				if (!account.zones.includes(name)) {
					results.push({ zone_name: name, success: false, error: 'Zone not found in account' });
					continue;
				}
				const known = inWorkspace(state, workspace).find((d) => d.name === name);
				if (known) {
					skipped.push({ name, reason: 'Already connected' });
					results.push({ zone_name: name, success: true, error: null, dns_conflict: false });
					continue;
				}
				const domain = {
					uid: newUid('cfd_'),
					workspace_uid: workspace.uid,
					name,
					status: 'active',
					connection_mode: body.auth_type,
					credential_status: 'valid',
					assigned_mailboxes: 0,
					zone_id: `zone_${name.replace(/\W/g, '_')}`,
					...(body.label ? { label: body.label } : {}),
				};
				state.cloudflareDomains.push(domain);
				domains.push({ uid: domain.uid, name, status: domain.status, reconnected: false });
				results.push({ zone_name: name, success: true, error: null, dns_conflict: false });
			}
			return ok('Cloudflare domains processed', {
				domains,
				skipped,
				results,
				connected_count: domains.length,
				skipped_count: skipped.length,
				failed_count: results.filter((r) => !r.success).length,
			});
		},
	},
	{
		method: 'GET',
		path: '/cloudflare-domains/list',
		scope: 'workspace',
		handle: ({ state, query, workspace }) => {
			let list = inWorkspace(state, workspace);
			if (query.keyword) list = list.filter((d) => d.name.includes(query.keyword));
			return ok(
				'Cloudflare domains retrieved',
				pageOf(list.map(shown), query, 'domains', totalsOf(state)),
			);
		},
	},
	{
		method: 'GET',
		path: '/cloudflare-domains/zones',
		scope: 'workspace',
		handle: ({ state, workspace }) => {
			const accountId = state.cloudflareCredentials[workspace.uid];
			const account = Object.values(state.cloudflareAccounts).find(
				(a) => a.account_id === accountId,
			);
			if (!account) throw fail(404, 'No Cloudflare credentials found');
			return ok('Cloudflare zones retrieved', {
				zones: account.zones.map((name) => {
					const domain = inWorkspace(state, workspace).find((d) => d.name === name);
					return {
						id: `zone_${name.replace(/\W/g, '_')}`,
						name,
						status: 'active',
						already_connected: domain !== undefined,
						reconnectable: false,
						domain_uid: domain?.uid ?? null,
					};
				}),
			});
		},
	},
];
