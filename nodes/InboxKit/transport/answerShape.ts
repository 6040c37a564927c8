import type { IDataObject } from 'n8n-workflow';

/**
 * Checks on the shape of an answer. InboxKit always answers a JSON object, and its records are
 * objects; anything else would either crash inside n8n or be output as nonsense (a list turned
 * into {"0": ..., "1": ...}). Data nested without end breaks n8n when it copies or stores it.
 */
export const MAX_DEPTH = 64;

export function isRecord(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** What a JSON value is, in words: "a list", "a number", "null", ... */
export function kindOf(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'string') return 'text';
	if (typeof value === 'number') return 'a number';
	if (typeof value === 'boolean') return 'true or false';
	return typeof value;
}

/** Whether `value` has objects or lists nested more than `max` levels (the value itself is level 1). */
export function nestedDeeperThan(value: unknown, max = MAX_DEPTH): boolean {
	// Iterative: a deep answer must not overflow the stack while it is being measured.
	const stack: Array<[unknown, number]> = [[value, 1]];
	while (stack.length > 0) {
		const [current, depth] = stack.pop()!;
		if (current === null || typeof current !== 'object') continue;
		if (depth > max) return true;
		for (const child of Object.values(current as object)) {
			if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
		}
	}
	return false;
}
