'use strict';
/**
 * Loading for the bench: the project's TypeScript (the node and the test harness) transpiled on
 * require, and the peer nodes users compare us with (n8n's HTTP Request and Split Out) from the
 * n8n-nodes-base of the cached n8n install.
 */
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const ROOT = path.resolve(__dirname, '..', '..');

/**
 * `.ts` files are transpiled on load, as ts-jest does for the tests. ".ts" is tried before
 * ".json", as in jest, so that InboxKit.node resolves to the node, not to its codex file
 * InboxKit.node.json.
 */
function registerTypeScript() {
	const ts = require('typescript');
	const extensions = Module._extensions;
	const { '.json': json, '.node': native } = extensions;
	delete extensions['.json'];
	delete extensions['.node'];
	extensions['.ts'] = (module, filename) => {
		const source = fs.readFileSync(filename, 'utf8');
		const { outputText } = ts.transpileModule(source, {
			fileName: filename,
			compilerOptions: {
				module: ts.ModuleKind.CommonJS,
				target: ts.ScriptTarget.ES2021,
				esModuleInterop: true,
			},
		});
		module._compile(outputText, filename);
	};
	Object.assign(extensions, { '.json': json, '.node': native });
}

/** The packages both sides must share: one n8n-core runs the peer and our node. */
const SHARED = ['n8n-workflow', 'n8n-core'];

/**
 * Makes modules under `folder` get the project's n8n-workflow and n8n-core instead of the copies
 * beside them, so that the peer runs on the very engine (and classes) our node runs on. The
 * versions must match, or the comparison would not be of the same n8n.
 */
function shareEngineWith(folder) {
	for (const name of SHARED) {
		const ours = require(`${name}/package.json`).version;
		const theirs = JSON.parse(
			fs.readFileSync(path.join(folder, 'node_modules', name, 'package.json'), 'utf8'),
		).version;
		if (ours !== theirs)
			throw new Error(`${name}: the project has ${ours}, the cached n8n has ${theirs}`);
	}
	const resolve = Module._resolveFilename;
	Module._resolveFilename = function (request, parent, ...rest) {
		const shared = SHARED.find((name) => request === name || request.startsWith(`${name}/`));
		if (shared && parent?.filename?.startsWith(folder + path.sep))
			return resolve.call(this, request, module, ...rest);
		return resolve.call(this, request, parent, ...rest);
	};
}

/**
 * n8n's HTTP Request and Split Out node types from the cached n8n install (installed by
 * scripts/n8n/install.js when missing).
 */
function loadPeerNodes() {
	const install = require('../n8n');
	const { n8nDir } = install.paths();
	if (!fs.existsSync(path.join(n8nDir, '.complete'))) {
		// The install is asynchronous and this loader is not: it runs as a process of its own.
		const installed = spawnSync(
			process.execPath,
			[path.join(__dirname, '..', 'n8n', 'install.js')],
			{
				stdio: 'inherit',
			},
		);
		if (installed.status !== 0) throw new Error('installing n8n for the bench failed (see above)');
	}
	const modules = path.join(n8nDir, 'node_modules');
	shareEngineWith(n8nDir);
	const base = path.join(modules, 'n8n-nodes-base');
	const { HttpRequest } = require(path.join(base, 'dist/nodes/HttpRequest/HttpRequest.node.js'));
	const { SplitOut } = require(path.join(base, 'dist/nodes/Transform/SplitOut/SplitOut.node.js'));
	return {
		httpRequest: new HttpRequest(),
		splitOut: new SplitOut(),
		version: require(path.join(base, 'package.json')).version,
	};
}

module.exports = { ROOT, registerTypeScript, loadPeerNodes };
