'use strict';
const { HttpAnswer, fail, requireFields, newUid } = require('../answers');

/**
 * Place Order (client + docs index): domains bought with their mailboxes in one purchase,
 * `{contact_details?, domains: [{name, redirect_url?, registration_years, mailboxes: [{email,
 * first_name, last_name, platform, sequencer_uid?, profile_pic_url?}]}]}`, answered with 201 and
 * one result per domain (the answer's shape is assumed).
 */

const DOMAIN_KEYS = ['name', 'redirect_url', 'registration_years', 'mailboxes'];
const MAILBOX_KEYS = [
	'email',
	'first_name',
	'last_name',
	'platform',
	'sequencer_uid',
	'profile_pic_url',
];

function onlyKeys(object, keys, where) {
	for (const key of Object.keys(object))
		if (!keys.includes(key)) throw fail(400, `"${where}${key}" is not allowed`);
}

exports.routes = [
	{
		method: 'POST',
		path: '/orders',
		scope: 'workspace',
		handle: ({ state, body, workspace }) => {
			onlyKeys(body, ['contact_details', 'domains'], '');
			requireFields(body, ['domains']);
			const { prices, taken, banned } = state.domainRegistry;
			let cost = 0;
			for (const domain of body.domains) {
				onlyKeys(domain, DOMAIN_KEYS, 'domains[].');
				requireFields(domain, ['name', 'registration_years', 'mailboxes']);
				const tld = domain.name.slice(domain.name.lastIndexOf('.') + 1);
				if (prices[tld] === undefined) throw fail(400, `TLD not supported: ${tld}`);
				if (taken.includes(domain.name) || banned.includes(domain.name))
					throw fail(400, `Domain not available: ${domain.name}`);
				if (state.domains.some((d) => d.name === domain.name))
					throw fail(409, `Domain already in InboxKit: ${domain.name}`);
				for (const mailbox of domain.mailboxes) {
					onlyKeys(mailbox, MAILBOX_KEYS, 'domains[].mailboxes[].');
					requireFields(mailbox, ['email', 'first_name', 'last_name', 'platform']);
					if (!mailbox.email.endsWith(`@${domain.name}`))
						throw fail(400, `${mailbox.email} is not on ${domain.name}`);
				}
				cost +=
					prices[tld] * domain.registration_years +
					domain.mailboxes.length * state.account.cost_per_google_mailbox;
			}
			if (state.wallet.credits_remaining < cost) throw fail(400, 'Insufficient wallet balance');
			state.wallet.credits_used += cost;
			state.wallet.credits_remaining -= cost;
			const results = body.domains.map((domain) => {
				const uid = newUid('dom_');
				state.domains.push({
					uid,
					name: domain.name,
					workspace_uid: workspace.uid,
					status: 'pending',
					forwarding_url: domain.redirect_url ?? null,
				});
				const mailboxes = domain.mailboxes.map(({ email, first_name, last_name, platform }) => {
					const mailbox = {
						uid: newUid('mbx_'),
						workspace_uid: workspace.uid,
						username: email.slice(0, email.indexOf('@')),
						domain_name: domain.name,
						first_name,
						last_name,
						platform,
						status: 'scheduled',
					};
					state.mailboxes.push(mailbox);
					return { uid: mailbox.uid, email, status: mailbox.status };
				});
				return { domain: domain.name, domain_uid: uid, status: 'processing', mailboxes };
			});
			return new HttpAnswer(201, {
				error: false,
				message: 'Order placed',
				order_uid: newUid('ord_'),
				total_cost: cost,
				results,
			});
		},
	},
];
