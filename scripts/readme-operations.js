'use strict';
/**
 * Rewrites README.md's operations table from the node's resource entries (run after
 * `npm run build`): `node scripts/readme-operations.js`. test/node/description.test.ts
 * fails when README and the node disagree.
 */
const fs = require('node:fs');
const path = require('node:path');

const { RESOURCES } = require('../dist/nodes/InboxKit/resources');

const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';
const rows = ['| Resource | Operation | Action | Request | Notes |', '|---|---|---|---|---|'];
for (const resource of RESOURCES) {
	for (const op of [...resource.operations].sort((a, b) => a.name.localeCompare(b.name))) {
		const notes = [
			op.workspaceScoped ? 'workspace' : 'team-wide',
			op.list ? 'Return All / Limit' : '',
			op.combine ? 'Combine Input Items' : '',
			op.spendsMoney ? '**charges the account, never retried**' : '',
		].filter(Boolean);
		rows.push(
			`| ${resource.name} | ${op.name} | ${op.action} | \`${op.method} ${op.path}\` | ${notes.join(', ')} |`,
		);
	}
}
const readmePath = path.join(__dirname, '..', 'README.md');
const readme = fs.readFileSync(readmePath, 'utf8');
const begin = readme.indexOf(START);
const end = readme.indexOf(END);
if (begin === -1 || end === -1) throw new Error(`README.md needs ${START} and ${END} markers`);
fs.writeFileSync(
	readmePath,
	`${readme.slice(0, begin + START.length)}\n${rows.join('\n')}\n${readme.slice(end)}`,
);
console.log(`${rows.length - 2} operations written to README.md`);
