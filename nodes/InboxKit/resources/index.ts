import type { InboxKitResource } from '../operation';
import { account } from './account';
import { billing } from './billing';
import { clientIdRequest } from './clientIdRequest';
import { cloudflare } from './cloudflare';
import { consentRequest } from './consentRequest';
import { dns } from './dns';
import { domain } from './domain';
import { emailInsight } from './emailInsight';
import { mailbox } from './mailbox';
import { order } from './order';
import { sequencer } from './sequencer';
import { warmup } from './warmup';
import { workspace } from './workspace';

/** Every resource of the node, in the order of the Resource dropdown (alphabetical, as n8n does). */
export const RESOURCES: InboxKitResource[] = [
	account,
	billing,
	clientIdRequest,
	cloudflare,
	consentRequest,
	dns,
	domain,
	emailInsight,
	mailbox,
	order,
	sequencer,
	warmup,
	workspace,
];
