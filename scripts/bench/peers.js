'use strict';
/**
 * How a user would do our operations with n8n's HTTP Request node (typeVersion 4.5, what the
 * editor adds today) and our credential as a "Predefined Credential Type" (inboxKitApi: n8n
 * applies its Authorization header), with X-Workspace-Id as a header parameter.
 */
const { WORKSPACE } = require('./fixtures');

const HTTP_REQUEST = { type: 'n8n-nodes-base.httpRequest', typeVersion: 4.5 };
const SPLIT_OUT = { type: 'n8n-nodes-base.splitOut', typeVersion: 1 };

/** The option's defaults when a user adds Batching: 50 items, then 1,000 ms, and so on. */
const DEFAULT_BATCHING = { batch: { batchSize: 50, batchInterval: 1000 } };

function request(method, url) {
	return {
		method,
		url,
		authentication: 'predefinedCredentialType',
		nodeCredentialType: 'inboxKitApi',
		sendHeaders: true,
		headerParameters: { parameters: [{ name: 'X-Workspace-Id', value: WORKSPACE }] },
	};
}

/** One HTTP Request per input item; `batching` adds the Batching option with its defaults. */
function perItemChain(peers, parameters, batching) {
	const options = batching ? { batching: DEFAULT_BATCHING } : {};
	return [
		{
			name: 'HTTP Request',
			...HTTP_REQUEST,
			nodeType: peers.httpRequest,
			parameters: { ...parameters, options },
		},
	];
}

/** Get mailbox details per input item. */
function getMailboxChain(peers, api, { batching = false } = {}) {
	return perItemChain(
		peers,
		{
			...request('GET', `${api}/mailboxes/details`),
			sendQuery: true,
			queryParameters: { parameters: [{ name: 'uid', value: '={{ $json.uid }}' }] },
		},
		batching,
	);
}

/**
 * Check Status of one mailbox per input item, as the HTTP Request node would send it: a POST of
 * `{"uids": [uid]}` per item (InboxKit's endpoint takes a list; HTTP Request cannot gather items).
 * The answer is one item per request; its `mailboxes` hold the status.
 */
function statusChain(peers, api, { batching = false } = {}) {
	return perItemChain(
		peers,
		{
			...request('POST', `${api}/mailboxes/status`),
			sendBody: true,
			contentType: 'json',
			specifyBody: 'json',
			jsonBody: '={{ JSON.stringify({ uids: [$json.uid] }) }}',
		},
		batching,
	);
}

/**
 * Every mailbox, as our Return All gives them: HTTP Request's pagination ("Update a Parameter in
 * Each Request": body `page` = $pageCount + 1, 100 a page, complete when the answer's
 * current_page reaches its pages) gives one item per page, and Split Out on `mailboxes` makes
 * one item per mailbox, as our node outputs them.
 */
function allMailboxesChain(peers, api) {
	return [
		{
			name: 'HTTP Request',
			...HTTP_REQUEST,
			nodeType: peers.httpRequest,
			parameters: {
				...request('POST', `${api}/mailboxes/list`),
				sendBody: true,
				contentType: 'json',
				specifyBody: 'json',
				jsonBody: '{ "page": 1, "limit": 100 }',
				options: {
					pagination: {
						pagination: {
							paginationMode: 'updateAParameterInEachRequest',
							parameters: {
								parameters: [{ type: 'body', name: 'page', value: '={{ $pageCount + 1 }}' }],
							},
							paginationCompleteWhen: 'other',
							completeExpression: '={{ $response.body.current_page >= $response.body.pages }}',
						},
					},
				},
			},
		},
		{
			name: 'Split Out',
			...SPLIT_OUT,
			nodeType: peers.splitOut,
			parameters: { fieldToSplitOut: 'mailboxes' },
		},
	];
}

module.exports = { getMailboxChain, statusChain, allMailboxesChain };
