import type { IDataObject } from 'n8n-workflow';

/**
 * What counts as a secret in an event: a key that, lower-cased with camelCase, dashes and spaces
 * turned into `_`, is one of these words or ends in `_` + one of them (plural too). InboxKit puts
 * plaintext mailbox passwords, 2FA seeds and OAuth tokens in events, and may add more.
 */
export const SECRET_KEY_WORDS = [
	'password',
	'passwd',
	'secret',
	'token',
	'api_key',
	'apikey',
	'private_key',
	'access_key',
	'secret_key',
];

const SECRET_KEY = new RegExp(`(^|_)(${SECRET_KEY_WORDS.join('|')})s?$`);

function normalisedKey(key: string): string {
	return key
		.replace(/([a-z0-9])([A-Z])/g, '$1_$2')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '_');
}

export function isSecretKey(key: string): boolean {
	return SECRET_KEY.test(normalisedKey(key));
}

/** A copy of `value` without secret-looking keys, at any depth and inside arrays. */
export function withoutSecrets<T>(value: T): T {
	if (Array.isArray(value)) return value.map((entry) => withoutSecrets(entry) as unknown) as T;
	if (value === null || typeof value !== 'object') return value;
	const copy: IDataObject = {};
	for (const [key, entry] of Object.entries(value as IDataObject)) {
		if (!isSecretKey(key)) copy[key] = withoutSecrets(entry);
	}
	return copy as T;
}
