// Mutation testing (StrykerJS) of the code every operation goes through: `npm run test:mutation`.
// Kept here, not at the top level: `stryker run test/mutation/stryker.config.mjs` names it. Paths below are
// relative to the repository root, where npm runs the script. Not part of CI: a full run takes
// tens of minutes on 2 cores; incremental mode then re-tests only what changed.
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
	packageManager: 'npm',
	mutate: [
		'nodes/InboxKit/transport/**/*.ts',
		'nodes/InboxKit/runner/**/*.ts',
		'nodes/InboxKit/shared/**/*.ts',
		'nodes/InboxKit/pickers/**/*.ts',
		'nodes/InboxKitTrigger/**/*.ts',
		'nodes/InboxKitPollTrigger/**/*.ts',
	],
	// The unit suite only (jest.config.js matches test/**/*.test.ts); the e2e suite has its own config.
	testRunner: 'jest',
	jest: {
		projectType: 'custom',
		configFile: 'jest.config.js',
		enableFindRelatedTests: false,
		// file-sizes.test.ts counts the lines of the source files, which are instrumented copies
		// here (several times longer).
		config: {
			testPathIgnorePatterns: ['/node_modules/', '/test/node/file-sizes\\.test\\.ts$'],
			// Load only the test files that hold a mutant's tests (see testNames.js): several times
			// faster than loading all 30 files for each mutant.
			runner: '<rootDir>/test/mutation/jestRunner.js',
			setupFilesAfterEnv: ['<rootDir>/test/mutation/recordTestNames.js'],
		},
	},
	// Each mutant runs only the tests that reach it (picked by name, and their files by the runner above).
	coverageAnalysis: 'perTest',
	// Mutants of module-level constants (field descriptions, status sets, message tables) are
	// reached by every test, so each would run the whole suite: about 45% of a full run's time for
	// some 11% of the mutants. They are left out (reported as ignored).
	ignoreStatic: true,
	// Mutants that do not compile are skipped before any test runs.
	checkers: ['typescript'],
	tsconfigFile: 'tsconfig.json',
	// ts-jest would otherwise type-check the instrumented copies, which do not type-check.
	disableTypeChecks: 'nodes/**/*.ts',
	concurrency: 2,
	// A mutant that turns a loop endless is stopped (and counted as detected) after this.
	timeoutMS: 15_000,
	timeoutFactor: 1.5,
	// Re-runs test only the mutants whose code or tests changed; `-- --force` re-tests all. The
	// file stays out of git (see README, "Mutation testing").
	incremental: true,
	incrementalFile: 'reports/mutation/stryker-incremental.json',
	reporters: ['clear-text', 'progress', 'html', 'json'],
	htmlReporter: { fileName: 'reports/mutation/mutation.html' },
	jsonReporter: { fileName: 'reports/mutation/mutation.json' },
	thresholds: { high: 90, low: 85, break: null },
	// The instrumented copies live outside the work tree, so that lint, tsc and Prettier, which
	// walk the tree, never read them while a run is under way.
	tempDirName: join(tmpdir(), 'n8n-nodes-inboxkit-stryker'),
};
