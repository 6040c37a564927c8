import type { ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { getPlatforms, platformsOf } from '../resources/sequencer/getPlatforms';
import { callInboxKit } from '../transport';
import { editorWorkspace } from '../pickers/workspace';

/** The sequencer platforms for the Platform dropdowns, as "List sequencer platforms" gives them. */
export async function getSequencerPlatforms(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	// The platforms endpoint is workspace-level: the workspace picked in the node, else the
	// credential's default.
	const workspaceId = await editorWorkspace(this);
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
