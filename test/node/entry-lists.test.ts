import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { expectRejectedBeforeSending, type BadInput } from '../support/badInput';
import { useSandbox } from '../support/sandbox';

/**
 * Lists of entries one request carries, here DNS > Add Records, given as fields or as JSON: what
 * the user reads when the list is empty, too long, not a list, or holds something other than
 * objects, and what is sent at the limit.
 */
const env = useSandbox();

const EXAMPLE =
	'Give a list such as [{"type": "TXT", "host": "@", "value": "v=spf1 ~all", "ttl": 3600}].';

const asJson = (recordsJson: unknown): INodeParameters => ({
	resource: 'dns',
	operation: 'add',
	domain: 'acme-mail.com',
	recordsInput: 'json',
	recordsJson: recordsJson as string,
});

const txt = (n: number): IDataObject => ({ type: 'TXT', host: `h${n}`, value: `v${n}`, ttl: 3600 });
const txts = (count: number) => Array.from({ length: count }, (_, n) => txt(n));

describe('entry lists refused before anything is sent, with the hint the user reads', () => {
	const rows: BadInput[] = [
		{
			title: 'JSON that does not parse',
			parameters: asJson('[{"type": "TXT",'),
			message: 'The "Records (JSON)" field is not valid JSON',
			description: EXAMPLE,
		},
		{
			title: 'JSON that is a number',
			parameters: asJson('42'),
			message: 'The "Records (JSON)" field must be a list of records',
			description: EXAMPLE,
		},
		{
			title: 'JSON that is null',
			parameters: asJson('null'),
			message: 'The "Records (JSON)" field must be a list of records',
			description: EXAMPLE,
		},
		{
			title: 'an empty JSON list',
			parameters: asJson('[]'),
			message: 'The "Records (JSON)" field is empty',
			description: 'Add at least one record.',
		},
		{
			title: 'no records in the fields',
			parameters: { resource: 'dns', operation: 'add', domain: 'acme-mail.com', records: {} },
			message: 'The "Records" field is empty',
			description: 'Add at least one record.',
		},
		{
			title: '101 records',
			parameters: asJson(JSON.stringify(txts(101))),
			message: 'The "Records (JSON)" field holds 101 records, more than the 100 one request takes',
		},
		{
			title: 'a list of lists',
			parameters: asJson(JSON.stringify([[txt(0)]])),
			message: `The "Records (JSON)" field must hold records (objects), but record 1 is [${JSON.stringify(txt(0))}]`,
		},
		{
			title: 'a null among the records',
			parameters: asJson(JSON.stringify([txt(0), null])),
			message: 'The "Records (JSON)" field must hold records (objects), but record 2 is null',
		},
	];
	expectRejectedBeforeSending(env, rows);
});

describe('entry lists that are sent', () => {
	test('100 records as JSON: all in one request, in order', async () => {
		const { error } = await env.run({ parameters: asJson(JSON.stringify(txts(100))) });
		expect(error).toBeUndefined();
		const [request] = env.sandbox.calls('POST /dns/add');
		expect(request.body?.records).toEqual(txts(100));
	});

	test('a list from an expression (not text) is taken as it is', async () => {
		const { error } = await env.run({
			parameters: asJson('={{ $json.records }}'),
			items: [{ records: txts(2) }],
		});
		expect(error).toBeUndefined();
		expect(env.sandbox.calls('POST /dns/add')[0].body?.records).toEqual(txts(2));
	});
});
