import type { InboxKitOperation } from '../../operation';
import { planPicker, readPlanUid } from '../../pickers/plan';

export const changePlan: InboxKitOperation = {
	value: 'changePlan',
	name: 'Change Plan',
	action: 'Change subscription plan',
	description: "Move the subscription to another plan, given the plan's uid",
	docs: 'https://docs.inboxkit.com/change-subscription-plan-18118393e0',
	evidence: 'docs-nav',
	assumed: 'the path and `plan_uid` (plans carry a `uid` in /account)',
	method: 'POST',
	path: '/billing/subscription/change',
	workspaceScoped: false,
	charges: true,
	fields: [planPicker('The plan to move to')],
	request: (ctx, i) => ({ body: { plan_uid: readPlanUid(ctx, i) } }),
};
