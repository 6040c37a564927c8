'use strict';
/**
 * Drives a real n8n (installed by ./install.js) with this package installed the way a user
 * installs a community node. Shared by `npm start` (../start.js), the e2e tests and the bench;
 * each job has its own file:
 *
 *   versions.js, paths.js        which n8n versions are tested, where each is installed
 *   install.js                   the one-time install (installLock.js, installSteps.js, progress.js)
 *   env.js                       the environment n8n runs in (headless, offline, loopback)
 *   communityPackage.js          this package built, packed and installed into a user folder
 *   cli.js, workflows.js         n8n's CLI: import the credential and workflows, `execute` them
 *   runData.js                   what a run put out
 *   server.js, processes.js      `n8n start` / `n8n worker` in the background, and stopping them
 *   rest.js, owner.js            a running n8n's HTTP API, as its owner
 */
const { ensureN8n } = require('./install');
const { paths } = require('./paths');
const { progress } = require('./progress');
const { n8nCli } = require('./cli');
const { startN8n } = require('./server');
const { stopProcess, stopStarted } = require('./processes');
const { ownerSession } = require('./owner');

module.exports = {
	...require('./communityPackage'),
	...require('./workflows'),
	...require('./runData'),
	...require('./rest'),
	ensureN8n,
	paths,
	progress,
	n8nCli,
	startN8n,
	stopProcess,
	stopStarted,
	ownerSession,
};
