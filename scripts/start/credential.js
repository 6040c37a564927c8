'use strict';
/**
 * What `npm start`'s credential points at: live, https://api.inboxkit.com with the token from the
 * environment; otherwise the local InboxKit sandbox (test/sandbox/server.js), started here.
 */

/** The InboxKit API token --live needs; throws when it is not set. */
function liveToken() {
	const token = process.env.INBOXKIT_API_TOKEN;
	if (!token)
		throw new Error(
			'--live needs the InboxKit API token in the environment variable INBOXKIT_API_TOKEN',
		);
	return token;
}

function liveCredential(token) {
	return {
		baseUrl: 'https://api.inboxkit.com',
		token,
		workspaceId: process.env.INBOXKIT_WORKSPACE_ID || '',
	};
}

/** Starts the sandbox; resolves { sandbox, credential } (the credential points at it). */
async function sandboxCredential() {
	const { startSandbox } = require('../../test/sandbox/server');
	const sandbox = await startSandbox({
		port: Number(process.env.INBOXKIT_SANDBOX_PORT || 0) || undefined,
		// Purchases change status (and send their webhooks) this long after: InboxKit takes
		// minutes to hours, the sandbox seconds.
		statusChanges: {
			afterMs: Number(process.env.INBOXKIT_SANDBOX_STATUS_DELAY_MS || 5000),
			log: (line) => console.log(`[sandbox] webhook ${line}`),
		},
	});
	const credential = {
		baseUrl: sandbox.url.replace(/\/v1\/api\/?$/, ''),
		token: sandbox.token,
		workspaceId: 'ws_main01',
	};
	return { sandbox, credential };
}

module.exports = { liveToken, liveCredential, sandboxCredential };
