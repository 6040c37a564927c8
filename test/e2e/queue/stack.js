'use strict';
/**
 * n8n in queue mode for the e2e tests: Postgres and Redis (./services.js), an n8n main
 * instance (`n8n start`: editor, REST API, webhooks, activation; it only enqueues executions)
 * and one `n8n worker` that runs them, all on 127.0.0.1. The packed package is installed into
 * each instance's user folder, as a user installs it on every instance of a queue-mode setup;
 * both share the database and the encryption key, so the credential imported once is readable
 * by the worker.
 *
 * Everything is stopped by stop(), or, if the test process dies or overruns, by ./watchdog.js.
 *
 * Which n8n ran an execution: the worker logs "Worker started execution <id> (job <job>)",
 * and the main instance logs "Execution <id> (job <job>) finished" with the `workerId` the
 * worker reported (its host id, which the worker logs at start as "Host ID: worker-…").
 * Both processes log as JSON (N8N_LOG_FORMAT=json) so the tests can read those fields.
 */
const fs = require('node:fs');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn } = require('node:child_process');

const runner = require('../../../scripts/n8n');
const { ownerSession } = require('../../../scripts/n8n/owner');
const services = require('./services');

const DEADLINE_MS = 25 * 60 * 1000;

/** A SQL string literal. */
function sqlText(value) {
	return `'${String(value).replace(/'/g, "''")}'`;
}

function jsonLines(text) {
	const lines = [];
	for (const line of text.split('\n')) {
		if (!line.startsWith('{')) continue;
		try {
			lines.push(JSON.parse(line));
		} catch {
			// a partial line, or not n8n's JSON
		}
	}
	return lines;
}

/** The value of `key` anywhere in a parsed log line (n8n nests metadata differently by version). */
function field(entry, key) {
	if (!entry || typeof entry !== 'object') return undefined;
	if (key in entry) return entry[key];
	for (const value of Object.values(entry)) {
		const found = field(value, key);
		if (found !== undefined) return found;
	}
	return undefined;
}

/** Starts the watchdog; returns { add(child | dir), disarm() }. */
function startWatchdog(work, deadlineMs) {
	const stateFile = path.join(work, 'watchdog.json');
	const state = { groups: [], dirs: [work] };
	const save = () => fs.writeFileSync(stateFile, JSON.stringify(state));
	save();
	const dog = spawn(
		process.execPath,
		[
			path.join(__dirname, 'watchdog.js'),
			String(process.pid),
			String(Date.now() + deadlineMs),
			stateFile,
		],
		{ detached: true, stdio: 'ignore' },
	);
	dog.unref();
	return {
		add(thing) {
			if (typeof thing === 'string') state.dirs.push(thing);
			else state.groups.push(thing.pid);
			save();
		},
		disarm() {
			fs.rmSync(stateFile, { force: true });
			try {
				process.kill(dog.pid, 'SIGTERM');
			} catch {
				// it saw the state file go and left already
			}
		},
	};
}

