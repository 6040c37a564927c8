import type { InboxKitResource } from '../../operation';
import { add } from './add';
import { cancel } from './cancel';
import { getMany } from './getMany';
import { getPricing } from './getPricing';
import { getStats } from './getStats';
import { pause } from './pause';

export const warmup: InboxKitResource = {
	value: 'warmup',
	name: 'Warmup',
	description: 'Warm up mailboxes before they send, and watch the warmup',
	defaultOperation: 'getMany',
	operations: [add, cancel, getMany, getPricing, getStats, pause],
};
