import { CONSENT_REQUESTS } from '../pickers/consentRequest';
import { DOMAIN_NAMES, DOMAINS } from '../pickers/domain';
import { MAILBOXES } from '../pickers/mailbox';
import { PLANS } from '../pickers/plan';
import { searchOf } from '../pickers/search';
import { SEQUENCERS } from '../pickers/sequencer';
import { WORKSPACES } from '../pickers/workspace';

/** The lists of the node's pickers (resource locators), by the names the fields give. */
export const searchConsentRequests = searchOf(CONSENT_REQUESTS);
export const searchDomains = searchOf(DOMAINS);
export const searchDomainNames = searchOf(DOMAIN_NAMES);
export const searchMailboxes = searchOf(MAILBOXES);
export const searchPlans = searchOf(PLANS);
export const searchSequencers = searchOf(SEQUENCERS);
export const searchWorkspaces = searchOf(WORKSPACES);
