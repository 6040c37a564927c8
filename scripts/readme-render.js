'use strict';
/**
 * The README's generated parts, rendered from the node's resource entries: the operations table
 * (with each endpoint's evidence) and the list of operations whose request is partly guessed.
 * Used by scripts/readme-operations.js (writes README.md) and by test/node/description.test.ts
 * (fails when README and the node disagree).
 *
 * Which operations are sent once and which are retried is the node's rule, not this file's: the
 * caller passes `isSentOnce` and `isRetryable` from nodes/InboxKit/operation.ts (built, in dist/,
 * for the script; the source, for the test).
 */

const EVIDENCE_WORDS = {
	docs: 'docs page',
	live: 'live client',
	client: 'client',
	'docs-nav': 'docs index only',
	assumed: 'assumed',
};

/** What a run risks, as the node's notice says it: a charge, or what cannot be taken back. */
function riskNote(op, { isSentOnce }) {
	const once = isSentOnce(op) ? ', never retried' : '';
	if (op.destroys)
		return `**${op.undo ? 'can be undone in InboxKit' : 'cannot be undone from n8n'}${once}**`;
	return op.charges ? `**charges the account${once}**` : '';
}

function operationsTable(resources, rules) {
	const rows = [
		'| Resource | Operation | Action | Request | Evidence | Notes |',
		'|---|---|---|---|---|---|',
	];
	for (const resource of resources) {
		for (const op of resource.operations) {
			const notes = [
				op.workspaceScoped ? 'workspace' : 'team-wide',
				op.list ? 'Return All / Limit' : '',
				op.list?.simplify || op.record?.simplify ? 'Simplify' : '',
				// A read (retried like a GET) always sends its entries together for many items.
				op.combine ? (rules.isRetryable(op) ? 'items sent together' : 'Combine Input Items') : '',
				riskNote(op, rules),
			].filter(Boolean);
			rows.push(
				`| ${resource.name} | ${op.name} | ${op.action} | \`${op.method} ${op.path}\` | ${EVIDENCE_WORDS[op.evidence]} | ${notes.join(', ')} |`,
			);
		}
	}
	return rows.join('\n');
}

/** Every operation that rests on a guess: no path evidence, or a detail marked as assumed. */
function assumedList(resources) {
	const lines = [];
	for (const resource of resources) {
		for (const op of resource.operations) {
			if (op.evidence !== 'docs-nav' && op.evidence !== 'assumed' && !op.assumed) continue;
			const basis =
				op.evidence === 'docs-nav' || op.evidence === 'assumed'
					? 'no public source shows the path'
					: `${EVIDENCE_WORDS[op.evidence]} evidence`;
			lines.push(
				`- ${resource.name} → ${op.name} (\`${op.method} ${op.path}\`; ${basis})${op.assumed ? `: assumed ${op.assumed}` : ''}`,
			);
		}
	}
	return lines.join('\n');
}

/** How many operations and resources the node has, as one sentence. */
function countLine(resources) {
	const operations = resources.reduce((n, resource) => n + resource.operations.length, 0);
	return `The node has ${operations} operations in ${resources.length} resources.`;
}

const SECTIONS = {
	count: countLine,
	operations: operationsTable,
	assumed: assumedList,
};

/**
 * README text with each generated section between its `<!-- name:start -->` and
 * `<!-- name:end -->` markers. `rules`: the node's `{ isSentOnce, isRetryable }`.
 */
function renderReadme(readme, resources, rules) {
	if (typeof rules?.isSentOnce !== 'function' || typeof rules?.isRetryable !== 'function')
		throw new Error("renderReadme needs the node's isSentOnce and isRetryable");
	let text = readme;
	for (const [name, render] of Object.entries(SECTIONS)) {
		const start = `<!-- ${name}:start -->`;
		const end = `<!-- ${name}:end -->`;
		const begin = text.indexOf(start);
		const finish = text.indexOf(end);
		if (begin === -1 || finish === -1)
			throw new Error(`README.md needs ${start} and ${end} markers`);
		text = `${text.slice(0, begin + start.length)}\n${render(resources, rules)}\n${text.slice(finish)}`;
	}
	return text;
}

module.exports = { renderReadme, EVIDENCE_WORDS };