async function request(method, url, { cookie, body, timeoutMs = 120_000 } = {}) {
	const res = await fetch(url, {
		method,
		headers: {
			...(body !== undefined && { 'content-type': 'application/json' }),
			...(cookie && { cookie }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
		signal: AbortSignal.timeout(timeoutMs),
	});
	const text = await res.text();
	let json;
	try {
		json = JSON.parse(text);
	} catch {
		json = undefined;
	}
	return { status: res.status, text, json };
}

/**
 * @param {{ credential: { baseUrl: string, token: string, workspaceId?: string },
 *           say?: (message: string) => void }} options
 */
async function startQueueStack({ credential, say = () => {} }) {
	const started = Date.now();
	const step = (message) => say(`${message} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
	await services.ensurePackages(say);
	const { version, major } = await runner.ensureN8n();

	const work = runner.tmpDir('inboxkit-queue-');
	const watchdog = startWatchdog(work, DEADLINE_MS);
	const stoppers = [];
	const stop = async () => {
		while (stoppers.length > 0)
			await stoppers
				.pop()()
				.catch(() => undefined);
		watchdog.disarm();
		fs.rmSync(work, { recursive: true, force: true });
	};

	try {
		const tgz = runner.buildAndPack(path.join(work, 'pack'));
		const mainFolder = path.join(work, 'main');
		const workerFolder = path.join(work, 'worker');
		runner.installPackage(mainFolder, tgz);
		runner.installPackage(workerFolder, tgz);
		step('package installed for the main instance and the worker');

		const pg = await services.startPostgres({ onChild: (c) => watchdog.add(c) });
		watchdog.add(pg.dir);
		stoppers.push(() => pg.stop().then(() => fs.rmSync(pg.dir, { recursive: true, force: true })));
		const redis = await services.startRedis({ onChild: (c) => watchdog.add(c) });
		watchdog.add(redis.dir);
		stoppers.push(() =>
			redis.stop().then(() => fs.rmSync(redis.dir, { recursive: true, force: true })),
		);
		step(`Postgres on 127.0.0.1:${pg.port}, Redis on 127.0.0.1:${redis.port}`);

		const mainPort = await services.freePort({ pair: true });
		const workerPort = await services.freePort({ pair: true });
		const shared = {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: redis.host,
			QUEUE_BULL_REDIS_PORT: String(redis.port),
			QUEUE_BULL_REDIS_PASSWORD: redis.password,
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: pg.host,
			DB_POSTGRESDB_PORT: String(pg.port),
			DB_POSTGRESDB_DATABASE: pg.database,
			DB_POSTGRESDB_USER: pg.user,
			DB_POSTGRESDB_PASSWORD: pg.password,
			N8N_ENCRYPTION_KEY: crypto.randomBytes(24).toString('hex'),
			// The URL the main instance gives its webhooks (a trigger registers it with InboxKit).
			WEBHOOK_URL: `http://127.0.0.1:${mainPort}/`,
			N8N_LOG_FORMAT: 'json',
		};
		const cli = { env: shared };
		await runner.importCredential(mainFolder, credential, cli);
		step('database migrated, credential imported');

		const main = await runner.startN8n(mainFolder, {
			port: mainPort,
			env: { ...shared, N8N_LOG_LEVEL: 'info' },
		});
		stoppers.push(() => main.stop());
		watchdog.add(main.child);
		const worker = await runner.startN8n(workerFolder, {
			command: 'worker',
			port: workerPort,
			// debug: the worker logs its host id only at that level.
			env: { ...shared, N8N_LOG_LEVEL: 'debug' },
		});
		stoppers.push(() => worker.stop());
		watchdog.add(worker.child);
		step(`n8n ${version} main on ${main.url}, worker ready`);

		let cookie;
		const session = async () => (cookie ??= await ownerSession(main.url));

		const stack = {
			version,
			major,
			main,
			worker,
			pg,
			redis,
			webhookBase: shared.WEBHOOK_URL,
			stop,
			importWorkflows: (workflows) => runner.importWorkflows(mainFolder, workflows, cli),
			/** An authenticated call to the main instance's REST API (as the owner). */
			async rest(method, route, body) {
				const res = await request(method, `${main.url}/rest${route}`, {
					cookie: await session(),
					body,
				});
				if (res.status !== 200)
					throw new Error(
						`${method} /rest${route} answered ${res.status}: ${res.text.slice(0, 500)}`,
					);
				return res.json?.data ?? res.json;
			},
			/**
			 * Activates (publishes, in n8n 2.x) or deactivates a workflow on the running main
			 * instance, which then registers or removes its webhooks (calling a trigger node's
			 * webhook methods). n8n 2.x does that after the REST call has answered, so this waits
			 * (up to 30 s) until the workflow's webhooks are in the database, or gone.
			 */
			async setActive(id, active) {
				const workflow = await stack.rest('GET', `/workflows/${id}`);
				const result =
					major >= 2
						? await stack.rest(
								'POST',
								`/workflows/${id}/${active ? 'activate' : 'deactivate'}`,
								active ? { versionId: workflow.versionId } : {},
							)
						: await stack.rest('PATCH', `/workflows/${id}`, {
								active,
								versionId: workflow.versionId,
							});
				const registered = () => stack.webhooks(id).length > 0;
				await services.waitFor(
					`the webhooks of workflow ${id} ${active ? 'registered' : 'removed'}`,
					() => registered() === active,
					30_000,
					() => main.output().slice(-3000),
				);
				return result;
			},
			/** The production webhooks the main instance registered for a workflow. */
			webhooks: (workflowId) =>
				pg.query(
					`SELECT "webhookPath" AS path, method FROM webhook_entity WHERE "workflowId" = ${sqlText(workflowId)}`,
				),
			/** POSTs to a production webhook of the main instance. */
			callWebhook: (webhookPath, body = {}) =>
				request('POST', `${main.url}/webhook/${webhookPath}`, { body }),
			/** The workflow's executions as the database has them, oldest first. */
			executions: (workflowId) =>
				pg.query(
					`SELECT id::text AS id, status, mode, finished FROM execution_entity WHERE "workflowId" = ${sqlText(workflowId)} ORDER BY id`,
				),
			/** One execution with its run data, as the main instance's REST API gives it. */
			execution: async (executionId) => runner.getExecution(main.url, await session(), executionId),
			/**
			 * Who ran an execution, from the logs: the worker id the main instance reported it
			 * finished on, the worker's own host id, and whether the worker logged its start and
			 * end, and whether the main instance only enqueued it.
			 */
			ranOn(executionId) {
				const mainLog = jsonLines(main.output());
				const workerLog = jsonLines(worker.output());
				const message = (e) => String(field(e, 'message') ?? '');
				const finished = mainLog.find((e) =>
					new RegExp(`^Execution ${executionId} \\(job \\S+\\) finished`).test(message(e)),
				);
				const hostLine = workerLog.find((e) => message(e).startsWith('Host ID: '));
				return {
					enqueuedByMain: mainLog.some((e) =>
						message(e).startsWith(`Enqueued execution ${executionId} `),
					),
					reportedWorkerId: finished ? field(finished, 'workerId') : undefined,
					workerHostId: hostLine ? message(hostLine).slice('Host ID: '.length).trim() : undefined,
					workerStarted: workerLog.some((e) =>
						message(e).startsWith(`Worker started execution ${executionId} `),
					),
					workerFinished: workerLog.some((e) =>
						message(e).startsWith(`Worker finished execution ${executionId} `),
					),
				};
			},
		};
		return stack;
	} catch (error) {
		await stop();
		throw error;
	}
}

module.exports = { startQueueStack };
