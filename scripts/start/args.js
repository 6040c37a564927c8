'use strict';
/** `npm start`'s options; --help prints the usage at the top of ../start.js. */
const fs = require('node:fs');
const path = require('node:path');

const USAGE_FILE = path.join(__dirname, '..', 'start.js');

function parseArgs(argv) {
	const args = {
		live: false,
		build: true,
		check: false,
		port: Number(process.env.N8N_PORT || 5678),
		userFolder: process.env.INBOXKIT_N8N_USER_FOLDER,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a === '--live') args.live = true;
		else if (a === '--no-build') args.build = false;
		else if (a === '--check') args.check = true;
		else if (a === '--port') args.port = Number(argv[++i]);
		else if (a.startsWith('--port=')) args.port = Number(a.slice(7));
		else if (a === '--user-folder') args.userFolder = argv[++i];
		else if (a === '--help' || a === '-h') {
			process.stdout.write(
				fs
					.readFileSync(USAGE_FILE, 'utf8')
					.split('*/')[0]
					.replace(/^[\s\S]*?\/\*\*/, '') + '\n',
			);
			process.exit(0);
		} else throw new Error(`unknown option ${a}`);
	}
	if (!Number.isInteger(args.port) || args.port <= 0) throw new Error('--port needs a port number');
	return args;
}

module.exports = { parseArgs };
