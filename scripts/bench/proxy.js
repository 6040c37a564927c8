'use strict';
/**
 * A TCP proxy on 127.0.0.1 that makes loopback behave like a link with a round trip of `rttMs()`:
 * every chunk, each way, arrives half a round trip after it was sent, in order; and a new
 * connection's first bytes from the client wait one round trip more, as TCP's handshake (SYN,
 * SYN-ACK) makes a client wait before it can send. A fresh HTTPS request through it (TCP, TLS 1.3,
 * then the request) takes ~3 round trips; a request on a kept-alive connection ~1.
 */
const net = require('node:net');

/** Writes chunks to `socket` at their due times, in order, with one timer at a time. */
function delayedWriter(socket) {
	const queue = [];
	let timer;
	const pump = () => {
		timer = undefined;
		const now = Date.now();
		while (queue.length > 0 && queue[0].due <= now) {
			const { data } = queue.shift();
			if (data === null) socket.end();
			else if (!socket.destroyed) socket.write(data);
		}
		if (queue.length > 0) timer = setTimeout(pump, queue[0].due - now);
	};
	return {
		/** `data` null: end the socket once the chunks before have gone. */
		send(data, due) {
			const last = queue.length > 0 ? queue[queue.length - 1].due : 0;
			queue.push({ data, due: Math.max(due, last) });
			if (timer === undefined) timer = setTimeout(pump, Math.max(0, queue[0].due - Date.now()));
		},
		cancel() {
			clearTimeout(timer);
			queue.length = 0;
		},
	};
}

async function startDelayProxy(targetPort, rttMs) {
	const sockets = new Set();
	// Half-open: a side that has finished sending still gets what is on its way to it.
	const server = net.createServer({ allowHalfOpen: true }, (client) => {
		const rtt = rttMs();
		const opened = Date.now();
		const upstream = net.connect({ port: targetPort, host: '127.0.0.1', allowHalfOpen: true });
		for (const socket of [client, upstream]) {
			socket.setNoDelay(true);
			sockets.add(socket);
			socket.on('close', () => sockets.delete(socket));
		}
		const toServer = delayedWriter(upstream);
		const toClient = delayedWriter(client);
		// The client's bytes: half a round trip, and none before the handshake's round trip is over.
		const serverDue = () => Math.max(Date.now(), opened + rtt) + rtt / 2;
		client.on('data', (data) => toServer.send(data, serverDue()));
		client.on('end', () => toServer.send(null, serverDue()));
		upstream.on('data', (data) => toClient.send(data, Date.now() + rtt / 2));
		upstream.on('end', () => toClient.send(null, Date.now() + rtt / 2));
		const destroy = () => {
			toServer.cancel();
			toClient.cancel();
			client.destroy();
			upstream.destroy();
		};
		client.on('error', destroy);
		upstream.on('error', destroy);
		client.on('close', () => setTimeout(destroy, 2 * rtt));
		upstream.on('close', () => setTimeout(destroy, 2 * rtt));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		port: server.address().port,
		close() {
			for (const socket of sockets) socket.destroy();
			server.close();
		},
	};
}

module.exports = { startDelayProxy };
