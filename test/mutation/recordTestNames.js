// setupFilesAfterEnv of mutation runs: during Stryker's first run, with no mutant active, notes
// each test's full name and file (./testNames.js).
const { recordTestName } = require('./testNames');

if (process.env.__STRYKER_ACTIVE_MUTANT__ === undefined) {
	beforeEach(() => {
		const { testPath, currentTestName } = expect.getState();
		if (testPath && currentTestName) recordTestName(testPath, currentTestName);
	});
}
