#!/usr/bin/env node
// `npm run test:e2e:postgres` (and .ci/run): the e2e suite against the production
// topology, the real Temporal server on PostgreSQL (TEST_TEMPORAL_PERSISTENCE=postgres,
// test/support/global-setup.ts). Builds the server first when the cache lacks it (a fresh
// CI machine), then runs the suite in two passes of one server each:
//   1. every e2e file but the crash test, two at a time as usual;
//   2. the crash test alone: its 2,000-workflow fan-out fills the server's history
//      queues and both cores for minutes, and a file beside it whose requests are bounded
//      (the API answers 503 after 20 s) then measures that fan-out, not its own behaviour.
import { join } from 'node:path';
import { fail, ok, step } from './lib/log.mjs';
import { ROOT } from './lib/paths.mjs';
import { run } from './lib/proc.mjs';
import { findTemporalServer } from './lib/temporal-server.mjs';

const ALONE = 'test/e2e/crash\\.e2e-spec\\.ts$';
const PASSES = [
  ['--testPathPatterns', '^(?!.*crash\\.e2e-spec\\.ts$)'],
  ['--testPathPatterns', ALONE],
];

const started = Date.now();
const seconds = (since) => Math.round((Date.now() - since) / 1000);
try {
  step('Temporal server (PostgreSQL persistence): finding or building it');
  if (!findTemporalServer()) throw new Error('the Temporal server could not be built (needs Go)');
  for (const args of PASSES) {
    const pass = Date.now();
    step(`e2e against the PostgreSQL-backed Temporal server (jest ${args.join(' ')})`);
    run(process.execPath, [join(ROOT, 'scripts', 'jest.mjs'), '--selectProjects', 'e2e', ...args], {
      cwd: ROOT,
      env: { ...process.env, TEST_TEMPORAL_PERSISTENCE: 'postgres' },
    });
    ok(`pass green in ${seconds(pass)} s`);
  }
  ok(`e2e on PostgreSQL-backed Temporal green in ${seconds(started)} s`);
} catch (error) {
  fail(error.message);
  process.exit(1);
}
