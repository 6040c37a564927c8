'use strict';
/**
 * Which n8n, and where it is installed: INBOXKIT_N8N_VERSION picks the version (./versions.js
 * lists the tested ones), and Node 24 and n8n live OUTSIDE the checkout, in a cache folder keyed
 * by version (see ./install.js for its layout).
 */
const os = require('node:os');
const path = require('node:path');

const { DEFAULT, profileFor } = require('./versions');

const N8N_VERSION = process.env.INBOXKIT_N8N_VERSION || DEFAULT;
const PROFILE = profileFor(N8N_VERSION);
const NODE_SPEC = process.env.INBOXKIT_N8N_NODE || PROFILE.node;
const NODE_DIR_NAME = `node-${NODE_SPEC.replace(/^node@/, '').replace(/[^\w.-]/g, '_')}`;

function cacheRoot() {
	if (process.env.INBOXKIT_N8N_CACHE) return path.resolve(process.env.INBOXKIT_N8N_CACHE);
	const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.join(base, 'n8n-nodes-inboxkit');
}

function paths() {
	const root = cacheRoot();
	const nodeDir = path.join(root, NODE_DIR_NAME);
	const n8nDir = path.join(root, `n8n-${N8N_VERSION}`);
	return {
		root,
		nodeDir,
		n8nDir,
		nodeBin: path.join(nodeDir, 'node_modules', '.bin', 'node'),
		n8nBin: path.join(n8nDir, 'node_modules', 'n8n', 'bin', 'n8n'),
		version: N8N_VERSION,
		major: PROFILE.major,
	};
}

module.exports = { N8N_VERSION, PROFILE, NODE_SPEC, NODE_DIR_NAME, cacheRoot, paths };
