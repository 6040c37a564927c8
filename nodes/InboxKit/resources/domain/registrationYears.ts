import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';

import { checkInteger } from '../../shared/parameters';

/** Registration Years, as Domain → Register and Order → Place Order both take it. */
export const registrationYearsField: INodeProperties = {
	displayName: 'Registration Years',
	name: 'registrationYears',
	type: 'number',
	typeOptions: { minValue: 1, maxValue: 10 },
	default: 1,
	description: 'For how many years to register each domain',
};

/** The item's Registration Years: a whole number from 1 to 10, or an error naming the field. */
export function readRegistrationYears(ctx: IExecuteFunctions, itemIndex: number): number {
	return checkInteger(
		ctx,
		itemIndex,
		'Registration Years',
		ctx.getNodeParameter('registrationYears', itemIndex, 1),
		{ min: 1, max: 10 },
	);
}
