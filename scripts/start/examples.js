'use strict';
/** The example workflows (examples/*.json) that `npm start` imports, and the triggers it switches on. */
const fs = require('node:fs');
const path = require('node:path');

const runner = require('../n8n');

function readExamples() {
	const dir = path.join(runner.REPO, 'examples');
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
}

/**
 * Against the sandbox, the examples' triggers are switched on, so a purchase made in the editor
 * comes back as a webhook (never live: that would change a real workspace's URL). InboxKit keeps
 * one webhook URL per workspace, so one trigger per workspace is switched on: the first example
 * (by file name) that listens to it; the others are named as left off.
 * Resolves { activated, leftOff }: workflow names.
 */
async function activateExampleTriggers(baseUrl, cookie, examples) {
	const activated = [];
	const leftOff = [];
	const taken = new Set();
	for (const workflow of examples) {
		const trigger = workflow.nodes.find((n) => n.type === runner.TRIGGER_TYPE);
		if (!trigger) continue;
		const workspace = trigger.parameters.workspace?.value || 'the default workspace';
		if (taken.has(workspace)) {
			leftOff.push(`${workflow.name} (another example listens to ${workspace})`);
			continue;
		}
		taken.add(workspace);
		const current = await runner.rest(baseUrl, cookie, 'GET', `/workflows/${workflow.id}`);
		if (!current.active) await runner.activateWorkflow(baseUrl, cookie, workflow.id);
		activated.push(workflow.name);
	}
	return { activated, leftOff };
}

module.exports = { readExamples, activateExampleTriggers };
