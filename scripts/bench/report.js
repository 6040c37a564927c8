'use strict';
/**
 * The bench's report: tables of figures (a column per contestant), then the checks beside their
 * targets. Timing on a shared machine varies: the exit code says whether a target was missed,
 * for people, not for CI.
 */

const rows = [];
const checks = [];
let columns = [];

const fmtMs = (ms) => (ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`);
const fmtMb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const fmtX = (value) => `${value.toFixed(2)}x`;
const shorten = (text, length) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

const MEASURES = {
	time: (r) => fmtMs(r.ms),
	'CPU per item': (r, items) => `${(r.cpuMs / items).toFixed(2)} ms`,
	'CPU time': (r) => fmtMs(r.cpuMs),
	'peak heap': (r) => fmtMb(r.bytes),
	'most kept alive': (r) => fmtMb(r.liveBytes),
	requests: (r) => String(r.requests),
	'connections opened': (r) => String(r.connections),
	'most in flight': (r) => String(r.peakInFlight),
	'429s (most in a run)': (r) => String(r.limited),
	'most calls in a second': (r) => String(r.perSecond),
	'most calls in a minute': (r) => String(r.perMinute),
	'calls per second (mean)': (r) => (r.requests / (r.ms / 1000)).toFixed(1),
};

/** The contestants' columns, in the tables' order. */
function setColumns(list) {
	columns = list;
}

/** Rows of `measures` for one scenario: `summary` maps a column to its medians. */
function record(title, summary, items, measures, runs) {
	for (const measure of measures) {
		const cells = {};
		for (const column of columns) {
			const result = summary[column];
			if (!result) continue;
			cells[column] =
				result.failures > 0 && measure === 'time'
					? `failed in ${result.failures}/${runs} runs: ${shorten(result.failure, 80)}`
					: MEASURES[measure](result, items);
		}
		rows.push({ title: measure === measures[0] ? title : '', measure, cells });
	}
}

/** A figure beside its target (`{ max }` or `{ min }`); with `{}`, a figure shown for comparison. */
function check(name, value, target, { count = false } = {}) {
	const show = (v) => (count ? String(v) : fmtX(v));
	const ok =
		target.max !== undefined
			? value <= target.max
			: target.min !== undefined
				? value >= target.min
				: undefined;
	checks.push({
		name,
		value: show(value),
		target:
			target.max !== undefined
				? `<= ${show(target.max)}`
				: target.min !== undefined
					? `>= ${show(target.min)}`
					: '',
		ok,
	});
}

/** A line said as it is (e.g. the emulated link's check), printed before the tables. */
const notes = [];
function note(text) {
	notes.push(text);
	console.error(text);
}

function printReport(header) {
	const used = columns.filter((column) => rows.some((row) => row.cells[column] !== undefined));
	const lines = [header, '', ...notes.map((text) => `- ${text}`), ''];
	lines.push(`| scenario | measure | ${used.join(' | ')} |`);
	lines.push(`|---|---|${used.map(() => '---:').join('|')}|`);
	for (const row of rows)
		lines.push(
			`| ${row.title} | ${row.measure} | ${used.map((c) => row.cells[c] ?? '').join(' | ')} |`,
		);
	lines.push('', '| check | value | target | |', '|---|---:|---:|---|');
	for (const c of checks)
		lines.push(
			`| ${c.name} | ${c.value} | ${c.target} | ${c.ok === undefined ? '' : c.ok ? 'ok' : '**MISSED**'} |`,
		);
	console.log(lines.join('\n'));
}

const missed = () => checks.some((c) => c.ok === false);

module.exports = { setColumns, record, check, note, printReport, missed, fmtMs };
