import type {
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	IExecuteFunctions,
} from 'n8n-workflow';

export const CREDENTIAL_NAME = 'inboxKitApi';

/** Any n8n context the node or its triggers run in. */
type CredentialContext = Pick<IExecuteFunctions, 'getCredentials' | 'getNode'>;

/** What one run of the node has read, by its execute context (one per run in n8n). */
const readInRun = new WeakMap<object, Promise<ICredentialDataDecryptedObject>>();

/**
 * The node's InboxKit credential. n8n reads a credential from its database and decrypts it each
 * time a node asks, so a run of the node (an execute context) asks once and keeps it for its
 * items and pages (else 1,000 Gets would make 3,000 reads). Other contexts ask each time: a poll
 * trigger's lives as long as the workflow is active, and an edited credential must apply from
 * the next poll.
 */
export async function credentialOf(
	ctx: CredentialContext,
): Promise<ICredentialDataDecryptedObject> {
	if (!('getInputData' in ctx)) return await ctx.getCredentials(CREDENTIAL_NAME);
	let read = readInRun.get(ctx);
	if (read === undefined) {
		read = ctx.getCredentials(CREDENTIAL_NAME);
		readInRun.set(ctx, read);
	}
	return await read;
}

/** asDecrypted's answers, by the credential data they carry. */
const decryptedOf = new WeakMap<ICredentialDataDecryptedObject, ICredentialsDecrypted>();

/**
 * The credential as n8n's request helper takes it ready-made, so that it does not read it again
 * for every request.
 */
export function asDecrypted(
	ctx: CredentialContext,
	data: ICredentialDataDecryptedObject,
): ICredentialsDecrypted {
	// Built once per credential read (so once per run): getNode() copies the whole node.
	let decrypted = decryptedOf.get(data);
	if (decrypted === undefined) {
		const chosen = ctx.getNode().credentials?.[CREDENTIAL_NAME];
		decrypted = { id: chosen?.id ?? '', name: chosen?.name ?? '', type: CREDENTIAL_NAME, data };
		decryptedOf.set(data, decrypted);
	}
	return decrypted;
}
