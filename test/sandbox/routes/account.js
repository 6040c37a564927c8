'use strict';
const { ok } = require('../answers');

/** GET /account: team-wide, no workspace header. */
exports.routes = [
	{
		method: 'GET',
		path: '/account',
		scope: 'team',
		handle: ({ state }) => ok('Account details', { account: state.account }),
	},
];
