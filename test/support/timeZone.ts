/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/no-dangerous-functions -- a test starts jest in a child process; the Cloud rules are for shipped code */
/**
 * Node reads the server's time zone (TZ) once per process, and jest gives each test a copy of
 * process.env: a test cannot change the zone it runs in. Tests that depend on it live in a folder
 * of `*.zone.ts` files, which this runs in a child jest with TZ set.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');

export function runWithTimeZone(zone: string, folder: string): { status: number; output: string } {
	const run = spawnSync(
		process.execPath,
		[require.resolve('jest/bin/jest'), '--ci', '--testMatch', `<rootDir>/${folder}**/*.zone.ts`],
		{ cwd: ROOT, env: { ...process.env, TZ: zone }, encoding: 'utf8' },
	);
	return { status: run.status ?? 1, output: `${run.stdout}${run.stderr}` };
}
