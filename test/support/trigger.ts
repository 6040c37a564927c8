/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a test harness serves HTTP on 127.0.0.1; the Cloud rules are for shipped code */
/**
 * Runs the InboxKit Trigger the way n8n runs a webhook trigger, with n8n-core's own contexts:
 * - registration: webhookMethods.default checkExists / create / delete inside a HookContext,
 *   with the workflow's static data kept between calls as n8n keeps it in its database;
 * - events: a node:http server on 127.0.0.1 serves the node's production webhook URL; each real
 *   request is parsed as n8n parses it (JSON into req.body) and handed to webhook() inside a
 *   WebhookContext, and the answer is sent the way n8n's webhook helper sends it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { HookContext, WebhookContext } from 'n8n-core';
import {
	Workflow,
	type ICredentialDataDecryptedObject,
	type IDataObject,
	type INode,
	type INodeExecutionData,
	type INodeParameters,
	type INodeType,
	type INodeTypes,
	type IWebhookData,
	type IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';

import { InboxKitTrigger } from '../../nodes/InboxKitTrigger/InboxKitTrigger.node';
import { additionalData, CREDENTIAL_TYPE } from './n8n';

export const TRIGGER_TYPE = 'n8n-nodes-inboxkit.inboxKitTrigger';
const WEBHOOK_ID = '5f1c1e0a-7b7e-4b8e-9d8a-1a2b3c4d5e6f';

const trigger = new InboxKitTrigger();
const nodeTypes = {
	getByName: () => trigger as INodeType,
	getByNameAndVersion: () => trigger as INodeType,
	getKnownTypes: () => ({}),
} as unknown as INodeTypes;

/** One request the trigger's URL received, and what became of it. */
export interface Received {
	status: number;
	answer: unknown;
	/** The items of the workflow run this request started; undefined when none started. */
	items?: INodeExecutionData[];
}

export interface TriggerHarness {
	/** The node's production webhook URL. */
	url: string;
	/** The node's static data (n8n keeps it per node in the workflow's), kept across calls. */
	readonly staticData: IDataObject;
	received: Received[];
	/** Items of every workflow run started, in order. */
	started: INodeExecutionData[][];
	/** POSTs to the node's URL over HTTP; resolves with what n8n would answer and start. */
	post(body: unknown, headers: Record<string, string>): Promise<Received>;
	checkExists(): Promise<boolean>;
	create(): Promise<boolean>;
	delete(): Promise<boolean>;
	/** n8n's activation: create unless checkExists finds the webhook. */
	activate(): Promise<void>;
	close(): Promise<void>;
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
	return new Promise((resolve, reject) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify(body));
}

export async function startTrigger(options: {
	parameters: INodeParameters;
	credentials: ICredentialDataDecryptedObject;
	/** The node's static data as a previous activation left it. */
	staticData?: IDataObject;
}): Promise<TriggerHarness> {
	const NODE_NAME = 'InboxKit Trigger';
	const staticData: IDataObject = options.staticData
		? { [`node:${NODE_NAME}`]: options.staticData }
		: {};
	const received: Received[] = [];
	const started: INodeExecutionData[][] = [];
	const node: INode = {
		id: 'inboxkit-trigger',
		name: NODE_NAME,
		type: TRIGGER_TYPE,
		typeVersion: 1,
		position: [0, 0],
		webhookId: WEBHOOK_ID,
		parameters: options.parameters,
		credentials: { [CREDENTIAL_TYPE]: { id: 'cred-1', name: 'InboxKit account' } },
	};

	let baseUrl = '';
	const data = (extra: Partial<IWorkflowExecuteAdditionalData> = {}) =>
		({
			...additionalData(options.credentials),
			webhookBaseUrl: `${baseUrl}/webhook`,
			webhookTestBaseUrl: `${baseUrl}/webhook-test`,
			...extra,
		}) as IWorkflowExecuteAdditionalData;
	// A fresh Workflow per call, as n8n builds one per activation and per request; the static
	// data object is the one n8n would have saved.
	const workflow = () =>
		new Workflow({
			id: 'trigger-workflow',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes,
			staticData,
		});
	const webhookData = (extra: Partial<IWorkflowExecuteAdditionalData> = {}): IWebhookData => ({
		httpMethod: 'POST',
		node: node.name,
		path: `${WEBHOOK_ID}/webhook`,
		webhookDescription: trigger.description.webhooks![0],
		workflowId: 'trigger-workflow',
		workflowExecuteAdditionalData: data(extra),
		webhookId: WEBHOOK_ID,
		isTest: false,
	});

	async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
		const raw = await readBody(req);
		if (req.method !== 'POST' || req.url !== `/webhook/${WEBHOOK_ID}/webhook`) {
			sendJson(res, 404, { message: 'The requested webhook is not registered.' });
			return;
		}
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
		const context = new WebhookContext(
			workflow(),
			node,
			data(extra),
			'webhook',
			webhookData(extra),
			[],
			null,
		);
		const result = await trigger.webhook!.call(context);
		// As n8n's webhook helper answers (responseMode onReceived, responseCode 200).
		if (result.noWebhookResponse === true) {
			received.push({ status: res.statusCode, answer: 'answered by the node' });
			return;
		}
		if (result.workflowData === undefined) {
			const answer = result.webhookResponse ?? { message: 'Webhook call received' };
			sendJson(res, 200, answer);
			received.push({ status: 200, answer });
			return;
		}
		const items = result.workflowData[0];
		started.push(items);
		const answer = { message: 'Workflow was started' };
		sendJson(res, 200, answer);
		received.push({ status: 200, answer, items });
	}

	const server = http.createServer((req, res) => {
		handle(req, res).catch((error: Error) => {
			// n8n answers 500 when the node throws.
			received.push({ status: 500, answer: error.message });
			if (!res.headersSent) sendJson(res, 500, { message: error.message });
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

	const hook = (activation: 'activate' | 'update' | 'init' | 'manual') =>
		new HookContext(workflow(), node, data(), 'trigger', activation, webhookData());
	const methods = trigger.webhookMethods!.default!;

	return {
		url: `${baseUrl}/webhook/${WEBHOOK_ID}/webhook`,
		get staticData() {
			return (staticData[`node:${NODE_NAME}`] ??= {}) as IDataObject;
		},
		received,
		started,
		async post(body, headers) {
			const count = received.length;
			const text = typeof body === 'string' ? body : JSON.stringify(body);
			const answer = await new Promise<{ status: number; text: string }>((resolve, reject) => {
				const req = http.request(
					`${baseUrl}/webhook/${WEBHOOK_ID}/webhook`,
					{
						method: 'POST',
						headers: { 'Content-Type': 'application/json', ...headers },
					},
					(res) => {
						let chunks = '';
						res.on('data', (c) => (chunks += c));
						res.on('end', () => resolve({ status: res.statusCode ?? 0, text: chunks }));
					},
				);
				req.on('error', reject);
				req.end(text);
			});
			if (received.length !== count + 1) throw new Error('the trigger did not record the request');
			let parsed: unknown = answer.text;
			try {
				parsed = JSON.parse(answer.text);
			} catch {
				// not JSON: kept as text
			}
			return { status: answer.status, answer: parsed, items: received[count].items };
		},
		checkExists: async () => await methods.checkExists.call(hook('activate')),
		create: async () => await methods.create.call(hook('activate')),
		delete: async () => await methods.delete.call(hook('activate')),
		async activate() {
			if (!(await methods.checkExists.call(hook('activate'))))
				await methods.create.call(hook('activate'));
		},
		close: () => {
			server.closeAllConnections();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
