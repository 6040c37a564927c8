import type { InboxKitOperation } from '../../operation';
import { readId } from '../../shared/parameters';

export const changePlan: InboxKitOperation = {
	value: 'changePlan',
	name: 'Change Plan',
	action: 'Change the subscription plan',
	description: 'Move the subscription to another pricing plan',
	docs: 'https://docs.inboxkit.com/change-subscription-plan-18118393e0',
	evidence: 'docs-nav',
	assumed: 'the path and `plan_uid` (plans carry a `uid` in /account)',
	method: 'POST',
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
	request: (ctx, i) => ({ body: { plan_uid: readId(ctx, 'planId', i, 'Plan ID') } }),
};
