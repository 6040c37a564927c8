/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code reads the source tree; the Cloud rules are for shipped code */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Small modules: a file that outgrows 300 lines is doing several things. Kept apart from the
 * description tests because mutation runs read instrumented copies of the sources, several
 * times longer (test/mutation/stryker.config.mjs leaves this file out).
 */
test('no source file of the node or the credential is longer than 300 lines', () => {
	const root = join(__dirname, '..', '..');
	const long: string[] = [];
	const walk = (dir: string) => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const path = join(dir, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.ts')) {
				const lines = readFileSync(path, 'utf8').split('\n').length;
				if (lines > 300) long.push(`${path.slice(root.length + 1)}: ${lines}`);
			}
		}
	};
	walk(join(root, 'nodes'));
	walk(join(root, 'credentials'));
	expect(long).toEqual([]);
});
