import type { INodeParameters } from 'n8n-workflow';

import { expectRejectedBeforeSending } from '../support/badInput';
import { DEFAULT_WORKSPACE, useSandbox } from '../support/sandbox';

/**
 * The Workspace field as workflows store it: an empty field, however stored, means the
 * credential's default workspace; a workspace given as plain text (not a picker value) is used
 * as given. Errors for a field that is set but gives no ID are in bad-input.test.ts, except
 * for numbers that are none (NaN, Infinity), below.
 */
const env = useSandbox();

const listDomains = (workspace?: unknown): INodeParameters => ({
	resource: 'domain',
	operation: 'getMany',
	returnAll: false,
	limit: 1,
	...(workspace === undefined ? {} : { workspace: workspace as INodeParameters[string] }),
});

test.each([
	['not stored at all', undefined],
	['stored as null', null],
	['a picker with no value', { __rl: true, mode: 'id' }],
	['a picker whose value is null', { __rl: true, mode: 'id', value: null }],
	['a picker whose value is empty', { __rl: true, mode: 'list', value: '' }],
])(
	'an empty Workspace field (%s) acts in the default workspace of the credential',
	async (_title, workspace) => {
		const { error } = await env.run({ parameters: listDomains(workspace) });
		expect(error).toBeUndefined();
		expect(env.sandbox.requests.map((request) => request.headers['x-workspace-id'])).toEqual([
			DEFAULT_WORKSPACE,
		]);
	},
);

test('a Workspace given as plain text (not a picker value) acts in that workspace', async () => {
	const { error } = await env.run({ parameters: listDomains('ws_agency2') });
	expect(error).toBeUndefined();
	expect(env.sandbox.requests.map((request) => request.headers['x-workspace-id'])).toEqual([
		'ws_agency2',
	]);
});

describe('a Workspace expression giving a number that is no ID', () => {
	expectRejectedBeforeSending(
		env,
		['NaN', 'Infinity'].map((value) => ({
			title: `${value} is named as such`,
			parameters: listDomains({ __rl: true, mode: 'id', value: `={{ ${value} }}` }),
			message: `The "Workspace" field must hold a workspace ID, but its value is ${value}`,
			description:
				'Check the expression in the "Workspace" field, or clear the field to use the default workspace of the credential.',
		})),
	);
});
