import type { IDataObject } from 'n8n-workflow';

import { scrubberFor } from '../../transport/secrets';

/**
 * InboxKit's answer with every secret the request carried (the Cloudflare token or key)
 * replaced, at any depth: an answer that echoes the credential must not put it into the output.
 * The transport already does this for errors; a successful answer is output as it comes, so
 * Connect Domains does it here.
 */
export function withoutSentSecrets(answer: IDataObject, body: IDataObject): IDataObject {
	const scrub = scrubberFor(undefined, body);
	const clean = (value: unknown): unknown => {
		if (typeof value === 'string') return scrub(value);
		if (Array.isArray(value)) return value.map(clean);
		if (value !== null && typeof value === 'object')
			return Object.fromEntries(
				Object.entries(value as IDataObject).map(([key, entry]) => [key, clean(entry)]),
			);
		return value;
	};
	return clean(answer) as IDataObject;
}
