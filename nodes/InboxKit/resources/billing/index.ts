import type { InboxKitResource } from '../../operation';
import { addCredits } from './addCredits';
import { cancelSubscription } from './cancelSubscription';
import { changePlan } from './changePlan';
import { getPaymentStatus } from './getPaymentStatus';
import { getPortalLink } from './getPortalLink';
import { getPricingPlans } from './getPricingPlans';
import { getSubscription } from './getSubscription';
import { getWallet } from './getWallet';
import { updateAutoTopup } from './updateAutoTopup';

export const billing: InboxKitResource = {
	value: 'billing',
	name: 'Billing',
	description: 'Plans, subscription, wallet credits and the billing portal',
	// Not Add Credits, first in the dropdown: opening the resource must not offer to charge.
	defaultOperation: 'getWallet',
	operations: [
		addCredits,
		cancelSubscription,
		changePlan,
		getPortalLink,
		getPaymentStatus,
		getPricingPlans,
		getSubscription,
		getWallet,
		updateAutoTopup,
	],
};
