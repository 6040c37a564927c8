/**
 * Runs the InboxKit node the way n8n runs it: n8n-core's WorkflowExecute executes a small
 * workflow (Start -> InboxKit) with a credentials helper, so parameter resolution, expressions,
 * `httpRequestWithAuthentication`, continueOnFail and pairedItem handling are n8n's own code.
 */
import {
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	RoutingNode,
	SupplyDataContext,
	WorkflowExecute,
} from 'n8n-core';
import {
	createRunExecutionData,
	Expression,
	ICredentialsHelper,
	NodeConnectionTypes,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IWorkflowExecuteAdditionalData,
	type ICredentials,
	type INodeCredentialTestResult,
	type ICredentialTestRequest,
	type ExecutionError,
} from 'n8n-workflow';

// n8n-core's own tool runner: what an AI agent's call of a node tool goes through.
import { makeHandleToolInvocation } from 'n8n-core/dist/execution-engine/node-execution-context/utils/get-input-connection-data';

import { InboxKitApi } from '../../credentials/InboxKitApi.credentials';
import { InboxKit } from '../../nodes/InboxKit/InboxKit.node';

const inboxKit = new InboxKit();
const credentialType = new InboxKitApi();

// Read from the package and the classes, as n8n does: a renamed node or credential shows here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const PACKAGE_NAME = (require('../../package.json') as { name: string }).name;
export const NODE_TYPE = `${PACKAGE_NAME}.${inboxKit.description.name}`;
export const CREDENTIAL_TYPE = credentialType.name;
const START_TYPE = 'test.start';

