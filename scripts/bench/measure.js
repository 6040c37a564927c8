'use strict';
/**
 * Medians of alternating runs. Each run of a contestant is measured for time, CPU of this process
 * (process.cpuUsage: the server runs in another process), peak heap growth (sampled every 2 ms
 * after a forced GC: what n8n's worker must have room for) and the server's counts (requests,
 * most in flight at once, 429s sent).
 *
 * CPU is the process's CPU time less what it spends idle over as long (the heap sampler's timer
 * alone costs a few percent of a core): runs paced to 77 calls a second last longer than runs
 * that are not, and that time is no work of theirs. The idle rate is measured once per process.
 */
const v8 = require('node:v8');
const { performance } = require('node:perf_hooks');

const heapUsed = () => v8.getHeapStatistics().used_heap_size;

function median(values) {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)];
}

let idlePerMs;

/** CPU ms per ms of a process doing nothing but sampling its heap (median of 5 half-seconds). */
async function idleRate() {
	if (idlePerMs !== undefined) return idlePerMs;
	const rates = [];
	for (let k = 0; k < 5; k++) {
		let peak = 0;
		const sampler = setInterval(() => (peak = Math.max(peak, heapUsed())), 2);
		const cpuBefore = process.cpuUsage();
		const started = performance.now();
		await new Promise((resolve) => setTimeout(resolve, 500));
		const cpu = process.cpuUsage(cpuBefore);
		clearInterval(sampler);
		rates.push((cpu.user + cpu.system) / 1000 / (performance.now() - started));
	}
	idlePerMs = median(rates);
	return idlePerMs;
}

/**
 * One run of `contestant.run` against `server` configured with `settings`. With `liveGcMs`, a
 * full collection every that many ms as well, so that `liveBytes` is the most the run kept alive
 * (garbage not counted); those collections slow the run, so its time and CPU are not comparable.
 */
async function once(server, settings, contestant, { liveGcMs } = {}) {
	const idle = await idleRate();
	await server.configure(settings);
	global.gc();
	const before = heapUsed();
	let peak = before;
	let live = before;
	const sampler = setInterval(() => (peak = Math.max(peak, heapUsed())), 2);
	const collector =
		liveGcMs &&
		setInterval(() => {
			global.gc();
			live = Math.max(live, heapUsed());
		}, liveGcMs);
	const cpuBefore = process.cpuUsage();
	const started = performance.now();
	let failure;
	// Held until the heap is last sampled: the output is part of what a run keeps alive.
	let output;
	try {
		output = await contestant.run();
	} catch (error) {
		if (!contestant.mayFail) throw new Error(`${contestant.label}: ${error.message}`);
		failure = error.message;
	}
	const ms = performance.now() - started;
	const cpu = process.cpuUsage(cpuBefore);
	peak = Math.max(peak, heapUsed());
	clearInterval(sampler);
	if (collector) {
		clearInterval(collector);
		global.gc();
		live = Math.max(live, heapUsed());
	}
	output = undefined;
	const counts = await server.stats();
	return {
		ms,
		cpuMs: (cpu.user + cpu.system) / 1000 - idle * ms,
		bytes: peak - before,
		liveBytes: live - before,
		requests: counts.requests,
		connections: counts.connections,
		peakInFlight: counts.peakInFlight,
		limited: counts.limited,
		perSecond: counts.perSecond,
		perMinute: counts.perMinute,
		failure,
	};
}

/**
 * Runs each contestant once to warm up (unless `warmUp` is false: runs of many seconds), then `runs` rounds in which every contestant runs once;
 * the order rotates each round, so none gains from always going first or last.
 * `liveGcMs`: see once().
 * Returns, per label: medians of ms, cpuMs, bytes, liveBytes and requests; the most in flight, the most
 * 429s and the most calls in a second and in a minute of any run; the first failure, if any.
 */
async function measure(server, settings, contestants, runs, { warmUp = true, liveGcMs } = {}) {
	if (warmUp) for (const contestant of contestants) await once(server, settings, contestant);
	const results = new Map(contestants.map((c) => [c.label, []]));
	for (let round = 0; round < runs; round++) {
		for (let k = 0; k < contestants.length; k++) {
			const contestant = contestants[(round + k) % contestants.length];
			results.get(contestant.label).push(await once(server, settings, contestant, { liveGcMs }));
		}
	}
	const summary = {};
	for (const [label, list] of results) {
		const pick = (key) => median(list.map((r) => r[key]));
		summary[label] = {
			ms: pick('ms'),
			cpuMs: pick('cpuMs'),
			bytes: pick('bytes'),
			liveBytes: pick('liveBytes'),
			requests: pick('requests'),
			connections: pick('connections'),
			peakInFlight: Math.max(...list.map((r) => r.peakInFlight)),
			limited: Math.max(...list.map((r) => r.limited)),
			perSecond: Math.max(...list.map((r) => r.perSecond)),
			perMinute: Math.max(...list.map((r) => r.perMinute)),
			failures: list.filter((r) => r.failure).length,
			failure: list.find((r) => r.failure)?.failure,
		};
	}
	return summary;
}

module.exports = { measure, once, median, idleRate };
