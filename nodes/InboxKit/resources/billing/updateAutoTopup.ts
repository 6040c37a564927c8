import type { InboxKitOperation } from '../../operation';
import { readInteger } from '../../shared/parameters';

export const updateAutoTopup: InboxKitOperation = {
	value: 'updateAutoTopup',
	name: 'Update Auto Top-Up',
	action: 'Update auto top-up settings',
	description: 'Turn automatic wallet top-ups on or off, given when and how much to top up',
	docs: 'https://docs.inboxkit.com/',
	evidence: 'client',
	method: 'POST',
	path: '/billing/auto-topup',
	workspaceScoped: false,
	// A client sends all three fields even to turn top-ups off: the API may require them.
	fields: [
		{
			displayName: 'Auto Top-Up Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether InboxKit tops the wallet up by itself when credits run low',
		},
		{
			displayName: 'When Credits Drop Below',
			name: 'dropsBelow',
			type: 'number',
			required: true,
			typeOptions: { minValue: 0 },
			default: 50,
			description: 'The balance that triggers a top-up',
		},
		{
			displayName: 'Add Credits',
			name: 'addCredits',
			type: 'number',
			required: true,
			typeOptions: { minValue: 1 },
			default: 100,
			description: 'How many credits each top-up buys',
		},
	],
	request: (ctx, i) => ({
		body: {
			auto_topup_enabled: ctx.getNodeParameter('enabled', i) as boolean,
			auto_topup_trigger_drops_below: readInteger(ctx, 'dropsBelow', i, 'When Credits Drop Below', {
				min: 0,
				max: 1_000_000,
			}),
			auto_topup_add_credits: readInteger(ctx, 'addCredits', i, 'Add Credits', {
				min: 1,
				max: 1_000_000,
			}),
		},
	}),
};
