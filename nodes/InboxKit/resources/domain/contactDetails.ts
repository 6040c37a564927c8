import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';

import type { SharedSetting } from '../../operation';
import { fieldError, readCollection } from '../../shared/parameters';

const LABEL = 'Contact Details (JSON)';

/** Register's registrant contact: an object, given as JSON text or from an expression. */
export function readContactDetails(
	ctx: IExecuteFunctions,
	itemIndex: number,
	value: unknown,
): IDataObject {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch {
			throw fieldError(
				ctx,
				itemIndex,
				LABEL,
				'is not valid JSON',
				'Give an object such as {"first_name": "Ada", "email": "ada@example.com"}.',
			);
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw fieldError(ctx, itemIndex, LABEL, 'must be a JSON object');
	}
	return parsed as IDataObject;
}

/** The registrant contact as a whole-request setting of a purchase, read from an options collection. */
export function contactDetailsSetting(collection: string): SharedSetting {
	return {
		key: 'contact_details',
		label: LABEL,
		read: (ctx, i) => {
			const value = readCollection(ctx, collection, i).contact_details;
			if (value === undefined) return undefined;
			const contact = readContactDetails(ctx, i, value);
			return Object.keys(contact).length > 0 ? contact : undefined;
		},
	};
}
