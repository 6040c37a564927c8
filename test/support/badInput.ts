import type { IDataObject, INodeParameters } from 'n8n-workflow';

import type { useSandbox } from './sandbox';

/**
 * Bad input: a value the node must refuse before any request, with an error naming the field.
 * One case is one run of the node through n8n against the sandbox.
 */
export interface BadInput {
	title: string;
	parameters: INodeParameters;
	/** The whole error message (compared exactly), or a pattern it must match. */
	message: string | RegExp;
	/** The hint under the message (compared exactly), where the case checks it. */
	description?: string;
	/** Input items (one empty item when left out). */
	items?: IDataObject[];
	/** Overrides of the credential's fields. */
	credentials?: IDataObject;
	/** n8n itself stops a workflow whose required field is empty, before the node runs. */
	errorName?: 'WorkflowHasIssuesError';
}

/**
 * The one runner of every bad-input table: each case fails with the expected error (a
 * NodeOperationError unless the case says otherwise) and its message, and no request at all
 * reached the sandbox.
 */
export function expectRejectedBeforeSending(
	env: ReturnType<typeof useSandbox>,
	cases: BadInput[],
): void {
	const titles = new Set<string>();
	for (const { title } of cases) {
		// jest would run both, but a report naming the failing case must name only one.
		if (titles.has(title)) throw new Error(`Two bad-input cases are titled "${title}"`);
		titles.add(title);
	}
	test.each(cases.map((c) => [c.title, c]))(
		'%s',
		async (_title, { parameters, message, description, items, credentials, errorName }) => {
			const { error } = await env.run({ parameters, items, credentials });
			expect(error?.name).toBe(errorName ?? 'NodeOperationError');
			if (typeof message === 'string') expect(error?.message).toBe(message);
			else expect(error?.message).toMatch(message);
			if (description !== undefined)
				expect((error as { description?: string }).description).toBe(description);
			expect(env.sandbox.requests).toHaveLength(0);
		},
	);
}
