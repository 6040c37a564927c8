'use strict';
/**
 * Rewrites README.md's generated parts (the operations table and the list of guessed
 * operations) from the node's resource entries. Run after `npm run build`:
 * `node scripts/readme-operations.js`. test/node/description.test.ts fails when README and the
 * node disagree.
 */
const fs = require('node:fs');
const path = require('node:path');

const { RESOURCES } = require('../dist/nodes/InboxKit/resources');
const { isRetryable, isSentOnce } = require('../dist/nodes/InboxKit/operation');
const { renderReadme } = require('./readme-render');

const readmePath = path.join(__dirname, '..', 'README.md');
fs.writeFileSync(
	readmePath,
	renderReadme(fs.readFileSync(readmePath, 'utf8'), RESOURCES, { isRetryable, isSentOnce }),
);
const count = RESOURCES.reduce((n, r) => n + r.operations.length, 0);
console.log(`${count} operations written to README.md`);
