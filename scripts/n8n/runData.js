'use strict';
/** What a workflow run put out, read from the execution n8n prints or stores. */

/** The pretty-printed run JSON among n8n's other log lines: from a line "{" to the last "}". */
function parseRunJson(stdout) {
	const lines = stdout.split('\n');
	const first = lines.findIndex((l) => l === '{');
	if (first < 0) return undefined;
	for (let last = lines.length - 1; last > first; last--) {
		if (lines[last] !== '}') continue;
		try {
			return JSON.parse(lines.slice(first, last + 1).join('\n'));
		} catch {
			// keep looking for an earlier closing line
		}
	}
	return undefined;
}

/** The items a node put out in a run: [{json}, ...] of its first output. */
function runsOf(run, nodeName) {
	// `execute` prints the execution: { data: { resultData: { runData } }, status, ... }.
	const execution = run?.data?.resultData ? run.data : run;
	return execution?.resultData?.runData?.[nodeName];
}

function nodeOutput(run, nodeName, output = 0) {
	const runs = runsOf(run, nodeName);
	if (!runs) return undefined;
	const last = runs[runs.length - 1];
	return last.data?.main?.[output]?.map((item) => item.json);
}

function nodeError(run, nodeName) {
	const runs = runsOf(run, nodeName);
	return runs?.[runs.length - 1]?.error;
}

module.exports = { parseRunJson, nodeOutput, nodeError };
