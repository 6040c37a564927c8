'use strict';
/**
 * Postgres and Redis for the queue-mode suite, from Debian's packages (`postgresql`,
 * `redis-server`; installed with apt-get when missing, which needs root or password-less sudo,
 * as on CI). Each runs as a child of the test in its own temp folder, on a free 127.0.0.1 port,
 * with a random password, and is stopped by its stop(), or by ./watchdog.js if the test
 * process dies first.
 *
 * Postgres refuses to run as root: as root, the cluster is created and run as the `postgres`
 * user the package adds (Node's spawn with uid/gid), in a temp folder that user owns.
 */
const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const crypto = require('node:crypto');
const { spawn, spawnSync } = require('node:child_process');

const { runStep } = require('../../../scripts/n8n/installSteps');
const { cacheRoot } = require('../../../scripts/n8n/paths');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The bin folder of the newest Postgres server Debian's packages installed, if any. */
function postgresBin() {
	const base = '/usr/lib/postgresql';
	if (!fs.existsSync(base)) return undefined;
	const versions = fs
		.readdirSync(base)
		.filter((v) => fs.existsSync(path.join(base, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length > 0 ? path.join(base, versions[0], 'bin') : undefined;
}

function onPath(command) {
	return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

/** Installs postgresql and redis-server with apt-get if either is missing. */
async function ensurePackages(say) {
	const missing = [];
	if (!postgresBin()) missing.push('postgresql');
	if (!onPath('redis-server')) missing.push('redis-server');
	if (missing.length === 0) return;
	let prefix = [];
	if (process.getuid?.() !== 0) {
		if (spawnSync('sudo', ['-n', 'true']).status !== 0)
			throw new Error(
				`the queue-mode tests need ${missing.join(' and ')} (Debian/Ubuntu: apt-get install -y postgresql redis-server); run them as root or install those first`,
			);
		prefix = ['sudo', '-n', '--preserve-env=DEBIAN_FRONTEND'];
	}
	const logDir = path.join(cacheRoot(), 'logs');
	fs.mkdirSync(logDir, { recursive: true });
	const logFile = path.join(logDir, 'apt-queue-mode.log');
	fs.writeFileSync(logFile, `apt-get for the queue-mode tests, ${new Date().toISOString()}\n`);
	say(`${missing.join(' and ')} missing: installing with apt-get (output: ${logFile})`);
	const step = {
		cwd: os.tmpdir(),
		env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		logFile,
	};
	const [command, ...args] = [...prefix, 'apt-get'];
	await runStep('apt-get update', command, [...args, 'update'], step);
	await runStep(
		'installing postgresql and redis-server',
		command,
		[...args, 'install', '-y', 'postgresql', 'redis-server'],
		step,
	);
	if (!postgresBin() || !onPath('redis-server'))
		throw new Error(`apt-get ran but postgresql or redis-server is still missing (${logFile})`);
}

/** A free TCP port on 127.0.0.1 (and, with `pair`, the next one free as well). */
async function freePort({ pair = false } = {}) {
	const tryListen = (port) =>
		new Promise((resolve) => {
			const server = net.createServer();
			server.once('error', () => resolve(undefined));
			server.listen(port, '127.0.0.1', () => {
				const bound = server.address().port;
				server.close(() => resolve(bound));
			});
		});
	for (let i = 0; i < 50; i++) {
		const port = await tryListen(0);
		if (port && (!pair || (port < 65535 && (await tryListen(port + 1))))) return port;
	}
	throw new Error('no free port on 127.0.0.1');
}

/** Resolves when `check()` is true; polls every 300 ms, up to `timeoutMs`. */
async function waitFor(what, check, timeoutMs, describe = () => '') {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (await check()) return;
		await sleep(300);
	}
	throw new Error(`${what} not ready within ${timeoutMs / 1000} s\n${describe()}`);
}

/** Stops a detached child (its whole process group): `signal`, then SIGKILL after 10 s. */
function stopChild(child, signal = 'SIGTERM') {
	return new Promise((resolve) => {
		if (child.exitCode !== null || child.signalCode !== null) return resolve();
		const kill = (sig) => {
			try {
				process.kill(-child.pid, sig);
			} catch {
				// gone
			}
		};
		const timer = setTimeout(() => kill('SIGKILL'), 10_000);
		child.once('exit', () => {
			clearTimeout(timer);
			resolve();
		});
		kill(signal);
	});
}

function tailOf(file) {
	try {
		return fs.readFileSync(file, 'utf8').split('\n').slice(-30).join('\n');
	} catch {
		return '';
	}
}

function postgresUser() {
	if (process.getuid?.() !== 0) return {};
	const id = (flag) => Number(spawnSync('id', [flag, 'postgres'], { encoding: 'utf8' }).stdout);
	const uid = id('-u');
	const gid = id('-g');
	if (!uid) throw new Error('running as root, but there is no `postgres` user to run Postgres as');
	return { uid, gid };
}

/**
 * A fresh Postgres cluster: database `n8n`, user `n8n` with a random password, password
 * authentication, listening on 127.0.0.1 only (its socket in the temp folder).
 */
async function startPostgres({ onChild = () => {} } = {}) {
	const bin = postgresBin();
	if (!bin) throw new Error('no Postgres server in /usr/lib/postgresql');
	const owner = postgresUser();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inboxkit-pg-'));
	const data = path.join(dir, 'data');
	const logFile = path.join(dir, 'postgres.log');
	const password = crypto.randomBytes(16).toString('hex');
	fs.writeFileSync(path.join(dir, 'pw'), password);
	if (owner.uid) {
		fs.chownSync(dir, owner.uid, owner.gid);
		fs.chownSync(path.join(dir, 'pw'), owner.uid, owner.gid);
	}
	const asOwner = { ...owner, cwd: dir, encoding: 'utf8' };
	const init = spawnSync(
		path.join(bin, 'initdb'),
		[
			'-D',
			data,
			'-U',
			'n8n',
			`--pwfile=${path.join(dir, 'pw')}`,
			'--auth=scram-sha-256',
			'-E',
			'UTF8',
			'--locale=C',
			'--no-sync',
		],
		asOwner,
	);
	if (init.status !== 0) throw new Error(`initdb failed\n${init.stdout}\n${init.stderr}`);
	const port = await freePort();
	const logFd = fs.openSync(logFile, 'a');
	if (owner.uid) fs.fchownSync(logFd, owner.uid, owner.gid);
	// A test database: durability settings off for speed.
	const child = spawn(
		path.join(bin, 'postgres'),
		[
			'-D',
			data,
			'-p',
			String(port),
			'-k',
			dir,
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
		],
		{ ...owner, cwd: dir, detached: true, stdio: ['ignore', logFd, logFd] },
	);
	fs.closeSync(logFd);
	onChild(child);
	const env = { ...process.env, PGPASSWORD: password };
	const conn = ['-h', '127.0.0.1', '-p', String(port), '-U', 'n8n'];
	await waitFor(
		'Postgres',
		() => spawnSync(path.join(bin, 'pg_isready'), [...conn, '-d', 'postgres']).status === 0,
		60_000,
		() => tailOf(logFile),
	);
	const created = spawnSync(path.join(bin, 'createdb'), [...conn, 'n8n'], {
		env,
		encoding: 'utf8',
	});
	if (created.status !== 0) throw new Error(`createdb failed: ${created.stderr}`);

	return {
		host: '127.0.0.1',
		port,
		user: 'n8n',
		password,
		database: 'n8n',
		dir,
		child,
		logFile,
		/** Runs one SELECT; resolves with its rows as objects. */
		query(sql) {
			const result = spawnSync(
				path.join(bin, 'psql'),
				[
					...conn,
					'-d',
					'n8n',
					'-X',
					'-A',
					'-t',
					'-v',
					'ON_ERROR_STOP=1',
					'-c',
					`SELECT coalesce(json_agg(q), '[]') FROM (${sql}) q`,
				],
				{ env, encoding: 'utf8' },
			);
			if (result.status !== 0) throw new Error(`psql: ${result.stderr}`);
			return JSON.parse(result.stdout);
		},
		// SIGINT is Postgres's "fast" shutdown: clients are disconnected, no waiting.
		stop: () => stopChild(child, 'SIGINT'),
	};
}

/** PING over RESP after AUTH: resolves true on "+PONG". */
function redisPing(port, password) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let answer = '';
		const done = (ok) => {
			socket.destroy();
			resolve(ok);
		};
		socket.setTimeout(2000, () => done(false));
		socket.on('error', () => done(false));
		socket.on('data', (d) => {
			answer += d;
			if (answer.includes('+PONG')) done(true);
			else if (answer.includes('-')) done(false);
		});
		socket.on('connect', () => socket.write(`AUTH ${password}\r\nPING\r\n`));
	});
}

