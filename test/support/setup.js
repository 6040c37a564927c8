// n8n-core writes its instance settings under N8N_USER_FOLDER: keep that in a temp dir.
const { mkdtempSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

process.env.N8N_USER_FOLDER ??= mkdtempSync(join(tmpdir(), 'inboxkit-n8n-'));
// n8n's logger would print every node error the bad-input tests provoke; the tests assert on them.
process.env.N8N_LOG_LEVEL ??= 'silent';
