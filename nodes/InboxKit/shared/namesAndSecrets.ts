import type { IExecuteFunctions } from 'n8n-workflow';

import { asText, fieldError } from './parameters';

/** Readers for names (bounded, clean) and secrets (never trimmed, never echoed). */

/** Longest name (first, last, workspace, sequencer) the node sends. */
const MAX_NAME_LENGTH = 100;

/** A person's or a thing's name: text, at most 100 characters, no control characters. */
export function asName(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
): string {
	const name = asText(ctx, itemIndex, label, value, true);
	if (name.length > MAX_NAME_LENGTH) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`is ${name.length} characters long, more than the ${MAX_NAME_LENGTH} a name takes`,
		);
	}
	// eslint-disable-next-line no-control-regex
	if (/[\u0000-\u001f\u007f]/.test(name))
		throw fieldError(ctx, itemIndex, label, 'holds control characters');
	return name;
}

/**
 * A secret (password, API key): text within bounds, never trimmed (spaces may be part of it),
 * never only spaces, and never repeated in a message.
 */
export function asSecret(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	value: unknown,
	{ required = true, min = 1, max = 1000 }: { required?: boolean; min?: number; max?: number } = {},
): string | undefined {
	if (value === undefined || value === null || value === '') {
		if (required) throw fieldError(ctx, itemIndex, label, 'is empty');
		return undefined;
	}
	if (typeof value !== 'string') throw fieldError(ctx, itemIndex, label, 'must be text');
	if (value.trim() === '') throw fieldError(ctx, itemIndex, label, 'holds only spaces');
	if (value.length < min || value.length > max) {
		throw fieldError(ctx, itemIndex, label, `must be text of ${min} to ${max} characters`);
	}
	return value;
}
