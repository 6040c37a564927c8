import type { InboxKitResource } from '../../operation';
import { connect } from './connect';
import { getMany } from './getMany';
import { getZones } from './getZones';

/**
 * Its own resource, not under Domain: these endpoints have their own path, list (with
 * connection and credential status), credential (a Cloudflare token InboxKit stores) and rate
 * limit, and the Domain resource already holds 15 operations.
 */
export const cloudflare: InboxKitResource = {
	value: 'cloudflare',
	name: 'Cloudflare',
	description: 'Connect domains you own on Cloudflare, and list them and their zones',
	defaultOperation: 'getMany',
	operations: [connect, getMany, getZones],
};
