// Which test file holds which tests, for mutation runs only (see stryker.config.mjs). Stryker
// picks a mutant's tests by name, but jest would still load every test file to find them, and
// loading a file (n8n-core, the sandbox) costs more than most mutants' tests. Stryker's first
// run (every test, no mutant active) records here each test's full name and file; the runner
// (./jestRunner.js) then loads only the files whose recorded names match.
const { appendFileSync, existsSync, readFileSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const NAMES_FILE = join(tmpdir(), 'n8n-nodes-inboxkit-stryker-test-names.jsonl');

/** Test file path -> the full names of its tests (every name ever recorded: a stale name only runs a file more). */
function readTestNames() {
	if (!existsSync(NAMES_FILE)) return undefined;
	const byFile = new Map();
	for (const line of readFileSync(NAMES_FILE, 'utf8').split('\n')) {
		if (line === '') continue;
		const { file, name } = JSON.parse(line);
		if (!byFile.has(file)) byFile.set(file, new Set());
		byFile.get(file).add(name);
	}
	return byFile;
}

function recordTestName(file, name) {
	appendFileSync(NAMES_FILE, JSON.stringify({ file, name }) + '\n');
}

module.exports = { NAMES_FILE, readTestNames, recordTestName };
