import type { InboxKitResource } from '../../operation';
import { checkAvailability } from './checkAvailability';
import { checkBanned } from './checkBanned';
import { checkPropagation } from './checkPropagation';
import { checkWorkspaceAvailability } from './checkWorkspaceAvailability';
import { getMany } from './getMany';
import { getManyAssignable } from './getManyAssignable';
import { getNameservers } from './getNameservers';
import { register } from './register';
import { remove } from './remove';
import { removeCatchAll } from './removeCatchAll';
import { removeDmarc } from './removeDmarc';
import { removeEmailForwarding } from './removeEmailForwarding';
import { search } from './search';
import { setCatchAll } from './setCatchAll';
import { setDmarc } from './setDmarc';
import { setDomainForwarding } from './setDomainForwarding';
import { setEmailForwarding } from './setEmailForwarding';

export const domain: InboxKitResource = {
	value: 'domain',
	name: 'Domain',
	description: 'Search, register, connect and configure sending domains',
	defaultOperation: 'getMany',
	operations: [
		checkAvailability,
		checkBanned,
		checkPropagation,
		checkWorkspaceAvailability,
		getMany,
		getManyAssignable,
		getNameservers,
		register,
		remove,
		removeCatchAll,
		removeDmarc,
		removeEmailForwarding,
		search,
		setCatchAll,
		setDmarc,
		setDomainForwarding,
		setEmailForwarding,
	],
};
