import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

export const DEFAULT_MAX_EVENT_AGE_MINUTES = 60;

/**
 * The Max Event Age option, in minutes (0: no age check). The field refuses negatives, but an
 * expression can give -1 or text: refused too, so a typo cannot turn the check off unnoticed.
 */
export function maxEventAgeMinutes(ctx: IHookFunctions | IWebhookFunctions): number {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const value = options.maxEventAgeMinutes ?? DEFAULT_MAX_EVENT_AGE_MINUTES;
	const minutes =
		typeof value === 'number'
			? value
			: /^\s*\d+(\.\d+)?\s*$/.test(String(value))
				? Number(value)
				: NaN;
	if (Number.isFinite(minutes) && minutes >= 0) return minutes;
	throw new NodeOperationError(
		ctx.getNode(),
		'Max Event Age must be a number of minutes, 0 or more',
		{
			description: `It is ${JSON.stringify(value).slice(0, 40)}. Set a number (60 by default), or 0 to turn the age check off.`,
		},
	);
}