/** Passes its input on: stands in for the trigger or the node before ours. */
const startNode: INodeType = {
	description: {
		displayName: 'Start',
		name: START_TYPE,
		group: ['input'],
		version: 1,
		description: 'Emits the test items',
		defaults: { name: 'Start' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [],
	},
	async execute() {
		return [this.getInputData()];
	},
};

function nodeTypesWith(node: INodeType, name = NODE_TYPE): INodeTypes {
	return {
		getByName: (type) => (type === name ? node : startNode),
		getByNameAndVersion: (type) => (type === name ? node : startNode),
		getKnownTypes: () => ({}),
	} as INodeTypes;
}

const nodeTypes = nodeTypesWith(inboxKit);

/**
 * The node as n8n offers it to AI agents: the same code under the type "…inboxKitTool", whose
 * name n8n-workflow's `@tool` display rule reads, with the `usableAsTool` replacements laid over
 * its description (n8n's server builds it so; that package is not installed here).
 */
const TOOL_TYPE = `${NODE_TYPE}Tool`;
const inboxKitTool: INodeType = Object.assign(Object.create(inboxKit) as INodeType, {
	description: {
		...inboxKit.description,
		...(typeof inboxKit.description.usableAsTool === 'object'
			? inboxKit.description.usableAsTool.replacements
			: {}),
		name: `${inboxKit.description.name}Tool`,
	},
});
const toolNodeTypes = nodeTypesWith(inboxKitTool, TOOL_TYPE);

function resolveCredentialExpression(
	value: string,
	credentials: ICredentialDataDecryptedObject,
): string {
	if (!value.startsWith('=')) return value;
	const resolved = Expression.resolveWithoutWorkflow(value.slice(1), { $credentials: credentials });
	return String(typeof resolved === 'function' ? resolved() : resolved);
}

/** Serves the test's credential data and applies the credential type's `authenticate` block as n8n does. */
class TestCredentialsHelper extends ICredentialsHelper {
	/** How often n8n was asked for the credential (in n8n, a database read and a decryption). */
	reads = 0;

	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}

	private type(name: string): ICredentialType {
		if (name !== CREDENTIAL_TYPE) throw new Error(`Unknown credential type ${name}`);
		return credentialType;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const auth = this.type(typeName).authenticate;
		if (auth === undefined) return requestOptions;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		const options = { ...requestOptions } as unknown as Record<string, IDataObject>;
		for (const [where, entries] of Object.entries(auth.properties)) {
			options[where] = { ...(options[where] ?? {}) };
			for (const [key, value] of Object.entries(entries as Record<string, string>)) {
				options[where][key] = resolveCredentialExpression(value, credentials);
			}
		}
		return options as unknown as IHttpRequestOptions;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async getDecrypted(): Promise<ICredentialDataDecryptedObject> {
		this.reads++;
		return { ...this.data };
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties() {
		return credentialType.properties;
	}
}

/** Each run its own execution ID, as in n8n: what the node remembers per execution stays there. */
let executions = 0;
const nextExecutionId = () => `test-execution-${++executions}`;

export function additionalData(
	credentials: ICredentialDataDecryptedObject,
	hooks?: ExecutionLifecycleHooks,
	currentNodeParameters?: INodeParameters,
	executionId = nextExecutionId(),
) {
	return {
		credentialsHelper: new TestCredentialsHelper(credentials),
		hooks,
		executionId,
		restApiUrl: 'http://127.0.0.1/rest',
		instanceBaseUrl: 'http://127.0.0.1/',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		// What the editor sends with a list request: the node's parameters as they stand.
		currentNodeParameters,
		variables: {},
		userId: 'test-user',
		setExecutionStatus: () => {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('no task runner in tests');
		},
	} as unknown as IWorkflowExecuteAdditionalData;
}

export interface RunOptions {
	parameters: INodeParameters;
	/** The items the node receives; one empty item by default. */
	items?: IDataObject[];
	credentials: ICredentialDataDecryptedObject;
	continueOnFail?: boolean;
	retryOnFail?: boolean;
	/** Runs this node type in the InboxKit node's place, with the same credential (the benchmark's baseline). */
	nodeType?: INodeType;
	/** Gets the running execution's Cancel (the editor's "Stop" button) as soon as it starts. */
	whileRunning?: (execution: { cancel: () => void }) => void;
}

export interface RunResult {
	/** The node's output items (pairedItem included). */
	items: INodeExecutionData[];
	/** The node's error when the execution failed. */
	error?: ExecutionError;
	run: IRun;
	/** How often the credential was read from n8n during the run. */
	credentialReads: number;
}

function inboxKitNode(
	parameters: INodeParameters,
	options: Pick<RunOptions, 'continueOnFail' | 'retryOnFail'>,
): INode {
	return {
		id: 'inboxkit-node',
		name: 'InboxKit',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [200, 0],
		parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred-1', name: 'InboxKit account' } },
		...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
		...(options.retryOnFail ? { retryOnFail: true, maxTries: 2, waitBetweenTries: 0 } : {}),
	};
}

export async function runInboxKit(options: RunOptions): Promise<RunResult> {
	const start: INode = {
		id: 'start-node',
		name: 'Start',
		type: START_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
	};
	const node = inboxKitNode(options.parameters, options);
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes: [start, node],
		connections: { Start: { main: [[{ node: node.name, type: 'main', index: 0 }]] } },
		active: false,
		nodeTypes: options.nodeType ? nodeTypesWith(options.nodeType) : nodeTypes,
	});

	const executionId = nextExecutionId();
	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		id: 'test-workflow',
		name: 'test',
		nodes: [start, node],
		connections: {},
		active: false,
		activeVersionId: null,
		isArchived: false,
		createdAt: new Date(),
		updatedAt: new Date(),
	} as never);
	let finish: (run: IRun) => void = () => {};
	const finished = new Promise<IRun>((resolve) => (finish = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finish(run));

	const items = (options.items ?? [{}]).map((json) => ({ json }));
	const runExecutionData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [{ node: start, data: { main: [items] }, source: null }],
		},
	});
	const data = additionalData(options.credentials, hooks, undefined, executionId);
	const execution = new WorkflowExecute(data, 'manual', runExecutionData);
	const credentialReads = () => (data.credentialsHelper as TestCredentialsHelper).reads;
	try {
		const running = execution.processRunExecutionData(workflow);
		options.whileRunning?.({ cancel: () => running.cancel() });
		// Settles once the node is done, also after a cancel (which reports the run at once).
		await running;
	} catch (error) {
		// n8n refuses to start a workflow whose node has issues (e.g. an empty required field).
		return {
			items: [],
			error: error as ExecutionError,
			run: undefined as unknown as IRun,
			credentialReads: credentialReads(),
		};
	}
	const run = await finished;

	const taskData = run.data.resultData.runData[node.name]?.[0];
	return {
		items: taskData?.data?.main?.[0] ?? [],
		error: taskData?.error ?? run.data.resultData.error,
		run,
		credentialReads: credentialReads(),
	};
}

/**
 * Runs a listSearch method of the node inside n8n-core's LoadOptionsContext, as the editor does:
 * with the node's current parameters (e.g. the Workspace picked) and n8n's pagination token.
 */
export async function searchList(
	method: string,
	credentials: ICredentialDataDecryptedObject,
	filter?: string,
	{
		parameters = {},
		paginationToken,
	}: { parameters?: INodeParameters; paginationToken?: string } = {},
) {
	const node = inboxKitNode(parameters, {});
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const context = new LoadOptionsContext(
		workflow,
		node,
		additionalData(credentials, undefined, parameters),
		'',
	);
	const methods = inboxKit.methods.listSearch as Record<
		string,
		(
			this: unknown,
			filter?: string,
			paginationToken?: string,
		) => Promise<{ results: { name: string; value: string }[]; paginationToken?: string }>
	>;
	return await methods[method].call(context, filter, paginationToken);
}

