import type { IExecuteFunctions } from 'n8n-workflow';

import { fieldError, MAX_ENTRIES, readList, readText } from './parameters';

/**
 * Domain names and email addresses as users paste them: `https://Example.com/`, `example.com.`,
 * ` Sales@Example.com `. Normalised to what InboxKit expects, or rejected naming the field.
 */

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const DOMAIN = new RegExp(`^(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/i;

/**
 * A domain as users paste it: a bare name (any case, a trailing dot) or a whole http(s) URL,
 * whose host is taken as a browser would. Anything else (`evil.com#@example.com`, `ftp://…`,
 * `user@…`) comes back unchanged, so that isDomain refuses it rather than a cut-off part being bought.
 */
export function normalizeDomain(raw: string): string {
	const text = raw.trim().toLowerCase();
	if (/^[a-z][a-z0-9+.-]*:\/\//.test(text)) {
		let url: URL;
		try {
			url = new URL(text);
		} catch {
			return text;
		}
		const web = url.protocol === 'https:' || url.protocol === 'http:';
		if (!web || url.username !== '' || url.password !== '' || url.port !== '') return text;
		return url.hostname.replace(/\.$/, '');
	}
	return /^[a-z0-9.-]+$/.test(text) ? text.replace(/\.$/, '') : text;
}

export function isDomain(value: string): boolean {
	return value.length <= 253 && DOMAIN.test(value);
}

export function checkDomain(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	raw: string,
): string {
	const domain = normalizeDomain(raw);
	if (!isDomain(domain)) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${raw}", which is not a domain name`,
			'Give a name such as example.com (no spaces, no email address, no path).',
		);
	}
	return domain;
}

export function checkEmail(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	raw: string,
): string {
	const email = raw.trim();
	const at = email.lastIndexOf('@');
	const local = email.slice(0, at);
	const domain = email
		.slice(at + 1)
		.toLowerCase()
		.replace(/\.$/, '');
	if (at < 1 || local.length > 64 || !LOCAL_PART.test(local) || !isDomain(domain)) {
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${raw}", which is not an email address`,
			'Give an address such as name@example.com.',
		);
	}
	return `${local}@${domain}`;
}

export function checkUrl(
	ctx: IExecuteFunctions,
	itemIndex: number,
	label: string,
	raw: string,
	{ httpsOnly = false } = {},
): string {
	let url: URL | undefined;
	try {
		url = new URL(raw.trim());
	} catch {
		url = undefined;
	}
	const schemeOk =
		url !== undefined && (url.protocol === 'https:' || (!httpsOnly && url.protocol === 'http:'));
	if (!url || !schemeOk || !isDomain(url.hostname.toLowerCase())) {
		const kind = httpsOnly ? 'an https URL' : 'a web URL';
		throw fieldError(
			ctx,
			itemIndex,
			label,
			`holds "${raw}", which is not ${kind}`,
			'Give a full address such as https://example.com/path.',
		);
	}
	return url.toString();
}

/** One domain name field, normalised. */
export function readDomain(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name = 'domain',
	label = 'Domain',
): string {
	return checkDomain(ctx, itemIndex, label, readText(ctx, name, itemIndex, label));
}

/** A field holding domain names, each checked and normalised. */
export function readDomainList(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name = 'domains',
	label = 'Domains',
): string[] {
	return readList(ctx, name, itemIndex, label, { max: MAX_ENTRIES }).map((raw) =>
		checkDomain(ctx, itemIndex, label, raw),
	);
}
