'use strict';
const { HttpAnswer, ok, fail, requireFields, pageOf, totalsOf, newUid } = require('../answers');

/**
 * Domain endpoints, workspace-scoped (X-Workspace-Id). Where the API is not confirmed (see the
 * comments in nodes/InboxKit/resources/domain.ts), these routes answer in the assumed shapes, so
 * the tests document the assumption.
 */

const SEARCH_TLDS = ['com', 'net', 'org', 'shop'];
const NAMESERVERS = ['ns1.inboxkit-dns.com', 'ns2.inboxkit-dns.com'];
const DOMAIN = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

function inWorkspace(state, workspace) {
	return state.domains.filter((d) => d.workspace_uid === workspace.uid);
}

/** The workspace's domains with these uids; 404 for the first unknown one. */
function byUids(state, workspace, uids) {
	return uids.map((uid) => {
		const domain = inWorkspace(state, workspace).find((d) => d.uid === uid);
		if (!domain) throw fail(404, `Domain not found: ${uid}`);
		return domain;
	});
}

function findByName(state, workspace, name) {
	const domain = inWorkspace(state, workspace).find((d) => d.name === name);
	if (!domain) throw fail(404, `Domain not found: ${name}`);
	return domain;
}

function checkName(name) {
	if (typeof name !== 'string' || !DOMAIN.test(name))
		throw fail(400, `Invalid domain name: ${JSON.stringify(name)}`);
}

function tldOf(name) {
	return name.slice(name.lastIndexOf('.') + 1);
}

function availability(state, name) {
	const { banned, taken, prices, renewalPrices } = state.domainRegistry;
	const isBanned = banned.includes(name);
	const owned = state.domains.some((d) => d.name === name);
	return {
		banned: isBanned,
		available: !isBanned && !owned && !taken.includes(name) && prices[tldOf(name)] !== undefined,
		registration_price: prices[tldOf(name)] ?? null,
		renewal_price: renewalPrices[tldOf(name)] ?? null,
	};
}

function stringList(body, key) {
	requireFields(body, [key]);
	if (!Array.isArray(body[key]) || body[key].some((v) => typeof v !== 'string'))
		throw fail(400, `${key} must be an array of strings`);
	return body[key];
}

