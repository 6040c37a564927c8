/**
 * Run by trigger-events.test.ts in a child jest with TZ=America/New_York (see
 * test/support/timeZone.ts): a time without a zone must be read as UTC, not as server time.
 */
import type { IDataObject } from 'n8n-workflow';

import { useSandbox } from '../../support/sandbox';
import { startTrigger } from '../../support/trigger';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { eventBody, mailboxEntity, webhookHeaders } = require('../../sandbox/webhooks') as {
	eventBody: (state: object, kind: string, entity: object, o?: object) => IDataObject;
	mailboxEntity: (mailbox: object) => IDataObject;
	webhookHeaders: (token: string, event: string, timestamp: string) => Record<string, string>;
};

const env = useSandbox();

test('a time without a zone, one minute ago in UTC, is accepted', async () => {
	expect(new Date(2026, 0, 1).getTimezoneOffset()).not.toBe(0);
	const t = await startTrigger({
		parameters: { registration: 'manual' },
		credentials: { apiToken: env.sandbox.token, baseUrl: env.sandbox.url },
	});
	try {
		const mailbox = (env.sandbox.state.mailboxes as IDataObject[])[0];
		const timestamp = new Date(Date.now() - 60_000).toISOString().slice(0, 19);
		const body = eventBody(env.sandbox.state, 'mailbox', mailboxEntity(mailbox), { timestamp });
		const result = await t.post(
			body,
			webhookHeaders(env.sandbox.token, String(body.event), timestamp),
		);
		expect(result.status).toBe(200);
		expect(t.started).toHaveLength(1);
	} finally {
		await t.close();
	}
});
