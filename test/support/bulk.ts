import { DEFAULT_WORKSPACE } from './sandbox';

/** n domains of the sandbox's default workspace (bulk-0.com …), all propagated. */
export function manyDomains(n: number) {
	return Array.from({ length: n }, (_, k) => ({
		uid: `dom_bulk${k}`,
		name: `bulk-${k}.com`,
		workspace_uid: DEFAULT_WORKSPACE,
		dns_propagation_status: 'active',
		nameserver_match_status: 'matched',
	}));
}
