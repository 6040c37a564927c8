'use strict';
/** GET /account: team-wide, no workspace header; the docs show the account without envelope. */
exports.routes = [
	{
		method: 'GET',
		path: '/account',
		scope: 'team',
		handle: ({ state }) => state.account,
	},
];
