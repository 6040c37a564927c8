/**
 * The queue-mode suite (`npm run test:queue`): n8n's main instance and a worker on Postgres
 * and Redis, see ./stack.js. Its own config because it needs those services (installed with
 * apt-get when missing) and takes a few minutes; INBOXKIT_N8N_VERSION picks the n8n version as
 * for the other e2e suite.
 */
const path = require('node:path');

const { DEFAULT } = require('../../../scripts/n8n/versions');

/** @type {import('jest').Config} */
module.exports = {
	rootDir: path.resolve(__dirname, '..', '..', '..'),
	displayName: `queue n8n ${process.env.INBOXKIT_N8N_VERSION || DEFAULT}`,
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e/queue'],
	testMatch: ['**/*.queue.test.js'],
	testTimeout: 10 * 60 * 1000,
};
