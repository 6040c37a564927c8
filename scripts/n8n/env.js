'use strict';
const path = require('node:path');

const { PROFILE, paths } = require('./paths');

/**
 * Environment for running n8n headless and offline: no telemetry, no version checks, no
 * personalization survey, no templates/community-node lookups on the internet, loopback only.
 */
function n8nEnv(userFolder, extra = {}) {
	const p = paths();
	const env = { ...process.env };
	// jest sets NODE_ENV=test, which silences n8n's logger (and with it `execute`'s output).
	for (const key of Object.keys(env)) if (/^(npm_|JEST_)/i.test(key)) delete env[key];
	Object.assign(
		env,
		{
			NODE_ENV: 'production',
			PATH: `${path.dirname(p.nodeBin)}${path.delimiter}${process.env.PATH}`,
			N8N_USER_FOLDER: userFolder,
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_COMMUNITY_PACKAGES_PREVENT_LOADING: 'false',
			N8N_REINSTALL_MISSING_PACKAGES: 'false',
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			N8N_VERIFIED_PACKAGES_ENABLED: 'false',
			N8N_AI_ENABLED: 'false',
			N8N_RUNNERS_TASK_TIMEOUT: '300',
			N8N_COMPRESSION_NODE_MAX_ZIP_ENTRIES: '5000',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
			N8N_DEV_RELOAD: 'false',
			EXTERNAL_FRONTEND_HOOKS_URLS: '',
			N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'warn',
			DB_TYPE: 'sqlite',
			GENERIC_TIMEZONE: 'UTC',
		},
		// See ./versions.js: only the versions that have the module accept its name.
		PROFILE.disabledModules ? { N8N_DISABLED_MODULES: PROFILE.disabledModules } : {},
		extra,
	);
	return env;
}

module.exports = { n8nEnv };
