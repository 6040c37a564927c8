/**
 * The end-to-end suite: a real n8n (installed once per machine into a cache folder, see
 * scripts/n8n/install.js) with the packed package. Slow, so it has its own config:
 *   npx jest -c test/e2e/jest.config.js                                   the default n8n
 *   INBOXKIT_N8N_VERSION=1.123.81 npx jest -c test/e2e/jest.config.js     another one
 * (`npm run test:e2e:all` runs it once per version in scripts/n8n/versions.js.)
 * The root jest.config.js only matches *.test.ts and so never picks these files up; the
 * queue-mode suite has its own config (./queue/jest.config.js).
 */
const path = require('node:path');

const { DEFAULT } = require('../../scripts/n8n/versions');

/** @type {import('jest').Config} */
module.exports = {
	rootDir: path.resolve(__dirname, '..', '..'),
	displayName: `e2e n8n ${process.env.INBOXKIT_N8N_VERSION || DEFAULT}`,
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/e2e/queue/'],
	testMatch: ['**/*.e2e.test.js'],
	testTimeout: 10 * 60 * 1000,
};
