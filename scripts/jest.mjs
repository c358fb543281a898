#!/usr/bin/env node
// Runs jest on Node 24 with --experimental-vm-modules: NestJS 12 is ESM-only, and
// jest loads it from CommonJS test files only with that flag.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/paths.mjs';

const result = spawnSync(
  process.execPath,
  [join(ROOT, 'node_modules', 'jest', 'bin', 'jest.js'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_OPTIONS: [process.env.NODE_OPTIONS, '--experimental-vm-modules', '--no-warnings=ExperimentalWarning']
        .filter(Boolean)
        .join(' '),
    },
  },
);
process.exit(result.status ?? 1);
