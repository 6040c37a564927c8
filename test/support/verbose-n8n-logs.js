'use strict';
/**
 * Required first by a suite that inspects n8n's log lines: n8n's logger reads its level and
 * format once, when it is built, so these must be set before any run. JSON lines carry every
 * field n8n logs (metadata included), not just the message. setup.js silences it elsewhere.
 *
 * n8n's console transport writes to console._stdout when the console has one (jest's console
 * does, and under jest workers it is not process.stdout), else through console.log: all of
 * these are captured instead of reaching the terminal. Plain
 * JavaScript, like setup.js: it works on process globals that node code may not touch.
 */
process.env.N8N_LOG_LEVEL = 'debug';
process.env.N8N_LOG_FORMAT = 'json';

const lines = [];
const keep = (chunk) => {
	lines.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
	return true;
};
const streams = new Set(
	[process.stdout, process.stderr, console._stdout, console._stderr].filter(Boolean),
);
for (const stream of streams) jest.spyOn(stream, 'write').mockImplementation(keep);
for (const method of ['log', 'info', 'warn', 'error', 'debug']) {
	jest
		.spyOn(console, method)
		.mockImplementation((...args) => keep(`${args.map(String).join(' ')}\n`));
}

module.exports.capturedLogs = {
	text: () => lines.join(''),
	clear: () => void lines.splice(0),
};
