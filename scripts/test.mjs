#!/usr/bin/env node
// `npm test`: type check, lint, then every jest project (unit, workflow on the
// time-skipping server, integration on real PostgreSQL, e2e on the dev server).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, ok, step } from './lib/log.mjs';
import { ROOT } from './lib/paths.mjs';
import { run } from './lib/proc.mjs';

const bin = (name) => join(ROOT, 'node_modules', '.bin', name);
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  fail(
    `Node ${process.versions.node}: the tests need Node 24 (run them through npm, which puts the node@24 package first).`,
  );
  process.exit(1);
}

const started = Date.now();
try {
  step('Type check (tsc --noEmit)');
  run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: ROOT });
  step('Lint (eslint, prettier --check)');
  run(bin('eslint'), ['.'], { cwd: ROOT });
  run(bin('prettier'), ['--check', '--log-level', 'warn', '.'], { cwd: ROOT });
  ok('Types and lint clean');

  step('Tests (jest: unit, workflow, int, e2e)');
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-jest-'));
  const results = join(dir, 'results.json');
  let failedRun;
  try {
    run(
      process.execPath,
      [join(ROOT, 'scripts', 'jest.mjs'), '--json', `--outputFile=${results}`, ...process.argv.slice(2)],
      {
        cwd: ROOT,
      },
    );
  } catch (error) {
    failedRun = error;
  }
  let summary;
  try {
    summary = JSON.parse(readFileSync(results, 'utf8'));
  } catch {
    // jest did not get as far as writing results
  }
  rmSync(dir, { recursive: true, force: true });
  if (summary) {
    console.log(`\n${summary.numPassedTests} passed, ${summary.numFailedTests} failed`);
  }
  if (failedRun || !summary || summary.numFailedTests > 0 || summary.numTotalTests === 0)
    throw failedRun ?? new Error('tests failed');
  ok(`All green in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  fail(error.message);
  process.exit(1);
}
