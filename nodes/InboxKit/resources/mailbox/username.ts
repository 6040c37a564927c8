import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldError } from '../../shared/parameters';

/** A mailbox's local part: letters, digits, ".", "_" and "-", starting and ending with a letter or digit. */
const USERNAME = /^[a-z0-9](?:[a-z0-9._-]{0,62}[a-z0-9])?$/;

/** The part of a mailbox address before the @, lower-cased and checked. */
export function checkUsername(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	raw: string,
): string {
	const username = raw.trim().toLowerCase();
	if (!USERNAME.test(username) || username.includes('..')) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${raw}", which is not a mailbox username`,
			'Give the part before the @ only: letters, digits, ".", "_" and "-", up to 64 characters, starting and ending with a letter or digit, no "..".',
		);
	}
	return username;
}
