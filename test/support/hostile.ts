/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test servers use node:http; the Cloud rules are for shipped code */
/**
 * Tools for the hostile-server suites: a purpose-built HTTP server on 127.0.0.1 that records
 * every request and answers as the test scripts it, and a deep search for secrets through
 * everything n8n keeps of a run (errors with their causes, items, the stored execution).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface SeenRequest {
	method: string;
	url: string;
	headers: IncomingMessage['headers'];
	body: string;
}

export interface TestServer {
	/** `http://127.0.0.1:<port>` */
	url: string;
	host: string;
	requests: SeenRequest[];
	close(): Promise<void>;
}

export type Handler = (
	request: SeenRequest,
	res: ServerResponse,
	count: number,
) => void | Promise<void>;

/** A server on 127.0.0.1 that reads each request fully, records it, then lets `handler` answer. */
export async function startServer(handler: Handler): Promise<TestServer> {
	const requests: SeenRequest[] = [];
	const sockets = new Set<Socket>();
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const seen: SeenRequest = {
				method: req.method ?? '',
				url: req.url ?? '',
				headers: req.headers,
				body: Buffer.concat(chunks).toString('utf8'),
			};
			requests.push(seen);
			Promise.resolve(handler(seen, res, requests.length)).catch((error: Error) => {
				if (!res.headersSent) res.writeHead(500);
				res.end(String(error));
			});
		});
	});
	server.on('connection', (socket: Socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		host: `127.0.0.1:${port}`,
		requests,
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

/** Answers JSON with a status and optional headers. */
export function json(
	res: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): void {
	const text = typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
	res.end(text);
}

/**
 * Where any of `secrets` occurs inside `root`: every own property (enumerable or not, so an
 * error's `cause`, `context` and `errorResponse` too), array entries, Map and Set members and
 * Buffers, walked to the end, not a serialisation (which skips what is not enumerable).
 * Returns the paths of the hits; an empty list means none was found.
 */
export function findSecrets(root: unknown, secrets: string[]): string[] {
	const hits: string[] = [];
	const seen = new Set<unknown>();
	const stack: Array<[unknown, string]> = [[root, '$']];
	let visited = 0;
	while (stack.length > 0) {
		const [value, path] = stack.pop()!;
		if (++visited > 2_000_000) throw new Error(`findSecrets: too much to walk at ${path}`);
		if (typeof value === 'string') {
			for (const secret of secrets) if (value.includes(secret)) hits.push(path);
			continue;
		}
		if (value === null || (typeof value !== 'object' && typeof value !== 'function')) continue;
		if (seen.has(value)) continue;
		seen.add(value);
		if (Buffer.isBuffer(value) || value instanceof Uint8Array) {
			stack.push([Buffer.from(value).toString('utf8'), `${path}<bytes>`]);
			continue;
		}
		if (value instanceof Map) {
			for (const [k, v] of value) stack.push([k, `${path}<key>`], [v, `${path}.get(${String(k)})`]);
			continue;
		}
		if (value instanceof Set) {
			for (const v of value) stack.push([v, `${path}<member>`]);
			continue;
		}
		for (const key of Reflect.ownKeys(value)) {
			const descriptor = Object.getOwnPropertyDescriptor(value, key);
			if (!descriptor || !('value' in descriptor)) continue;
			stack.push([descriptor.value, `${path}.${String(key)}`]);
		}
	}
	return hits;
}
