/**
 * A multipart/form-data body built by hand: the package has no runtime dependencies, and a
 * Buffer goes through n8n's HTTP layer unchanged (byte for byte).
 */
export interface Upload {
	/** Text fields sent beside the file. */
	fields: Record<string, string>;
	file: { field: string; fileName: string; mimeType: string; data: Buffer };
}

function quoted(value: string): string {
	return value.replace(/["\r\n\\]/g, '_');
}

export function multipartBody(
	upload: Upload,
	boundary: string,
): { body: Buffer; contentType: string } {
	const parts: Buffer[] = [];
	for (const [name, value] of Object.entries(upload.fields)) {
		parts.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${value}\r\n`,
			),
		);
	}
	const { file } = upload;
	parts.push(
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.fileName)}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`,
		),
		file.data,
		Buffer.from(`\r\n--${boundary}--\r\n`),
	);
	return { body: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}
