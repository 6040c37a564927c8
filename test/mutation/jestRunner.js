// Jest's own runner, with two changes for mutation runs (Stryker gives a test name pattern):
// - it loads only the test files that hold a test of that name (./testNames.js); a file with no
//   names recorded is always run, and without any record every file is;
// - while a mutant is active it stops at the first test file with a failing test: the mutant is
//   then detected, and the files left would only cost time (jest has no programmatic bail).
const { default: TestRunner } = require('jest-runner');
const { readTestNames } = require('./testNames');

class FilesOfNamedTests extends TestRunner {
	async runTests(tests, watcher, options) {
		const pattern = this._globalConfig.testNamePattern;
		const names = pattern ? readTestNames() : undefined;
		if (names !== undefined) {
			const wanted = new RegExp(pattern, 'i');
			tests = tests.filter((test) => {
				const recorded = names.get(test.path);
				return recorded === undefined || [...recorded].some((name) => wanted.test(name));
			});
		}
		if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined || !options.serial)
			return super.runTests(tests, watcher, options);

		let detected = false;
		const unsubscribe = [
			this.on('test-file-success', ([, result]) => {
				if (result.numFailingTests > 0 || result.testExecError) detected = true;
			}),
			this.on('test-file-failure', () => {
				detected = true;
			}),
		];
		try {
			for (const test of tests) {
				if (detected) break;
				await super.runTests([test], watcher, options);
			}
		} finally {
			for (const off of unsubscribe) off();
		}
	}
}

module.exports = FilesOfNamedTests;
