'use strict';
/** The editor's owner account: created on the first start, logged in as after that. */
const { NODE_TYPE, TRIGGER_TYPE } = require('./communityPackage');

const OWNER = {
	email: process.env.INBOXKIT_N8N_OWNER_EMAIL || 'owner@inboxkit.local',
	password: process.env.INBOXKIT_N8N_OWNER_PASSWORD || 'InboxKit-dev-1',
	firstName: 'InboxKit',
	lastName: 'Developer',
};

async function postJson(url, body, headers = {}) {
	const res = await fetch(url, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body: JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, headers: res.headers, body: text };
}

/** Creates the owner account if the instance has none yet; returns a session cookie. */
async function ownerSession(baseUrl) {
	const setup = await postJson(`${baseUrl}/rest/owner/setup`, OWNER);
	let cookie = setup.status === 200 ? setup.headers.get('set-cookie') : undefined;
	if (!cookie) {
		const login = await postJson(`${baseUrl}/rest/login`, {
			emailOrLdapLoginId: OWNER.email,
			password: OWNER.password,
		});
		if (login.status !== 200) {
			throw new Error(
				`could not log in as ${OWNER.email} (owner setup answered ${setup.status}: ${setup.body.slice(0, 200)}; login answered ${login.status}: ${login.body.slice(0, 200)})`,
			);
		}
		cookie = login.headers.get('set-cookie');
	}
	return String(cookie).split(';')[0];
}

/** GET /types/nodes.json as the owner: the node types the editor offers. */
async function servedInboxKitTypes(baseUrl, cookie) {
	const get = async (p) => {
		const res = await fetch(`${baseUrl}${p}`, { headers: { cookie } });
		if (res.status !== 200) throw new Error(`GET ${p} answered ${res.status}`);
		return res.json();
	};
	const types = await get('/types/nodes.json');
	const nodes = types.filter((t) => t.name === NODE_TYPE);
	const triggers = types.filter((t) => t.name === TRIGGER_TYPE);
	const credentials = (await get('/types/credentials.json')).filter(
		(t) => t.name === 'inboxKitApi',
	);
	return { nodes, triggers, credentials };
}

module.exports = { OWNER, ownerSession, servedInboxKitTypes };
