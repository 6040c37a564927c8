'use strict';
/**
 * HTTPS for the bench's real-network scenarios: a self-signed certificate for 127.0.0.1 made with
 * openssl, which the bench process trusts through NODE_EXTRA_CA_CERTS (Node reads it at start
 * only: the bench runs itself again with it set), and a check that the emulated link behaves
 * like one: a fresh HTTPS request ~3 round trips, a request on a kept-alive connection ~1.
 */
const fs = require('node:fs');
const https = require('node:https');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');

const { median } = require('./measure');

/** Makes key.pem and cert.pem in a new temporary folder; returns their paths. */
function makeCertificate() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'inboxkit-bench-tls-'));
	const key = path.join(dir, 'key.pem');
	const cert = path.join(dir, 'cert.pem');
	const made = spawnSync(
		'openssl',
		[
			'req',
			'-x509',
			'-newkey',
			'rsa:2048',
			'-nodes',
			'-days',
			'2',
			'-keyout',
			key,
			'-out',
			cert,
			'-subj',
			'/CN=localhost',
			'-addext',
			'subjectAltName=IP:127.0.0.1,DNS:localhost',
		],
		{ stdio: ['ignore', 'ignore', 'pipe'] },
	);
	if (made.status !== 0) throw new Error(`openssl failed: ${made.stderr}`);
	return { dir, key, cert };
}

/**
 * The certificate this process trusts, or undefined after running the bench again in a child
 * process that trusts a new one (the caller then stops: the child did the work).
 */
function trustedCertificateOrRerun() {
	if (process.env.INBOXKIT_BENCH_TLS) return JSON.parse(process.env.INBOXKIT_BENCH_TLS);
	const tls = makeCertificate();
	try {
		const rerun = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
			stdio: 'inherit',
			env: {
				...process.env,
				NODE_EXTRA_CA_CERTS: tls.cert,
				INBOXKIT_BENCH_TLS: JSON.stringify(tls),
			},
		});
		process.exitCode = rerun.status ?? 1;
	} finally {
		fs.rmSync(tls.dir, { recursive: true, force: true });
	}
	return undefined;
}

function get(url, agent) {
	return new Promise((resolve, reject) => {
		const started = performance.now();
		https
			.get(url, { agent }, (res) => {
				res.resume();
				res.on('end', () => resolve(performance.now() - started));
			})
			.on('error', reject);
	});
}

/** Times of a fresh HTTPS request and of one on a kept-alive connection (medians of 5). */
async function linkCheck(server) {
	const url = `${server.networkUrl}/v1/api/account`;
	const fresh = [];
	for (let k = 0; k < 5; k++) fresh.push(await get(url, new https.Agent({ keepAlive: false })));
	const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
	await get(url, agent);
	const reused = [];
	for (let k = 0; k < 5; k++) reused.push(await get(url, agent));
	agent.destroy();
	return { fresh: median(fresh), reused: median(reused) };
}

module.exports = { trustedCertificateOrRerun, linkCheck };
