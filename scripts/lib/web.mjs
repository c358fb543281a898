import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paths.mjs';
import { run } from './proc.mjs';
import { ok, step, warn } from './log.mjs';

const WEB = join(ROOT, 'apps', 'web');

/** Newest modification time under a path (files and folders). */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Builds the dashboard (apps/web → apps/web/dist) when it is missing or older than its sources. */
export function buildWeb({ force = false } = {}) {
  const index = join(WEB, 'dist', 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts', 'package.json']
    .map((p) => join(WEB, p))
    // Its texts: one set of catalogues with the API's (libs/i18n).
    .concat(join(ROOT, 'libs', 'i18n', 'src'))
    .filter(existsSync);
  if (!force && existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newest))) {
    ok('Dashboard up to date (apps/web/dist)');
    return true;
  }
  const vite = join(WEB, 'node_modules', '.bin', 'vite');
  if (!existsSync(vite)) {
    step('Dashboard: installing its packages (apps/web)');
    run(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund'], { cwd: WEB });
  }
  step('Building the dashboard → apps/web/dist');
  try {
    // A production build whatever NODE_ENV the caller has (test runners set "test").
    run(vite, ['build', '--logLevel', 'warn'], { cwd: WEB, env: { ...process.env, NODE_ENV: 'production' } });
    return true;
  } catch (error) {
    warn(`dashboard not built (${error.message}); the API still runs`);
    return false;
  }
}
