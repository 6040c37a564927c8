import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { asText, checkId } from '../shared/parameters';
import { listOf, nameOr, uidOf, type Listing } from './listing';
import { listOrIdPicker, locatorParts } from './locator';

/** Pricing plans: picked from Get Pricing Plans, or by uid. */

export const PLANS: Listing = {
	noun: 'plan',
	plural: 'plans',
	method: 'GET',
	path: '/billing/pricing-plans',
	workspaceScoped: false,
	paging: 'none',
	// The sandbox answers plans[] of uid, name, pricing, cycle; other keys are taken too.
	records: (answer) =>
		listOf('plans')(answer) ?? listOf('data')(answer) ?? listOf('pricing_plans')(answer),
	item: (record) => {
		const value = uidOf(record) ?? (typeof record.id === 'string' ? record.id : undefined);
		if (!value) return undefined;
		const price =
			record.pricing !== undefined && record.cycle !== undefined
				? ` (${String(record.pricing)} / ${String(record.cycle)})`
				: '';
		return { name: `${nameOr(record, value)}${price}`, value };
	},
};

/** One pricing plan: picked, or by its uid. */
export const planPicker = (description: string, name = 'planId'): INodeProperties =>
	listOrIdPicker(
		'Plan',
		name,
		`${description}. By ID takes its "uid", as Get Pricing Plans lists it.`,
		'searchPlans',
		{ list: 'Select a plan...', id: 'e.g. growth' },
	);

/** The Plan picker: plan uids are not known to follow InboxKit's ID shape, so only trimmed. */
export function readPlanUid(ctx: IExecuteFunctions, itemIndex: number): string {
	const { value } = locatorParts(ctx.getNodeParameter('planId', itemIndex, ''));
	return checkId(ctx, itemIndex, 'Plan', asText(ctx, itemIndex, 'Plan', value, true));
}
