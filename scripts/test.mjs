#!/usr/bin/env node
// `npm test`: type check, lint, then every jest project (unit, workflow on the
// time-skipping server, integration on real PostgreSQL, e2e on the dev server).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
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

const require = createRequire(import.meta.url);
const PASSES = [
  ['unit', 'workflow'],
  ['int', 'e2e', 'browser'],
];

/** `--selectProjects` for those of `names` that jest.config.js defines. */
function selectProjects(names) {
  const defined = require(join(ROOT, 'jest.config.js')).projects.map((project) => project.displayName);
  return ['--selectProjects', ...names.filter((name) => defined.includes(name))];
}

/** One jest run; its JSON summary (with `error` when jest failed). */
function runJest(args) {
  const dir = mkdtempSync(join(tmpdir(), 'dondoc-jest-'));
  const results = join(dir, 'results.json');
  let error;
  try {
    run(process.execPath, [join(ROOT, 'scripts', 'jest.mjs'), '--json', `--outputFile=${results}`, ...args], {
      cwd: ROOT,
    });
  } catch (caught) {
    error = caught;
  }
  let summary = {};
  try {
    summary = JSON.parse(readFileSync(results, 'utf8'));
  } catch {
    // jest did not get as far as writing results
  }
  rmSync(dir, { recursive: true, force: true });
  return { ...summary, error };
}

const started = Date.now();
try {
  step('Type check (tsc --noEmit)');
  run(bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'], { cwd: ROOT });
  // The dashboard on its own settings (DOM, JSX): its pages against the API's generated types.
  run(bin('tsc'), ['-p', 'apps/web/tsconfig.json', '--noEmit'], { cwd: ROOT });
  step('Lint (eslint, prettier --check)');
  run(bin('eslint'), ['.'], { cwd: ROOT });
  run(bin('prettier'), ['--check', '--log-level', 'warn', '.'], { cwd: ROOT });
  ok('Types and lint clean');

  // Two passes: the workflow tests read timelines off the time-skipping server, so they
  // run beside the quick unit tests only, not beside e2e tests that load both cores.
  const passes = process.argv.length > 2 ? [process.argv.slice(2)] : PASSES.map((names) => selectProjects(names));
  let passed = 0;
  let failed = 0;
  let total = 0;
  let failedRun;
  for (const args of passes) {
    step(`Tests (jest ${args.join(' ')})`);
    const summary = runJest(args);
    if (summary.error) failedRun ??= summary.error;
    passed += summary.numPassedTests ?? 0;
    failed += summary.numFailedTests ?? 0;
    total += summary.numTotalTests ?? 0;
    if (!summary.numTotalTests) failedRun ??= new Error('jest did not get as far as writing results');
  }
  console.log(`\n${passed} passed, ${failed} failed`);
  if (failedRun || failed > 0 || total === 0) throw failedRun ?? new Error('tests failed');
  ok(`All green in ${Math.round((Date.now() - started) / 1000)} s`);
} catch (error) {
  fail(error.message);
  process.exit(1);
}
