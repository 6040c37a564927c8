'use strict';
/** Sending tools and connected sequencer accounts of the sandbox's main workspace. */

function seed() {
	return {
		sequencerPlatforms: [
			{ name: 'Smartlead', value: 'smartlead' },
			{ name: 'Instantly', value: 'instantly' },
			{ name: 'EmailBison', value: 'emailbison' },
		],
		sequencers: [
			{
				uid: 'seq_smart01',
				workspace_uid: 'ws_main01',
				name: 'Smartlead main',
				platform: 'smartlead',
				status: 'connected',
				sequencer_email: 'ops@acme.test',
			},
			{
				uid: 'seq_inst02',
				workspace_uid: 'ws_main01',
				name: 'Instantly EU',
				platform: 'instantly',
				status: 'connected',
				sequencer_email: 'eu@acme.test',
			},
		],
		exports: [
			{
				uid: 'exp_jane_smart',
				mailbox_uid: 'mbx_jane01',
				mailbox_email: 'jane.doe@acme-mail.com',
				sequencer_uid: 'seq_smart01',
				status: 'completed',
				error_message: null,
			},
			{
				uid: 'exp_sam_smart',
				mailbox_uid: 'mbx_sam03',
				mailbox_email: 'sam.poe@acmeoutreach.net',
				sequencer_uid: 'seq_smart01',
				status: 'failed',
				error_message: 'Mailbox is suspended',
			},
			{
				uid: 'exp_john_inst',
				mailbox_uid: 'mbx_john02',
				mailbox_email: 'john.roe@acme-mail.com',
				sequencer_uid: 'seq_inst02',
				status: 'pending',
				error_message: null,
			},
		],
	};
}

module.exports = { seed };
