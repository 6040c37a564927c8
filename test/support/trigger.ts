/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals, @n8n/community-nodes/require-node-api-error -- a test harness serves HTTP on 127.0.0.1 and re-throws what the node threw; the Cloud rules are for shipped code */
/**
 * Runs the InboxKit Trigger the way n8n 2.41's server runs a webhook trigger, with n8n-core's own
 * contexts (never a hand-made `this`):
 * - static data lives in "the database" (`SavedWorkflow`, ./triggerWorkflow.ts): every
 *   activation, deactivation and webhook request builds its Workflow from a fresh deep copy of
 *   it, and afterwards saves the whole object back if n8n's observable object says it changed.
 *   Concurrent requests each start from the state before the others, and the last save wins, as
 *   in n8n;
 * - registration: webhookMethods.default inside a HookContext. Activation runs checkExists, then
 *   create; when create throws, n8n runs `delete` (its clearWebhooks) on the saved static data.
 *   Deactivation is that same `delete`. "Listen for test event" is checkExists/create with the
 *   test URL, in mode and activation 'manual';
 * - events: a node:http server on 127.0.0.1 serves the node's production webhook URL; each real
 *   request is parsed as n8n parses it (JSON into req.body) and handed to webhook() inside a
 *   WebhookContext, and the answer is sent the way n8n's webhook helper sends it.
 */
import http from 'node:http';

import { HookContext, WebhookContext } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypeDescription,
	IWebhookData,
	IWorkflowExecuteAdditionalData,
	Workflow,
	WorkflowActivateMode,
	WorkflowExecuteMode,
} from 'n8n-workflow';

import { additionalData } from './n8n';
import { sendJson, startN8n, type N8nInstance } from './n8nWebhookServer';
import { deepCopy, loadNodeType, SavedWorkflow, triggerNode } from './triggerWorkflow';

export const TRIGGER_TYPE = 'n8n-nodes-inboxkit.inboxKitTrigger';
const DEFAULT_WEBHOOK_ID = '5f1c1e0a-7b7e-4b8e-9d8a-1a2b3c4d5e6f';
const NODE_NAME = 'InboxKit Trigger';
/** Tells the harness which post() a request came from; the node ignores it. */
const REQUEST_HEADER = 'x-harness-request';

/** The node as one n8n process loads it (fresh modules, as after a restart). */
const loadTrigger = () =>
	loadNodeType(() => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { InboxKitTrigger } = require('../../nodes/InboxKitTrigger/InboxKitTrigger.node') as {
			InboxKitTrigger: new () => INodeType;
		};
		return new InboxKitTrigger();
	});

/** One request the trigger's URL received, and what became of it. */
export interface Received {
	status: number;
	answer: unknown;
	/** The answer's Content-Type header (post() only). */
	contentType?: string;
	/** The items of the workflow run this request started; undefined when none started. */
	items?: INodeExecutionData[];
}

export interface TriggerHarness {
	/** The node's production webhook URL. */
	url: string;
	/** The node's test webhook URL ("Listen for test event"). */
	testUrl: string;
	/** The n8n instance serving this trigger: pass it as `n8n` to put another trigger on it. */
	n8n: N8nInstance;
	/** The node's static data as saved in n8n's database; changes here are seen by the next load. */
	readonly staticData: IDataObject;
	received: Received[];
	/** Items of every workflow run started, in order. */
	started: INodeExecutionData[][];
	/** POSTs to the node's URL over HTTP; resolves with what n8n would answer and start. */
	post(body: unknown, headers: Record<string, string>): Promise<Received>;
	checkExists(): Promise<boolean>;
	create(): Promise<boolean>;
	/** Deactivation (n8n's clearWebhooks): `delete` on the saved static data. */
	delete(): Promise<boolean>;
	/** n8n's activation: create unless checkExists finds the webhook; `delete` if create throws. */
	activate(activation?: WorkflowActivateMode): Promise<void>;
	/**
	 * "Listen for test event": checkExists/create with the test URL, mode and activation 'manual';
	 * `delete` if create throws. Its static data stays in memory (n8n's test-webhook cache).
	 */
	listenForTest(): Promise<void>;
	/** The end of a test listen: `delete` with the test URL. */
	stopTestListen(): Promise<boolean>;
	/** A new n8n process: the node's modules are loaded afresh; the database stays. */
	restart(): void;
	close(): Promise<void>;
}

/**
 * The time a database read or write takes in n8n (a few ms): requests that arrive meanwhile load
 * the state from before, as they do in n8n.
 */
