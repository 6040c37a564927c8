/* eslint-disable @n8n/community-nodes/no-restricted-imports -- a test harness serves HTTP on 127.0.0.1; the Cloud rules are for shipped code */
/**
 * n8n's webhook server as the trigger harness (./trigger.ts) needs it: one HTTP server on
 * 127.0.0.1 per n8n instance, POSTs routed to the webhooks registered by path, 404 for the rest.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (
	req: http.IncomingMessage,
	res: http.ServerResponse,
	raw: Buffer,
) => Promise<void>;

/** One n8n instance: one HTTP server, its webhooks by path. Triggers may share one. */
export interface N8nInstance {
	baseUrl: string;
	routes: Map<string, Handler>;
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

export function sendJson(res: http.ServerResponse, status: number, body: unknown) {
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify(body));
}

export async function startN8n(): Promise<N8nInstance> {
	const routes = new Map<string, Handler>();
	const server = http.createServer((req, res) => {
		readBody(req)
			.then(async (raw) => {
				const route = req.method === 'POST' ? routes.get(req.url ?? '') : undefined;
				if (!route) {
					sendJson(res, 404, { message: 'The requested webhook is not registered.' });
					return;
				}
				await route(req, res, raw);
			})
			.catch((error: Error) => {
				if (!res.headersSent) sendJson(res, 500, { message: error.message });
			});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		routes,
		close: () => {
			server.closeAllConnections();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}
