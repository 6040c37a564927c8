/** The lists of the node's pickers (resource locators), by the names the fields give. */
export {
	searchDomainNames,
	searchDomains,
	searchMailboxes,
	searchPlans,
	searchSequencers,
	searchWorkspaces,
} from './records';