exports.routes = [
	{
		method: 'POST',
		path: '/domains/search',
		scope: 'workspace',
		handle: ({ state, body }) => {
			requireFields(body, ['keyword']);
			const tlds = body.tlds ?? SEARCH_TLDS;
			if (!Array.isArray(tlds)) throw fail(400, 'tlds must be an array');
			for (const tld of tlds)
				if (!SEARCH_TLDS.includes(tld)) throw fail(400, `Unsupported TLD: ${tld}`);
			const base = String(body.keyword)
				.toLowerCase()
				.replace(/[^a-z0-9]+/g, '');
			const names = [];
			for (const stem of [base, `get${base}`, `${base}hq`])
				for (const tld of tlds) names.push(`${stem}.${tld}`);
			let domains = names.map((name) => {
				const a = availability(state, name);
				const result = {
					domain: name,
					available: a.available,
					price: a.registration_price,
					premium: false,
				};
				if (body.check_banned) result.banned = a.banned;
				if (body.check_google_workspace_availability)
					result.google_workspace_available = a.available;
				if (body.check_ms365_workspace_availability) result.ms365_workspace_available = a.available;
				return result;
			});
			if (!body.show_unavailable) domains = domains.filter((d) => d.available);
			// `page` (two clients): the next `num` suggestions.
			const num = Number(body.num ?? 10);
			const page = Number(body.page ?? 1);
			domains = domains.slice((page - 1) * num, page * num);
			return ok('Domain search results', { domains });
		},
	},
	{
		method: 'GET',
		path: '/domains/banned',
		scope: 'workspace',
		handle: ({ state, query }) => {
			requireFields(query, ['domain']);
			checkName(query.domain);
			return ok('Domain ban status', {
				banned: state.domainRegistry.banned.includes(query.domain),
			});
		},
	},
	{
		method: 'GET',
		path: '/domains/available',
		scope: 'workspace',
		handle: ({ state, query }) => {
			requireFields(query, ['domain']);
			checkName(query.domain);
			return ok('Domain availability', availability(state, query.domain));
		},
	},
	{
		method: 'POST',
		path: '/domains/register',
		scope: 'workspace',
		handle: ({ state, body, workspace, statusChanges }) => {
			requireFields(body, ['domains']);
			if (!Array.isArray(body.domains)) throw fail(400, 'domains must be an array');
			let total = 0;
			for (const entry of body.domains) {
				checkName(entry?.name);
				if (!Number.isInteger(entry.registration_years) || entry.registration_years < 1)
					throw fail(400, 'registration_years must be a positive integer');
				if (!availability(state, entry.name).available)
					throw fail(400, `Domain is not available: ${entry.name}`);
				total += state.domainRegistry.prices[tldOf(entry.name)] * entry.registration_years;
			}
			if (body.use_wallet_balance === false) {
				const session_id = newUid('cs_test_');
				return ok('Checkout session created', {
					url: `https://checkout.stripe.com/c/pay/${session_id}`,
					session_id,
					total_cost: total,
				});
			}
			if (state.wallet.credits_remaining < total) throw fail(400, 'Insufficient wallet balance');
			state.wallet.credits_remaining -= total;
			state.wallet.credits_used += total;
			const uids = body.domains.map((entry) => {
				const uid = newUid('dom_');
				state.domains.push({
					uid,
					name: entry.name,
					workspace_uid: workspace.uid,
					price: state.domainRegistry.prices[tldOf(entry.name)],
					assigned_mailboxes: 0,
					status: 'pending',
					connection_type: 'purchased',
					dns_propagation_status: 'pending',
					nameserver_match_status: 'matched',
					actual_nameservers: NAMESERVERS,
					nameservers: NAMESERVERS,
					dmarc: body.dmarc_email ? { policy: 'none', rua: body.dmarc_email } : null,
					catch_all_email: body.catch_all_email ?? null,
					forwarding_url: null,
					registration_years: entry.registration_years,
					created_at: new Date().toISOString(),
				});
				// Nameservers propagate later; InboxKit then sends domain.status_changed.
				statusChanges?.schedule('domain', uid, {
					status: 'active',
					dns_propagation_status: 'propagated',
				});
				return uid;
			});
			return ok('Domains registered successfully', {
				domains_count: uids.length,
				total_cost: total,
				payment_type: 'wallet',
				contact_details: body.contact_details ?? {
					first_name: 'Ada',
					last_name: 'Ops',
					email: state.account.email,
				},
				domain_uids: uids,
			});
		},
	},
	{
		method: 'POST',
		path: '/domains/list',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const keyword = body.keyword ? String(body.keyword).toLowerCase() : '';
			if (body.status !== undefined && !Array.isArray(body.status))
				throw fail(400, 'status must be an array');
			const domains = inWorkspace(state, workspace).filter(
				(d) => d.name.includes(keyword) && (!body.status || body.status.includes(d.status)),
			);
			return ok('Domains', pageOf(domains, body, 'domains', totalsOf(state)));
		},
	},
	{
		method: 'GET',
		path: '/domains/assignable',
		scope: 'workspace',
		handle: ({ state, query, workspace }) => {
			const domains = inWorkspace(state, workspace)
				.filter((d) => d.status === 'active')
				.map(({ uid, name, assigned_mailboxes }) => ({ uid, name, assigned_mailboxes }));
			// Stricter than the other lists: no source shows this answer's paging fields, so it has none.
			return ok('Assignable domains', pageOf(domains, query, 'domains', { totals: false }));
		},
	},
	{
		method: 'POST',
		path: '/domains/dmarc',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			requireFields(body, ['domain', 'policy']);
			if (!['none', 'quarantine', 'reject'].includes(body.policy))
				throw fail(400, 'policy must be none, quarantine or reject');
			const domain = findByName(state, workspace, body.domain);
			domain.dmarc = { policy: body.policy, rua: body.rua ?? null };
			return ok('DMARC policy set', { domain: domain.name, dmarc: domain.dmarc });
		},
	},
	{
		method: 'DELETE',
		path: '/domains/dmarc',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			requireFields(body, ['domain']);
			const domain = findByName(state, workspace, body.domain);
			domain.dmarc = null;
			return ok('DMARC policy removed', { domain: domain.name });
		},
	},
	{
		method: 'POST',
		path: '/domains/remove',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const names = stringList(body, 'domains');
			const found = names.map((name) => findByName(state, workspace, name));
			const updated = [];
			const deleted = [];
			for (const domain of found) {
				if (domain.connection_type === 'purchased') {
					updated.push({
						name: domain.name,
						uid: domain.uid,
						previous_status: domain.status,
						new_status: 'cancelled',
					});
					domain.status = 'cancelled';
				} else {
					deleted.push({
						name: domain.name,
						uid: domain.uid,
						previous_status: domain.status,
						new_status: 'deleted',
					});
					state.domains = state.domains.filter((d) => d !== domain);
				}
			}
			return ok('Domains removed', { result: { updated, deleted } });
		},
	},
	{
		method: 'POST',
		path: '/domains/forwarding',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const uids = stringList(body, 'uids');
			requireFields(body, ['forwarding_url']);
			if (!/^https:\/\//.test(body.forwarding_url))
				throw fail(400, 'forwarding_url must be a valid https URL');
			const domains = byUids(state, workspace, uids);
			for (const domain of domains) domain.forwarding_url = body.forwarding_url;
			return ok('Domain forwarding updated', { uids, forwarding_url: body.forwarding_url });
		},
	},
	{
		method: 'POST',
		path: '/mailboxes/forwarding/setup',
		scope: 'workspace',
		handle: ({ state, body }) => {
			const uids = stringList(body, 'uids');
			requireFields(body, ['forwarding_email']);
			if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(body.forwarding_email))
				throw fail(400, 'forwarding_email must be a valid email');
			for (const uid of uids) state.emailForwarding[uid] = body.forwarding_email;
			return ok('Email forwarding set up', { uids, forwarding_email: body.forwarding_email });
		},
	},
	{
		method: 'POST',
		path: '/mailboxes/forwarding/remove',
		scope: 'workspace',
		handle: ({ state, body }) => {
			const uids = stringList(body, 'uids');
			for (const uid of uids) {
				if (!(uid in state.emailForwarding))
					throw fail(404, `No forwarding set for mailbox: ${uid}`);
			}
			for (const uid of uids) delete state.emailForwarding[uid];
			return ok('Email forwarding removed', { uids });
		},
	},
	{
		method: 'POST',
		path: '/domains/catch-all',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			requireFields(body, ['email']);
			const domains = byUids(state, workspace, stringList(body, 'uids'));
			for (const domain of domains) domain.catch_all_email = body.email;
			return ok('Catch-all email set', { uids: domains.map((d) => d.uid), email: body.email });
		},
	},
	{
		method: 'DELETE',
		path: '/domains/catch-all',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const domains = byUids(state, workspace, stringList(body, 'uids'));
			for (const domain of domains) domain.catch_all_email = null;
			return ok('Catch-all email removed', { uids: domains.map((d) => d.uid) });
		},
	},
	{
		method: 'POST',
		path: '/domains/nameservers',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const names = stringList(body, 'domains');
			names.forEach(checkName);
			const connected = names.filter((name) => state.domains.some((d) => d.name === name));
			if (connected.length > 0) {
				// Captured from the live API: 409 with `error: false`, and the nameservers.
				throw new HttpAnswer(409, {
					error: false,
					message: `Domain(s) already connected to your workspace: ${connected.join(', ')}`,
					result: connected.map((name) => ({
						domain: name,
						uid: state.domains.find((d) => d.name === name).uid,
						nameservers: NAMESERVERS,
					})),
				});
			}
			for (const name of names)
				if (state.domainRegistry.banned.includes(name))
					throw fail(400, `Domain is banned: ${name}`);
			const result = names.map((name) => {
				const uid = newUid('dom_');
				state.domains.push({
					uid,
					name,
					workspace_uid: workspace.uid,
					price: 0,
					assigned_mailboxes: 0,
					status: 'pending',
					connection_type: 'connected',
					dns_propagation_status: 'pending',
					nameserver_match_status: 'mismatch',
					actual_nameservers: [],
					nameservers: NAMESERVERS,
					mask_forwarding: body.mask_forwarding === true,
					dmarc: null,
					catch_all_email: null,
					forwarding_url: null,
					created_at: new Date().toISOString(),
				});
				return { domain: name, nameservers: NAMESERVERS, uid };
			});
			return ok('Nameservers for domain connection', { result });
		},
	},
	{
		// As a client reads it: result[] of domain and the two providers' availability.
		method: 'POST',
		path: '/domains/check-workspace-availability',
		scope: 'workspace',
		handle: ({ state, body }) => {
			const names = stringList(body, 'domains');
			names.forEach(checkName);
			const { workspaceTaken } = state.domainRegistry;
			return ok('Workspace availability checked', {
				result: names.map((domain) => ({
					domain,
					google_workspace_available: !workspaceTaken.google.includes(domain),
					ms365_workspace_available: !workspaceTaken.ms365.includes(domain),
				})),
			});
		},
	},
	{
		method: 'POST',
		path: '/domains/nameservers/check-propagation',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			const names = stringList(body, 'domains');
			const result = names.map((name) => {
				const domain = findByName(state, workspace, name);
				const propagated = domain.nameserver_match_status === 'matched';
				return {
					uid: domain.uid,
					name: domain.name,
					status: domain.dns_propagation_status,
					propagated,
				};
			});
			return ok('Nameserver propagation', { result });
		},
	},
];
