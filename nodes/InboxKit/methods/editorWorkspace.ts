import type { ILoadOptionsFunctions } from 'n8n-workflow';

import { WORKSPACE_FIELD } from '../shared/fields';
import { CREDENTIAL_NAME } from '../transport';

/**
 * The workspace the editor's lists load from: the one picked in the node's Workspace field,
 * else the credential's default; undefined when neither is set. An expression in the field
 * cannot be worked out in the editor, so the default applies then too.
 */
export async function editorWorkspace(ctx: ILoadOptionsFunctions): Promise<string | undefined> {
	let picked: unknown;
	try {
		picked = ctx.getCurrentNodeParameter(WORKSPACE_FIELD, { extractValue: true });
	} catch {
		// No Workspace field value in the editor (yet): the credential's default applies.
		picked = undefined;
	}
	if (typeof picked === 'string' && picked.trim() !== '' && !picked.startsWith('='))
		return picked.trim();
	const { workspaceId } = await ctx.getCredentials(CREDENTIAL_NAME);
	return typeof workspaceId === 'string' && workspaceId.trim() !== ''
		? workspaceId.trim()
		: undefined;
}