/** A Redis with no persistence, a random password, listening on 127.0.0.1 only. */
async function startRedis({ onChild = () => {} } = {}) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inboxkit-redis-'));
	const logFile = path.join(dir, 'redis.log');
	const password = crypto.randomBytes(16).toString('hex');
	const port = await freePort();
	// The password goes in through a config file, not the command line, where other users
	// could read it in the process list.
	const config = path.join(dir, 'redis.conf');
	fs.writeFileSync(
		config,
		[
			`port ${port}`,
			'bind 127.0.0.1',
			'protected-mode yes',
			`requirepass ${password}`,
			'save ""',
			'appendonly no',
			`dir ${dir}`,
			'daemonize no',
		].join('\n') + '\n',
		{ mode: 0o600 },
	);
	const logFd = fs.openSync(logFile, 'a');
	const child = spawn('redis-server', [config], {
		cwd: dir,
		detached: true,
		stdio: ['ignore', logFd, logFd],
	});
	fs.closeSync(logFd);
	onChild(child);
	await waitFor(
		'Redis',
		() => redisPing(port, password),
		30_000,
		() => tailOf(logFile),
	);
	return {
		host: '127.0.0.1',
		port,
		password,
		dir,
		child,
		logFile,
		stop: () => stopChild(child, 'SIGTERM'),
	};
}

module.exports = {
	ensurePackages,
	startPostgres,
	startRedis,
	freePort,
	waitFor,
	stopChild,
	postgresBin,
};
