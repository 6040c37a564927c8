/**
 * The only way the node talks to InboxKit: callInboxKit (one request) and
 * callInboxKitForRecords (a list, page by page), on n8n's httpRequestWithAuthentication.
 */
import type { IDataObject } from 'n8n-workflow';

export { apiRoot } from './baseUrl';
export { callInboxKit, DEFAULT_CALL_SETTINGS, type CallSettings, type InboxKitCall } from './call';
export { credentialOf, CREDENTIAL_NAME } from './credential';
export { callInboxKitForRecords, PAGE_SIZE, type Paging } from './lists';

/** The answer as the user wants it: InboxKit's `error: false` flag says nothing on success. */
export function withoutEnvelope(answer: IDataObject): IDataObject {
	const rest = { ...answer };
	delete rest.error;
	return rest;
}
