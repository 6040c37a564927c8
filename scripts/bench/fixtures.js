'use strict';
/** The bench's data: built the same way in the server process and in the bench. */

const WORKSPACE = 'ws_main01';

function mailbox(n) {
	return {
		uid: `mbx_${n}`,
		workspace_uid: WORKSPACE,
		username: `user${n}`,
		domain_name: `bulk-${n % 500}.com`,
		email: `user${n}@bulk-${n % 500}.com`,
		first_name: 'Ada',
		last_name: 'Lovelace',
		platform: 'GOOGLE',
		status: 'active',
	};
}

function domain(n) {
	return {
		uid: `dom_bulk${n}`,
		name: `bulk-${n}.com`,
		workspace_uid: WORKSPACE,
		dns_propagation_status: 'active',
		nameserver_match_status: 'matched',
	};
}

/** Sandbox state with `mailboxes` and `domains` records in the workspace. */
function bulkState({ mailboxes = 0, domains = 0 }) {
	return {
		mailboxes: Array.from({ length: mailboxes }, (_, n) => mailbox(n)),
		domains: Array.from({ length: domains }, (_, n) => domain(n)),
	};
}

/** Input items naming the first `count` mailboxes by uid. */
const mailboxItems = (count) => Array.from({ length: count }, (_, n) => ({ uid: mailbox(n).uid }));

/** Input items naming the first `count` domains. */
const domainItems = (count) => Array.from({ length: count }, (_, n) => ({ name: domain(n).name }));

module.exports = { WORKSPACE, bulkState, mailboxItems, domainItems };
