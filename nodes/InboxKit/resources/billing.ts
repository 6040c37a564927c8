import type { InboxKitResource } from '../operation';
import { checkInteger, readInteger, readText } from '../shared/parameters';

export const billing: InboxKitResource = {
	value: 'billing',
	name: 'Billing',
	description: 'Plans, subscription, wallet credits and the billing portal',
	operations: [
		{
			value: 'addCredits',
			name: 'Add Credits',
			action: 'Add credits to the wallet',
			description: 'Buy wallet credits with the card on file',
			docs: 'https://docs.inboxkit.com/add-credits-to-wallet-18118396e0',
			method: 'POST',
			// Unconfirmed: path and `amount` (1 credit = 1 USD) are assumed; the payment status
			// lives at /billing/wallet/status, so adding likely sits beside it.
			path: '/billing/wallet/add',
			workspaceScoped: false,
			spendsMoney: true,
			fields: [
				{
					displayName: 'Credits',
					name: 'credits',
					type: 'number',
					required: true,
					typeOptions: { minValue: 1 },
					default: 100,
					description: 'How many credits to buy (1 credit = 1 USD)',
				},
			],
			request: (ctx, i) => ({
				body: {
					amount: checkInteger(ctx, i, 'Credits', ctx.getNodeParameter('credits', i), {
						min: 1,
						max: 1_000_000,
					}),
				},
			}),
		},
		{
			value: 'cancelSubscription',
			name: 'Cancel Subscription',
			action: 'Cancel the subscription',
			description: "Cancel the team's InboxKit subscription",
			docs: 'https://docs.inboxkit.com/cancel-subscription-18118394e0',
			method: 'POST',
			// Path assumed, beside GET /billing/subscription.
			path: '/billing/subscription/cancel',
			workspaceScoped: false,
		},
		{
			value: 'changePlan',
			name: 'Change Plan',
			action: 'Change the subscription plan',
			description: 'Move the subscription to another pricing plan',
			docs: 'https://docs.inboxkit.com/change-subscription-plan-18118393e0',
			method: 'POST',
			// Unconfirmed: path and `plan_uid` are assumed (plans carry a `uid` in /account).
			path: '/billing/subscription/change',
			workspaceScoped: false,
			spendsMoney: true,
			fields: [
				{
					displayName: 'Plan ID',
					name: 'planId',
					type: 'string',
					required: true,
					default: '',
					description: 'UID of the plan to move to, as "Get Pricing Plans" lists it',
				},
			],
			request: (ctx, i) => ({ body: { plan_uid: readText(ctx, 'planId', i, 'Plan ID') } }),
		},
		{
			value: 'getPortalLink',
			name: 'Get Billing Portal Link',
			action: 'Get the billing portal link',
			description: 'Get a link to the Stripe billing portal of the team',
			docs: 'https://docs.inboxkit.com/get-billing-portal-link-18118398e0',
			method: 'GET',
			path: '/billing/manage',
			workspaceScoped: false,
		},
		{
			value: 'getPricingPlans',
			name: 'Get Pricing Plans',
			action: 'Get the pricing plans',
			description: 'List the plans InboxKit offers',
			docs: 'https://docs.inboxkit.com/get-pricing-plans-18118391e0',
			method: 'GET',
			path: '/billing/pricing-plans',
			workspaceScoped: false,
		},
		{
			value: 'getSubscription',
			name: 'Get Subscription',
			action: 'Get the subscription details',
			description: "Get the team's plan, status and renewal date",
			docs: 'https://docs.inboxkit.com/get-subscription-details-18118392e0',
			method: 'GET',
			path: '/billing/subscription',
			workspaceScoped: false,
		},
		{
			value: 'getWallet',
			name: 'Get Wallet',
			action: 'Get the wallet details',
			description: "Get the wallet's credits and auto top-up settings",
			docs: 'https://docs.inboxkit.com/get-wallet-details-18118395e0',
			method: 'GET',
			path: '/billing/wallet',
			workspaceScoped: false,
		},
		{
			value: 'updateAutoTopup',
			name: 'Update Auto Top-Up',
			action: 'Update the auto top-up settings',
			description: 'Turn automatic wallet top-ups on or off and set when and how much',
			docs: 'https://docs.inboxkit.com/update-auto-top-up-settings-18118397e0',
			method: 'POST',
			path: '/billing/auto-topup',
			workspaceScoped: false,
			// A client sends all three fields even to turn top-ups off: the API may require them.
			fields: [
				{
					displayName: 'Auto Top-Up Enabled',
					name: 'enabled',
					type: 'boolean',
					default: true,
					description: 'Whether InboxKit tops the wallet up by itself when credits run low',
				},
				{
					displayName: 'When Credits Drop Below',
					name: 'dropsBelow',
					type: 'number',
					required: true,
					typeOptions: { minValue: 0 },
					default: 50,
					description: 'The balance that triggers a top-up',
				},
				{
					displayName: 'Add Credits',
					name: 'addCredits',
					type: 'number',
					required: true,
					typeOptions: { minValue: 1 },
					default: 100,
					description: 'How many credits each top-up buys',
				},
			],
			request: (ctx, i) => ({
				body: {
					auto_topup_enabled: ctx.getNodeParameter('enabled', i) as boolean,
					auto_topup_trigger_drops_below: readInteger(
						ctx,
						'dropsBelow',
						i,
						'When Credits Drop Below',
						{ min: 0, max: 1_000_000 },
					),
					auto_topup_add_credits: readInteger(ctx, 'addCredits', i, 'Add Credits', {
						min: 1,
						max: 1_000_000,
					}),
				},
			}),
		},
	],
};
