import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { RESOURCES } from '../../nodes/InboxKit/resources';
import {
	DEFAULT_WORKSPACE,
	expectOnlyRequest,
	type ExpectedRequest,
	type useSandbox,
} from './sandbox';

/** One operation run once through n8n against the sandbox, with the exact request it must send. */
export interface OperationCase<State = Record<string, unknown>> {
	title: string;
	parameters: INodeParameters;
	/** Input items (one empty item when left out). */
	items?: IDataObject[];
	request: ExpectedRequest;
	/**
	 * Reads the operation makes first, in order, before its one request (Warmup → Add reads the
	 * warmup list before it spends): each checked like the request, with the same headers.
	 */
	readsFirst?: ExpectedRequest[];
	/** The workspace header expected; by default the credential's for workspace-level operations. */
	workspace?: string;
	/** Checks the output items against the sandbox state after the call. */
	output: (json: IDataObject[], state: State) => void;
}

function operationOf(parameters: INodeParameters) {
	return RESOURCES.find((r) => r.value === parameters.resource)?.operations.find(
		(o) => o.value === parameters.operation,
	);
}

/**
 * The shared runner of the resource suites: each case sends exactly its one request (method,
 * path, token, workspace header, query, body), outputs items paired with the input item and none
 * of them an error, then passes its own output check. Also checks that every operation of the
 * given resources has a case, counted from the node itself.
 */
export function describeOperationCases<State>(
	env: ReturnType<typeof useSandbox>,
	resources: string[],
	cases: Array<OperationCase<State>>,
): void {
	describe.each(cases)('$parameters.resource > $title', (c) => {
		test('sends exactly the API request and outputs the answer', async () => {
			const { items, error } = await env.run({ parameters: c.parameters, items: c.items });
			expect(error).toBeUndefined();

			const scoped = operationOf(c.parameters)?.workspaceScoped === true;
			const workspace = c.workspace ?? (scoped ? DEFAULT_WORKSPACE : undefined);
			const reads = env.sandbox.requests.splice(0, c.readsFirst?.length ?? 0);
			for (const [n, read] of (c.readsFirst ?? []).entries()) {
				expectOnlyRequest({ ...env.sandbox, requests: [reads[n]] }, read, workspace);
			}
			expectOnlyRequest(env.sandbox, c.request, workspace);

			expect(items.length).toBeGreaterThan(0);
			for (const item of items) {
				expect(item.pairedItem).toEqual({ item: 0 });
				expect(item.json).not.toHaveProperty('error');
			}
			c.output(
				items.map((i) => i.json),
				env.sandbox.state as unknown as State,
			);
		});
	});

	test(`every operation of ${resources.join(', ')} has a case here`, () => {
		const expected = RESOURCES.filter((r) => resources.includes(r.value)).flatMap((r) =>
			r.operations.map((o) => `${r.value}.${o.value}`),
		);
		expect(expected.length).toBeGreaterThan(0);
		const covered = new Set(
			cases.map((c) => `${String(c.parameters.resource)}.${String(c.parameters.operation)}`),
		);
		expect([...covered].sort()).toEqual([...expected].sort());
	});
}
