/**
 * Typed access to the InboxKit sandbox (test/sandbox/server.js) for jest suites: one server per
 * suite, reset to its seed data before every test.
 */
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runInboxKit, type RunOptions, type RunResult } from './n8n';

// The sandbox is plain JavaScript so that `npm start` can run it without a compiler.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startSandbox } = require('../sandbox/server') as {
	startSandbox: (options?: object) => Promise<Sandbox>;
};

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | undefined>;
	body: IDataObject | undefined;
	rawBody: Buffer;
	/** When it arrived, in ms since the epoch. */
	receivedAt: number;
}

export interface FaultAnswer {
	status?: number;
	body?: unknown;
	raw?: string;
	headers?: Record<string, string>;
	contentType?: string;
	reset?: boolean;
	delayMs?: number;
	/** The route does its work, then the scripted answer is sent instead of its own. */
	applied?: boolean;
}

export interface Sandbox {
	token: string;
	url: string;
	requests: RecordedRequest[];
	/** The most requests in flight at once since the last reset. */
	peakInFlight: number;
	state: IDataObject & Record<string, IDataObject[] | IDataObject>;
	calls(key?: string): RecordedRequest[];
	fault(key: string, ...answers: FaultAnswer[]): void;
	/** Makes `METHOD /path` unknown (InboxKit's gateway 404) until the next reset. */
	hide(key: string): void;
	reset(state?: object): void;
	close(): Promise<void>;
	/** Webhooks the sandbox sent (see test/sandbox/webhooks.js). */
	deliveries: WebhookDelivery[];
	scheduledStatusChanges: Array<{ kind: string; uid: string; changes: IDataObject }>;
	flushStatusChanges(): Promise<WebhookDelivery[]>;
	changeStatus(kind: string, uid: string, changes: IDataObject): Promise<WebhookDelivery>;
	setTeamWebhookUrl(url: string | null): void;
}

export interface WebhookDelivery {
	url: string | undefined;
	event: string;
	headers?: Record<string, string>;
	body: IDataObject;
	attempts: Array<{ status?: number; body?: string; error?: string }>;
	delivered: boolean;
	skipped?: string;
}

export const DEFAULT_WORKSPACE = 'ws_main01';

/** Starts one sandbox for the calling suite and resets it before each test. */
export function useSandbox(): {
	sandbox: Sandbox;
	run: (
		options: Omit<RunOptions, 'credentials'> & { credentials?: IDataObject },
	) => Promise<RunResult>;
} {
	const holder = {} as { sandbox: Sandbox };
	beforeAll(async () => {
		holder.sandbox = await startSandbox();
	});
	beforeEach(() => holder.sandbox.reset());
	afterAll(async () => holder.sandbox.close());
	return {
		get sandbox() {
			return holder.sandbox;
		},
		run: async (options) =>
			await runInboxKit({
				...options,
				credentials: {
					apiToken: holder.sandbox.token,
					baseUrl: holder.sandbox.url,
					workspaceId: DEFAULT_WORKSPACE,
					...options.credentials,
				},
			}),
	};
}

export type { INodeParameters };

export interface ExpectedRequest {
	method: string;
	path: string;
	/** Exactly this query; none when left out. */
	query?: object;
	/** Exactly this JSON body; no body at all when left out. */
	body?: object;
}

/**
 * The sandbox saw exactly one request, and it is this one: method, path, bearer token, the
 * workspace header (or none for team-wide calls), query and body.
 */
export function expectOnlyRequest(
	sandbox: Sandbox,
	expected: ExpectedRequest,
	workspace: string | undefined,
): void {
	const [sent, ...more] = sandbox.requests;
	expect(more).toHaveLength(0);
	expect([sent.method, sent.path]).toEqual([expected.method, expected.path]);
	expect(sent.headers.authorization).toBe(`Bearer ${sandbox.token}`);
	expect(sent.headers['x-workspace-id']).toBe(workspace);
	expect(sent.query).toEqual(expected.query ?? {});
	if (expected.body) expect(sent.body).toEqual(expected.body);
	else expect(sent.rawBody.length).toBe(0);
}
