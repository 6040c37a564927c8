import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { credentialOf } from '../InboxKit/transport';
import { CLOCK_SKEW_MINUTES, EVENTS } from './description';
import {
	eventItem,
	eventKey,
	eventTime,
	headerValue,
	readEvent,
	statusesOf,
	statusList,
	type Headers,
} from './event';
import { maxEventAgeMinutes } from './maxEventAge';
import { hashedKey, recordFirstSighting } from './repeats';
import { signatureMatches } from './signature';

const MINUTE = 60_000;
/** How long repeats are remembered when Max Event Age is 0: InboxKit retries within minutes. */
export const REPEAT_WINDOW_WITHOUT_AGE_MINUTES = 60;

/** Answers with an error status and starts nothing. */
function refuse(ctx: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	ctx.logger.warn(`InboxKit Trigger refused a request (${status}): ${message}`);
	const res = ctx.getResponseObject();
	res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify({ error: true, message }));
	return { noWebhookResponse: true };
}

/** Answers 200 (InboxKit must not retry) and starts nothing. */
function skip(reason: string): IWebhookResponseData {
	return { webhookResponse: { received: true, started: false, reason } };
}

/**
 * One POST from InboxKit: checked (signature, age, repeats), filtered (event, status), then one
 * item. n8n answers 200 as soon as the workflow starts (responseMode onReceived).
 */
export async function receiveEvent(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const headers = this.getHeaderData() as Headers;
	const credentials = await credentialOf(this);
	const token = typeof credentials.apiToken === 'string' ? credentials.apiToken : '';
	const signature = headerValue(headers, 'x-inboxkit-signature');
	if (!signatureMatches(signature, token)) {
		return refuse(
			this,
			401,
			signature
				? 'X-InboxKit-Signature does not match the API token of the credential'
				: 'X-InboxKit-Signature is missing',
		);
	}

	const event = readEvent(this.getBodyData(), headers);
	if (!event) return refuse(this, 400, 'The body is not an InboxKit event (no "event")');

	const options = this.getNodeParameter('options', {}) as IDataObject;
	const maxAgeMinutes = maxEventAgeMinutes(this);
	const time = eventTime(event, headers);
	if (maxAgeMinutes > 0) {
		const now = Date.now();
		if (time === undefined)
			return refuse(
				this,
				400,
				'The event has no timestamp (X-InboxKit-Timestamp), so its age cannot be checked. Set Max Event Age to 0 to accept such events.',
			);
		if (time < now - maxAgeMinutes * MINUTE)
			return refuse(
				this,
				400,
				`The event is from ${new Date(time).toISOString()}, older than the Max Event Age of ${maxAgeMinutes} minutes`,
			);
		if (time > now + CLOCK_SKEW_MINUTES * MINUTE)
			return refuse(
				this,
				400,
				`The event is from ${new Date(time).toISOString()}, more than ${CLOCK_SKEW_MINUTES} minutes in the future`,
			);
	}

	const events = this.getNodeParameter('events', [EVENTS.domain, EVENTS.mailbox]) as string[];
	if (!events.includes(event.event)) return skip(`${event.event} is not one of the node's Events`);

	const wanted = statusList(String(this.getNodeParameter('statuses', '') ?? ''));
	if (wanted.length > 0 && !statusesOf(event).some((s) => wanted.includes(s)))
		return skip(`status ${statusesOf(event).join('/') || '(none)'} is not one of Only Statuses`);

	// A retry after a lost answer, or a replayed request: same event, entity, status and time.
	// Remembered as long as the age check would let it through again (its window).
	const now = Date.now();
	const windowMinutes =
		(maxAgeMinutes > 0 ? maxAgeMinutes : REPEAT_WINDOW_WITHOUT_AGE_MINUTES) + CLOCK_SKEW_MINUTES;
	const trigger = `${this.getWorkflow().id ?? ''}:${this.getNode().id}`;
	const key = hashedKey([eventKey(event, time)]);
	const staticData = this.getWorkflowStaticData('node');
	if (!recordFirstSighting(trigger, staticData, key, now, now + windowMinutes * MINUTE))
		return skip('already received');

	const item = eventItem(event, headers, options.includeSecrets === true);
	return { workflowData: [this.helpers.returnJsonArray([item])] };
}
