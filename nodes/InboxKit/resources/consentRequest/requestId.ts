import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { readId } from '../../shared/parameters';

/**
 * A consent request's uid, typed or mapped: from Initiate's output or the trigger's
 * consent_request event. Not a picker: no source shows what the list of consent requests
 * answers, so there is nothing to build a From List on yet.
 */
export const consentRequestIdField: INodeProperties = {
	displayName: 'Consent Request ID',
	name: 'consentRequestId',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. cr_8f2c1a7e',
	description:
		'The "uid" of the consent request, as Initiate outputs it or the InboxKit Trigger reports it',
};

export const readConsentRequestId = (ctx: IExecuteFunctions, itemIndex: number): string =>
	readId(ctx, 'consentRequestId', itemIndex, 'Consent Request ID');
