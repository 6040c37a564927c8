'use strict';
/** Minimal multipart/form-data parser for the sandbox: fields as text, files as Buffers. */
function parseMultipart(contentType, raw) {
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!match) return { body: {}, files: {} };
	const boundary = Buffer.from(`--${match[1] || match[2]}`);
	const body = {};
	const files = {};
	let start = raw.indexOf(boundary);
	while (start !== -1) {
		const next = raw.indexOf(boundary, start + boundary.length);
		if (next === -1) break;
		const part = raw.subarray(start + boundary.length + 2, next - 2);
		const split = part.indexOf('\r\n\r\n');
		const head = part.subarray(0, split).toString('utf8');
		const content = part.subarray(split + 4);
		const name = /name="([^"]*)"/i.exec(head)?.[1];
		const filename = /filename="([^"]*)"/i.exec(head)?.[1];
		const type = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
		if (name !== undefined) {
			if (filename !== undefined)
				files[name] = { filename, contentType: type, data: Buffer.from(content) };
			else body[name] = content.toString('utf8');
		}
		start = next;
	}
	return { body, files };
}

module.exports = { parseMultipart };
