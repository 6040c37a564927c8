'use strict';
/**
 * What InboxKit does besides answering requests: domains and mailboxes change status over time,
 * and each change is POSTed to a webhook URL, in the shape of InboxKit's docs ("Webhooks
 * InboxKit sends" in the shared API notes):
 *
 *   headers  User-Agent: InboxKit-Webhook/1.0, X-InboxKit-Event, X-InboxKit-Timestamp (ISO 8601),
 *            X-InboxKit-Signature: sha256=<hex SHA-256 of the team's API token>
 *   body     {event, timestamp, team_id, team_name, data: {<domain|mailbox|...>: {...}, metadata}}
 *
 * A registered domain goes pending -> propagated and a bought mailbox scheduled -> active. With
 * `afterMs` set, a change happens that many ms after the purchase (npm start); without it,
 * changes wait until `flush()` (tests), or are made at once with `change()`.
 *
 * Deliveries go to the workspace's webhook URL, else to the team-level URL. The sandbox only
 * sends to loopback addresses: any other URL is recorded as skipped, never contacted.
 */
const crypto = require('node:crypto');
const http = require('node:http');

const USER_AGENT = 'InboxKit-Webhook/1.0';
/** InboxKit waits this long for an answer before it counts a delivery as failed. */
const ANSWER_TIMEOUT_MS = 30_000;

const EVENTS = {
	domain: 'domain.status_changed',
	mailbox: 'mailbox.status_changed',
	consent_request: 'consent_request.status_changed',
	client_id_request: 'client_id_request.status_changed',
};

/** `sha256=` + the lowercase hex SHA-256 of the API token itself (not an HMAC of the body). */
function signatureOf(token) {
	return `sha256=${crypto.createHash('sha256').update(token, 'utf8').digest('hex')}`;
}

/** The headers InboxKit sends with one event. */
function webhookHeaders(token, event, timestamp) {
	return {
		'Content-Type': 'application/json',
		'User-Agent': USER_AGENT,
		'X-InboxKit-Event': event,
		'X-InboxKit-Timestamp': timestamp,
		'X-InboxKit-Signature': signatureOf(token),
	};
}

function tldOf(name) {
	return name.slice(name.lastIndexOf('.') + 1);
}

/** A domain as domain.status_changed carries it. */
function domainEntity(domain) {
	return {
		uid: domain.uid,
		name: domain.name,
		tld: tldOf(domain.name),
		status: domain.status,
		previous_status: domain.previous_status ?? null,
		dns_propagation_status: domain.dns_propagation_status,
		nameservers: domain.nameservers ?? [],
		renewal_date: domain.renewal_date ?? null,
		renewal_status: domain.renewal_status ?? 'na',
		registration_years: domain.registration_years ?? 1,
	};
}

/** A mailbox as mailbox.status_changed carries it: with its plaintext secrets, as InboxKit sends them. */
function mailboxEntity(mailbox, secrets = {}) {
	return {
		uid: mailbox.uid,
		email: `${mailbox.username}@${mailbox.domain_name}`,
		username: mailbox.username,
		first_name: mailbox.first_name,
		last_name: mailbox.last_name,
		profile_picture: mailbox.profile_picture ?? null,
		domain_name: mailbox.domain_name,
		platform: mailbox.platform,
		status: mailbox.status,
		previous_status: mailbox.previous_status ?? null,
		is_admin: mailbox.is_admin ?? false,
		forwarding_email: mailbox.forwarding_email ?? '',
		tags: mailbox.tags ?? [],
		renewal_date: mailbox.renewal_date ?? null,
		renewal_status: mailbox.renewal_status ?? 'na',
		password: secrets.password ?? '',
		app_password: secrets.app_password ?? '',
		secret: secrets.secret ?? '',
	};
}

/**
 * A consent or client-ID request as its event carries it (the docs' event page: status,
 * status_text / status_reason, consent_url, domain_name; the rest as the status answer shows it).
 */
function requestEntity(request) {
	const { workspace_uid: _w, previous_status, ...rest } = request;
	return { ...rest, previous_status: previous_status ?? null };
}

/**
 * The body of one event. `metadata` is not described by InboxKit's docs beyond its name: the
 * workspace it happened in is the sandbox's guess.
 */
function eventBody(state, kind, entity, { timestamp = new Date().toISOString(), workspace } = {}) {
	if (!EVENTS[kind]) throw new Error(`unknown event kind ${kind}`);
	return {
		event: EVENTS[kind],
		timestamp,
		team_id: state.account.uid,
		team_name: state.account.team,
		data: {
			[kind]: entity,
			metadata: workspace ? { workspace_id: workspace.uid, workspace_name: workspace.name } : {},
		},
	};
}

function isLoopback(url) {
	let host;
	try {
		host = new URL(url).hostname;
	} catch {
		return false;
	}
	return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\./.test(host);
}

