import type { InboxKitResource } from '../../operation';
import { buy } from './buy';
import { cancel } from './cancel';
import { changePassword } from './changePassword';
import { changeUsername } from './changeUsername';
import { checkAvailability } from './checkAvailability';
import { checkStatus } from './checkStatus';
import { generateTotp } from './generateTotp';
import { get } from './get';
import { getCredentials } from './getCredentials';
import { getMany } from './getMany';
import { uncancel } from './uncancel';
import { update } from './update';
import { updateProfilePicture } from './updateProfilePicture';

export const mailbox: InboxKitResource = {
	value: 'mailbox',
	name: 'Mailbox',
	description: 'Buy, manage and cancel mailboxes',
	defaultOperation: 'getMany',
	operations: [
		buy,
		cancel,
		changePassword,
		changeUsername,
		checkAvailability,
		checkStatus,
		generateTotp,
		get,
		getCredentials,
		getMany,
		uncancel,
		update,
		updateProfilePicture,
	],
};
