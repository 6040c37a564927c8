import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { CombineSpec, InboxKitOperation, SentRequest } from '../operation';
import { withoutEnvelope } from '../transport';
import { isRecord } from '../transport/answerShape';
import { nodeForErrors } from '../transport/redact';

/** Reading InboxKit's answers, the same in every loop of the runner. */

/** The output records of an answer: the same whether items were combined or not. */
export function outputOf(
	operation: InboxKitOperation,
	answer: IDataObject,
	sent: SentRequest,
	/** Simplify is on (for reads of one record that offer it). */
	simplified = false,
): IDataObject[] {
	if (operation.combine)
		return operation.combine.results(answer, sent).map((result) => result.json);
	if (operation.output) {
		const output = operation.output(answer, sent);
		return Array.isArray(output) ? output : [output];
	}
	const { record } = operation;
	if (record && isRecord(answer[record.key])) {
		const found = answer[record.key] as IDataObject;
		return [simplified && record.simplify ? record.simplify(found) : found];
	}
	return [withoutEnvelope(answer)];
}

/** "Already charged (item 1: …)" with what InboxKit answered for each item that went through. */
export function alreadyCharged(
	charged: Array<{ itemIndex: number; records: IDataObject[] }>,
): string {
	if (charged.length === 0) return '';
	const said = charged.map(({ itemIndex, records }) => {
		const text = JSON.stringify(records.length === 1 ? records[0] : records);
		return `item ${itemIndex + 1}: ${text.length > 200 ? `${text.slice(0, 197)}...` : text}`;
	});
	return `Already charged: ${said.join('; ')}. Check InboxKit before running the node again: a re-run would buy these again.`;
}

/**
 * A purchase whose answer lists its records, but not all that were asked for: the missing ones
 * may or may not have been bought, so this is said rather than passed over.
 */
export function refuseSilentGaps(
	ctx: IExecuteFunctions,
	combine: CombineSpec,
	answer: IDataObject,
	sent: SentRequest,
	entries: IDataObject[],
	itemIndex: number,
): void {
	const records = combine.results(answer, sent);
	// A summary (one record, no key) says nothing per entry; an empty list says none was bought.
	if (records.length > 0 && !records.some(({ key }) => key !== undefined)) return;
	const listed = new Set(records.map(({ key }) => key));
	const asked = entries.map((entry) => combine.entryKey(entry));
	const missing = asked.filter((key) => !listed.has(key));
	if (missing.length === 0) return;
	throw new NodeOperationError(
		nodeForErrors(ctx.getNode()),
		`InboxKit's answer lists ${asked.length - missing.length} of the ${asked.length} ${combine.entriesLabel.toLowerCase()} bought: missing ${missing.join(', ')}`,
		{
			itemIndex,
			description:
				'The request was sent once. Check in InboxKit whether the missing ones were bought before running the node again.',
		},
	);
}
