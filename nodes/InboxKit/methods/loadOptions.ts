import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { getPlatforms, platformsOf } from '../resources/sequencer/getPlatforms';
import { WORKSPACE_FIELD } from '../shared/fields';
import { callInboxKit, CREDENTIAL_NAME } from '../transport';

/** The sequencer platforms for the Platform dropdowns, as "List sequencer platforms" gives them. */
export async function getSequencerPlatforms(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	// The platforms endpoint is workspace-level: the credential's default workspace is used, or
	// the one picked in the node when it is set.
	let workspaceId: string | undefined;
	try {
		const picked = this.getCurrentNodeParameter(WORKSPACE_FIELD, { extractValue: true }) as unknown;
		if (typeof picked === 'string' && picked.trim() !== '') workspaceId = picked.trim();
	} catch {
		// No Workspace field value in the editor (yet): the credential's default applies.
		workspaceId = undefined;
	}
	if (workspaceId === undefined) {
		const { workspaceId: fallback } = await this.getCredentials(CREDENTIAL_NAME);
		if (typeof fallback === 'string' && fallback.trim() !== '') workspaceId = fallback.trim();
	}
	const answer = await callInboxKit.call(this, {
		method: getPlatforms.method,
		path: getPlatforms.path,
		workspaceId,
		retryable: true,
	});
	const platforms = platformsOf(answer) ?? [];
	return platforms
		.map((platform) => {
			const value = String(
				platform.value ?? platform.slug ?? platform.key ?? platform.id ?? platform.name ?? '',
			);
			const name = String(platform.name ?? platform.label ?? value);
			return {
				name,
				value,
				...(typeof platform.description === 'string' ? { description: platform.description } : {}),
			};
		})
		.filter((option) => option.value !== '')
		.sort((a, b) => a.name.localeCompare(b.name));
}