export interface ToolAnswer {
	answer?: string;
	error?: Error & { description?: string | null };
}

/**
 * An AI agent's tool calls of the node within one execution, as n8n-core makes them: each call
 * is one invocation of n8n-core's tool runner (a new run of the node, same execution ID).
 */
export function toolSession(
	parameters: INodeParameters,
	credentials: ICredentialDataDecryptedObject,
	{
		continueOnFail = false,
		retryOnFail = false,
	}: { continueOnFail?: boolean; retryOnFail?: boolean } = {},
): (toolArgs?: IDataObject) => Promise<ToolAnswer> {
	const node = { ...inboxKitNode(parameters, { continueOnFail, retryOnFail }), type: TOOL_TYPE };
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: toolNodeTypes,
	});
	const runExecutionData = createRunExecutionData({ executionData: null });
	const data = additionalData(credentials);
	const contextFactory = (runIndex: number) =>
		new SupplyDataContext(
			workflow,
			node,
			data,
			'manual',
			runExecutionData,
			runIndex,
			[],
			{},
			NodeConnectionTypes.AiTool,
			{ node, data: {}, source: null },
			[],
		);
	const invoke = makeHandleToolInvocation(contextFactory, node, inboxKitTool, runExecutionData);
	return async (toolArgs = {}) => {
		try {
			return { answer: await invoke(toolArgs) };
		} catch (error) {
			return { error: error as Error & { description?: string | null } };
		}
	};
}

/**
 * Calls the node once as an AI agent's tool, as n8n-core does: the answer the agent gets, or the
 * error it is thrown (n8n adds the error's description to its message for the agent).
 */
export async function runAsTool(
	parameters: INodeParameters,
	credentials: ICredentialDataDecryptedObject,
	options: { continueOnFail?: boolean; retryOnFail?: boolean } = {},
): Promise<ToolAnswer> {
	return await toolSession(parameters, credentials, options)();
}

/** Runs a loadOptions method of the node inside n8n-core's LoadOptionsContext. */
export async function loadOptions(
	method: string,
	credentials: ICredentialDataDecryptedObject,
	parameters: INodeParameters = {},
) {
	const node = inboxKitNode(parameters, {});
	const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
	const context = new LoadOptionsContext(
		workflow,
		node,
		additionalData(credentials, undefined, parameters),
		'',
	);
	const load = (
		inboxKit.methods as unknown as {
			loadOptions: Record<string, (this: unknown) => Promise<unknown>>;
		}
	).loadOptions[method];
	return await load.call(context);
}

/**
 * Tests the credential as n8n's "Test" button does: the credential's `test.request` is run by
 * n8n-core's RoutingNode, and the outcome is read with the same rules as n8n's CredentialsTester
 * (a rule's message for a matching status or body, else the HTTP status text).
 */
export async function testCredential(
	data: ICredentialDataDecryptedObject,
): Promise<INodeCredentialTestResult> {
	const test = credentialType.test as ICredentialTestRequest;
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'test.credentialTest',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred-1', name: 'InboxKit account' } },
	};
	const testNodeType: INodeType = {
		description: {
			...startNode.description,
			name: 'test.credentialTest',
			credentials: [{ name: CREDENTIAL_TYPE, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.request },
					default: '',
				},
			],
		},
	};
	const types: INodeTypes = {
		getByName: () => testNodeType,
		getByNameAndVersion: () => testNodeType,
		getKnownTypes: () => ({}),
	} as INodeTypes;
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: types,
	});
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData(data),
		'internal',
		createRunExecutionData({ executionData: null }),
		0,
		[],
		{ main: [[{ json: {} }]] },
		{ node, data: {}, source: null },
		[],
	);
	const routingNode = new RoutingNode(context, testNodeType, {
		id: 'cred-1',
		name: 'InboxKit account',
		type: CREDENTIAL_TYPE,
		data,
	});
	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await routingNode.runNode();
	} catch (error) {
		const cause = (
			error as { cause?: { response?: { status: number; statusText: string }; code?: string } }
		).cause;
		if (cause?.response) {
			for (const rule of test.rules ?? []) {
				if (rule.type === 'responseCode' && rule.properties.value === cause.response.status) {
					return { status: 'Error', message: rule.properties.message };
				}
			}
			return {
				status: 'Error',
				message: cause.response.statusText || `Received HTTP status code: ${cause.response.status}`,
			};
		}
		return { status: 'Error', message: cause?.code ?? (error as Error).message };
	}
	for (const rule of test.rules ?? []) {
		if (
			rule.type === 'responseSuccessBody' &&
			response?.[0]?.[0]?.json?.[rule.properties.key] === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}