function post(url, headers, text) {
	return new Promise((resolve, reject) => {
		const req = http.request(
			url,
			{ method: 'POST', headers: { ...headers, 'Content-Length': Buffer.byteLength(text) } },
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () =>
					resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }),
				);
			},
		);
		req.on('error', reject);
		req.setTimeout(ANSWER_TIMEOUT_MS, () => req.destroy(new Error('no answer within 30 s')));
		req.end(text);
	});
}

/**
 * @param {{ token: string, getState: () => object, afterMs?: number, retries?: number,
 *   retryDelayMs?: number, log?: (line: string) => void }} options
 */
function createStatusChanges({
	token,
	getState,
	afterMs,
	retries = 3,
	retryDelayMs = 2000,
	log = () => {},
}) {
	const deliveries = [];
	let scheduled = [];
	const timers = new Set();
	const wait = (ms) =>
		new Promise((resolve) => {
			const timer = setTimeout(() => {
				timers.delete(timer);
				resolve();
			}, ms);
			timers.add(timer);
		});

	function targetUrl(state, workspaceUid) {
		const workspace = state.workspaces.find((w) => w.uid === workspaceUid);
		return workspace?.webhook_url || state.teamWebhookUrl || undefined;
	}

	/** POSTs one event like InboxKit: retried on failures, except 400 and 401 (permanent). */
	async function deliver(url, body) {
		const delivery = { url, event: body.event, body, attempts: [], delivered: false };
		deliveries.push(delivery);
		if (!url) {
			delivery.skipped = 'no webhook URL is set';
			return delivery;
		}
		if (!isLoopback(url)) {
			delivery.skipped = 'not a loopback URL: the sandbox sends nothing off this machine';
			return delivery;
		}
		const headers = webhookHeaders(token, body.event, body.timestamp);
		delivery.headers = headers;
		const text = JSON.stringify(body);
		for (let attempt = 0; attempt <= retries; attempt++) {
			if (attempt > 0) await wait(retryDelayMs);
			try {
				const answer = await post(url, headers, text);
				delivery.attempts.push({ status: answer.status, body: answer.body });
				if (answer.status >= 200 && answer.status < 300) {
					delivery.delivered = true;
					break;
				}
				if (answer.status === 400 || answer.status === 401) break;
			} catch (error) {
				delivery.attempts.push({ error: error.message });
			}
		}
		const last = delivery.attempts[delivery.attempts.length - 1];
		log(`${body.event} -> ${url}: ${last.status ?? last.error}`);
		return delivery;
	}

	/** The records of a kind of status change, in the state. */
	function recordsOf(state, kind) {
		return {
			domain: state.domains,
			mailbox: state.mailboxes,
			consent_request: state.consentRequests,
			client_id_request: state.clientIdRequests,
			warmup: state.warmupSubscriptions,
		}[kind];
	}

	/**
	 * Applies a status change to a domain, mailbox, consent or client-ID request of the state and
	 * sends its event. A warmup subscription changes without one: InboxKit's docs list no warmup
	 * event.
	 */
	async function change(kind, uid, changes) {
		const state = getState();
		const list = recordsOf(state, kind);
		if (!list) throw new Error(`the sandbox has no status changes of ${kind}`);
		const record = list.find((r) => r.uid === uid);
		if (!record) throw new Error(`no ${kind} ${uid} in the sandbox`);
		record.previous_status = record.status;
		Object.assign(record, changes);
		if (kind === 'warmup') return undefined;
		const workspace = state.workspaces.find((w) => w.uid === record.workspace_uid);
		const entity =
			kind === 'domain'
				? domainEntity(record)
				: kind === 'mailbox'
					? mailboxEntity(record, state.mailboxSecrets?.[record.uid])
					: requestEntity(record);
		return await deliver(
			targetUrl(state, record.workspace_uid),
			eventBody(state, kind, entity, { workspace }),
		);
	}

	/** Queues a change that InboxKit would make later (after a purchase). */
	function schedule(kind, uid, changes) {
		const entry = { kind, uid, changes };
		scheduled.push(entry);
		if (afterMs !== undefined) {
			const timer = setTimeout(() => {
				timers.delete(timer);
				scheduled = scheduled.filter((e) => e !== entry);
				change(kind, uid, changes).catch((error) => log(`status change failed: ${error.message}`));
			}, afterMs);
			timers.add(timer);
		}
	}

	/** Makes every queued change now, in order; resolves with their deliveries. */
	async function flush() {
		const due = scheduled;
		scheduled = [];
		const done = [];
		for (const { kind, uid, changes } of due) done.push(await change(kind, uid, changes));
		return done;
	}

	function reset() {
		for (const timer of timers) clearTimeout(timer);
		timers.clear();
		scheduled = [];
		deliveries.length = 0;
	}

	return {
		deliveries,
		get scheduled() {
			return scheduled.map(({ kind, uid, changes }) => ({ kind, uid, changes }));
		},
		schedule,
		change,
		flush,
		reset,
	};
}

module.exports = {
	EVENTS,
	USER_AGENT,
	signatureOf,
	webhookHeaders,
	domainEntity,
	mailboxEntity,
	requestEntity,
	eventBody,
	createStatusChanges,
};