const DATABASE_MS = 10;
const databaseTime = () => new Promise<void>((resolve) => setTimeout(resolve, DATABASE_MS));

/** The trigger's description, loaded as n8n loads the node (not inside the current test). */
export function triggerDescription(): INodeTypeDescription {
	return loadTrigger().description;
}

/** One choice of the trigger's `property` (an option of Options, an entry of Events, ...). */
export function triggerChoice(
	property: string,
	where: { name?: string; value?: string },
): IDataObject {
	const found = triggerDescription().properties.find((p) => p.name === property);
	const choices = (found?.options ?? []) as unknown as IDataObject[];
	const choice = choices.find((c) =>
		where.name !== undefined ? c.name === where.name : c.value === where.value,
	);
	if (!choice) throw new Error(`the trigger's ${property} has no such choice`);
	return choice;
}

let workflowCount = 0;

export async function startTrigger(options: {
	parameters: INodeParameters;
	credentials: ICredentialDataDecryptedObject;
	/** The node's static data as a previous activation left it. */
	staticData?: IDataObject;
	/** Another trigger's n8n instance, to run this one on the same n8n. */
	n8n?: N8nInstance;
	webhookId?: string;
}): Promise<TriggerHarness> {
	const webhookId = options.webhookId ?? DEFAULT_WEBHOOK_ID;
	// Each harness is its own workflow, as each test would be in n8n.
	const workflowId = `trigger-workflow-${++workflowCount}`;
	let trigger = loadTrigger();
	const received: Received[] = [];
	const started: INodeExecutionData[][] = [];
	const node = triggerNode({
		id: 'inboxkit-trigger',
		name: NODE_NAME,
		type: TRIGGER_TYPE,
		webhookId,
		parameters: options.parameters,
	});
	const database = new SavedWorkflow(workflowId, node, () => trigger, options.staticData);
	const ownsN8n = options.n8n === undefined;
	const n8n = options.n8n ?? (await startN8n());
	const { baseUrl } = n8n;
	const productionPath = `/webhook/${webhookId}/webhook`;

	const data = (extra: Partial<IWorkflowExecuteAdditionalData> = {}) =>
		({
			...additionalData(options.credentials),
			webhookBaseUrl: `${baseUrl}/webhook`,
			webhookTestBaseUrl: `${baseUrl}/webhook-test`,
			...extra,
		}) as IWorkflowExecuteAdditionalData;
	/** A Workflow as n8n builds one per activation and per request: static data read from the database. */
	const load = () => database.load();
	/** n8n's saveStaticData: the whole object, only if it changed. */
	const save = (workflow: Workflow) => database.save(workflow);
	const webhookData = (
		extra: Partial<IWorkflowExecuteAdditionalData> = {},
		isTest = false,
	): IWebhookData => ({
		httpMethod: 'POST',
		node: node.name,
		path: `${webhookId}/webhook`,
		webhookDescription: trigger.description.webhooks![0],
		workflowId,
		workflowExecuteAdditionalData: data(extra),
		webhookId,
		isTest,
	});

	// What each post() led to, by the request number post() sends (requests may overlap).
	const byRequest = new Map<string, Received>();
	const record = (req: http.IncomingMessage, outcome: Received) => {
		received.push(outcome);
		byRequest.set(String(req.headers[REQUEST_HEADER]), outcome);
	};
	let requestCount = 0;

	async function handle(req: http.IncomingMessage, res: http.ServerResponse, raw: Buffer) {
		// n8n's body parsing for application/json.
		let body: unknown = {};
		try {
			body = raw.length > 0 ? JSON.parse(raw.toString('utf8')) : {};
		} catch {
			body = {};
		}
		Object.assign(req, { body, rawBody: raw, query: {}, params: {} });
		const extra = {
			httpRequest: req,
			httpResponse: res,
		} as unknown as Partial<IWorkflowExecuteAdditionalData>;
		const workflow = load();
		await databaseTime();
		const context = new WebhookContext(
			workflow,
			node,
			data(extra),
			'webhook',
			webhookData(extra),
			[],
			null,
		);
		let result;
		try {
			result = await trigger.webhook!.call(context);
		} catch (error) {
			// n8n answers 500 when the node throws.
			const message = (error as Error).message;
			record(req, { status: 500, answer: message });
			sendJson(res, 500, { message });
			return;
		}
		// As n8n's webhook helper answers (responseMode onReceived, responseCode 200).
		let answer: unknown;
		if (result.noWebhookResponse === true) {
			record(req, { status: res.statusCode, answer: 'answered by the node' });
		} else if (result.workflowData === undefined) {
			answer = result.webhookResponse ?? { message: 'Webhook call received' };
			record(req, { status: 200, answer });
		} else {
			const items = result.workflowData[0];
			started.push(items);
			answer = { message: 'Workflow was started' };
			record(req, { status: 200, answer, items });
		}
		// n8n's saveStaticData, which takes its time too; the answer goes out after it.
		const changed = workflow.staticData.__dataChanged === true;
		const snapshot = deepCopy(workflow.staticData);
		await databaseTime();
		if (changed) database.saved = snapshot;
		if (answer !== undefined) sendJson(res, 200, answer);
	}
	n8n.routes.set(productionPath, handle);

	const methods = () => trigger.webhookMethods!.default!;
	const hook = (
		workflow: Workflow,
		mode: WorkflowExecuteMode,
		activation: WorkflowActivateMode,
		isTest = false,
	) => new HookContext(workflow, node, data(), mode, activation, webhookData({}, isTest));

	/** One hook call on its own loaded workflow, saved afterwards (even when it throws). */
	async function runHook(
		method: 'checkExists' | 'create' | 'delete',
		mode: WorkflowExecuteMode,
		activation: WorkflowActivateMode,
	): Promise<boolean> {
		const workflow = load();
		try {
			return await methods()[method].call(hook(workflow, mode, activation));
		} finally {
			save(workflow);
		}
	}
	// n8n's clearWebhooks: mode 'internal', activation 'update', static data from the database.
	const clearWebhooks = async () => await runHook('delete', 'internal', 'update');

	/** n8n's activation: checkExists then create on one workflow, saved only on success. */
	async function activate(activation: WorkflowActivateMode) {
		const workflow = load();
		const context = hook(workflow, 'trigger', activation);
		try {
			if (!(await methods().checkExists.call(context))) await methods().create.call(context);
		} catch (error) {
			await clearWebhooks();
			throw error;
		}
		save(workflow);
	}

	// n8n's test webhooks keep the listening workflow (and its static data) in their own cache
	// until the listen ends: nothing of it is saved to the database.
	let testWorkflow: Workflow | undefined;
	const testHook = (activation: WorkflowActivateMode) =>
		hook((testWorkflow ??= load()), 'manual', activation, true);
	async function stopTestListen() {
		const done = await methods().delete.call(testHook('update'));
		testWorkflow = undefined;
		return done;
	}
	async function listenForTest() {
		testWorkflow = load();
		const context = testHook('manual');
		try {
			if (!(await methods().checkExists.call(context))) await methods().create.call(context);
		} catch (error) {
			await stopTestListen();
			throw error;
		}
	}

	return {
		url: `${baseUrl}${productionPath}`,
		testUrl: `${baseUrl}/webhook-test/${webhookId}/webhook`,
		n8n,
		get staticData() {
			return (database.saved[database.key] ??= {}) as IDataObject;
		},
		received,
		started,
		async post(body, headers) {
			const id = String(++requestCount);
			const text = typeof body === 'string' ? body : JSON.stringify(body);
			const answer = await new Promise<{ status: number; text: string; type?: string }>(
				(resolve, reject) => {
					const req = http.request(
						`${baseUrl}${productionPath}`,
						{
							method: 'POST',
							headers: { 'Content-Type': 'application/json', ...headers, [REQUEST_HEADER]: id },
						},
						(res) => {
							let chunks = '';
							res.on('data', (c) => (chunks += c));
							res.on('end', () =>
								resolve({
									status: res.statusCode ?? 0,
									text: chunks,
									type: res.headers['content-type'],
								}),
							);
						},
					);
					req.on('error', reject);
					req.end(text);
				},
			);
			const outcome = byRequest.get(id);
			if (!outcome) throw new Error('the trigger did not record the request');
			let parsed: unknown = answer.text;
			try {
				parsed = JSON.parse(answer.text);
			} catch {
				// not JSON: kept as text
			}
			return {
				status: answer.status,
				answer: parsed,
				contentType: answer.type,
				items: outcome.items,
			};
		},
		checkExists: async () => await runHook('checkExists', 'trigger', 'activate'),
		create: async () => await runHook('create', 'trigger', 'activate'),
		delete: async () => await clearWebhooks(),
		activate: async (activation = 'activate') => await activate(activation),
		listenForTest,
		stopTestListen,
		restart() {
			trigger = loadTrigger();
		},
		close: async () => {
			n8n.routes.delete(productionPath);
			if (ownsN8n) await n8n.close();
		},
	};
}
