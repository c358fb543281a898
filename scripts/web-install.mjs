#!/usr/bin/env node
// postinstall: the dashboard (apps/web) has its own package.json and lock; install them too,
// so `npm install && npm start` on a fresh machine has everything. Skipped where apps/web is
// not there yet (a container's first `npm install` layer copies only the root manifests).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';

const web = join(ROOT, 'apps', 'web');
if (existsSync(join(web, 'package-lock.json')) && !process.env.DONDOC_SKIP_WEB_INSTALL) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: web, stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
