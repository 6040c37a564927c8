import type { InboxKitResource } from '../operation';
import { checkInteger, readCollection, readText } from '../shared/parameters';

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
			docs: 'https://docs.inboxkit.com/add-credits-to-wallet',
			method: 'POST',
			path: '/billing/wallet/add-credits',
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
					description: 'How many credits to buy',
				},
			],
			request: (ctx, i) => ({
				body: { credits: checkInteger(ctx, i, 'Credits', ctx.getNodeParameter('credits', i), { min: 1, max: 1_000_000 }) },
			}),
		},
		{
			value: 'cancelSubscription',
			name: 'Cancel Subscription',
			action: 'Cancel the subscription',
			description: 'Cancel the team\'s InboxKit subscription',
			docs: 'https://docs.inboxkit.com/cancel-subscription',
			method: 'POST',
			path: '/billing/subscription/cancel',
			workspaceScoped: false,
		},
		{
			value: 'changePlan',
			name: 'Change Plan',
			action: 'Change the subscription plan',
			description: 'Move the subscription to another pricing plan',
			docs: 'https://docs.inboxkit.com/change-subscription-plan',
			method: 'POST',
			path: '/billing/subscription/change-plan',
			workspaceScoped: false,
			spendsMoney: true,
			fields: [
				{
					displayName: 'Plan ID',
					name: 'planId',
					type: 'string',
					required: true,
					default: '',
					description: 'The plan to move to, as "Get Pricing Plans" lists it',
				},
			],
			request: (ctx, i) => ({ body: { plan_id: readText(ctx, 'planId', i, 'Plan ID') } }),
		},
		{
			value: 'getPortalLink',
			name: 'Get Billing Portal Link',
			action: 'Get the billing portal link',
			description: 'Get a link to the Stripe billing portal of the team',
			docs: 'https://docs.inboxkit.com/get-billing-portal-link',
			method: 'GET',
			path: '/billing/manage',
			workspaceScoped: false,
		},
		{
			value: 'getPricingPlans',
			name: 'Get Pricing Plans',
			action: 'Get the pricing plans',
			description: 'List the plans InboxKit offers',
			docs: 'https://docs.inboxkit.com/get-pricing-plans',
			method: 'GET',
			path: '/billing/pricing-plans',
			workspaceScoped: false,
		},
		{
			value: 'getSubscription',
			name: 'Get Subscription',
			action: 'Get the subscription details',
			description: 'Get the team\'s plan, status and renewal date',
			docs: 'https://docs.inboxkit.com/get-subscription-details',
			method: 'GET',
			path: '/billing/subscription',
			workspaceScoped: false,
		},
		{
			value: 'getWallet',
			name: 'Get Wallet',
			action: 'Get the wallet details',
			description: 'Get the wallet\'s credits and auto top-up settings',
			docs: 'https://docs.inboxkit.com/get-wallet-details',
			method: 'GET',
			path: '/billing/wallet',
			workspaceScoped: false,
		},
		{
			value: 'updateAutoTopup',
			name: 'Update Auto Top-Up',
			action: 'Update the auto top-up settings',
			description: 'Turn automatic wallet top-ups on or off and set when and how much',
			docs: 'https://docs.inboxkit.com/update-auto-top-up-settings',
			method: 'POST',
			path: '/billing/auto-topup',
			workspaceScoped: false,
			fields: [
				{
					displayName: 'Auto Top-Up Enabled',
					name: 'enabled',
					type: 'boolean',
					default: true,
					description: 'Whether InboxKit tops the wallet up by itself when credits run low',
				},
				{
					displayName: 'Settings',
					name: 'settings',
					type: 'collection',
					placeholder: 'Add Setting',
					default: {},
					options: [
						{
							displayName: 'Add Credits',
							name: 'auto_topup_add_credits',
							type: 'number',
							typeOptions: { minValue: 1 },
							default: 100,
							description: 'How many credits each top-up buys',
						},
						{
							displayName: 'When Credits Drop Below',
							name: 'auto_topup_trigger_drops_below',
							type: 'number',
							typeOptions: { minValue: 0 },
							default: 50,
							description: 'The balance that triggers a top-up',
						},
					],
				},
			],
			request: (ctx, i) => {
				const settings = readCollection(ctx, 'settings', i);
				const body = { auto_topup_enabled: ctx.getNodeParameter('enabled', i) as boolean } as Record<string, unknown>;
				if (settings.auto_topup_add_credits !== undefined) {
					body.auto_topup_add_credits = checkInteger(ctx, i, 'Add Credits', settings.auto_topup_add_credits, { min: 1, max: 1_000_000 });
				}
				if (settings.auto_topup_trigger_drops_below !== undefined) {
					body.auto_topup_trigger_drops_below = checkInteger(ctx, i, 'When Credits Drop Below', settings.auto_topup_trigger_drops_below, { min: 0, max: 1_000_000 });
				}
				return { body: body as never };
			},
		},
	],
};
