/**
 * The end-to-end suite: a real n8n (installed once per machine into a cache folder, see
 * ./n8n-install.js) with the packed package. Slow, so it has its own config:
 *   npx jest -c test/e2e/jest.config.js
 * The root jest.config.js only matches *.test.ts and so never picks these files up.
 */
const path = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
	rootDir: path.resolve(__dirname, '..', '..'),
	displayName: 'e2e',
	testEnvironment: 'node',
	roots: ['<rootDir>/test/e2e'],
	testMatch: ['**/*.e2e.test.js'],
	testTimeout: 10 * 60 * 1000,
};
