'use strict';
/**
 * The n8n versions this package is tested against, and what each needs to install and run
 * offline. `INBOXKIT_N8N_VERSION` picks one for `npm start` and the e2e suites (default: the
 * first); `.ci/run` runs the e2e suite once per version listed here.
 */

/** Newest first. 1.123.x is the last 1.x line. */
const TESTED = ['2.41.1', '1.123.81'];

function majorOf(version) {
	const major = Number(String(version).split('.')[0]);
	if (!Number.isInteger(major)) throw new Error(`not an n8n version: ${version}`);
	return major;
}

/**
 * What a version needs:
 * - node: the Node package (from the npm registry) n8n runs on. 2.x needs Node >= 22.16;
 *   1.123 declares >= 20.19 <= 24.x, so Node 24 serves both.
 * - overrides: npm overrides for the install folder's package.json (never this package's).
 *   n8n-nodes-base 1.x pins `xlsx` to a tarball on cdn.sheetjs.com, which offline or
 *   firewalled machines cannot fetch; 0.18.5 from the registry is the same library.
 * - disabledModules: 2.x's mcp-registry module calls api.n8n.io on a timer (loopback only
 *   here); 1.x does not know that module and refuses to start when it is named.
 */
function profileFor(version) {
	const major = majorOf(version);
	return {
		version,
		major,
		node: 'node@24',
		overrides: major < 2 ? { xlsx: '0.18.5' } : undefined,
		disabledModules: major >= 2 ? 'mcp-registry' : undefined,
	};
}

module.exports = { TESTED, DEFAULT: TESTED[0], profileFor, majorOf };

if (require.main === module) process.stdout.write(TESTED.join(' ') + '\n');
