#!/usr/bin/env node
// `npm run bundle:check`: builds the workflow bundle exactly as the worker does (the
// workflows/ source with the OpenTelemetry workflow interceptors), which is the CI check
// of the workflow fence: Temporal's bundler refuses workflow code that imports Node
// built-ins or other modules the sandbox cannot run, and fails on any unresolvable
// import (the lint rule on workflows/** catches most of these earlier). With
// `--out <file>` the bundle is written there too (the Docker image prebuilds one).
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fail, ok, step } from './lib/log.mjs';
import { ROOT } from './lib/paths.mjs';

const require = createRequire(import.meta.url);
// The worker's list (apps/worker/src/telemetry/worker-telemetry.ts, WORKFLOW_INTERCEPTOR_MODULES).
const INTERCEPTORS = [require.resolve('@temporalio/interceptors-opentelemetry/lib/workflow-interceptors')];

const outIndex = process.argv.indexOf('--out');
const out = outIndex > 0 ? process.argv[outIndex + 1] : undefined;
if (outIndex > 0 && !out) {
  fail('--out needs a file name');
  process.exit(2);
}

const { bundleWorkflowCode } = await import('@temporalio/worker');
step('Bundling workflows/ for the Temporal sandbox');
const started = Date.now();
const problems = [];
try {
  const { code } = await bundleWorkflowCode({
    workflowsPath: join(ROOT, 'workflows', 'index.ts'),
    workflowInterceptorModules: INTERCEPTORS,
    logger: {
      trace: () => undefined,
      debug: () => undefined,
      info: () => undefined,
      log: () => undefined,
      warn: (message) => problems.push(`warning: ${message}`),
      error: (message) => problems.push(`error: ${message}`),
    },
  });
  for (const problem of problems) console.warn(problem);
  if (out) {
    mkdirSync(dirname(resolve(out)), { recursive: true });
    writeFileSync(resolve(out), code);
  }
  ok(
    `Workflow bundle built in ${((Date.now() - started) / 1000).toFixed(1)} s: ${(code.length / 1024).toFixed(0)} KiB` +
      (out ? `, written to ${out}` : ''),
  );
} catch (error) {
  for (const problem of problems) console.error(problem);
  fail(`The workflow bundle does not build: ${error.message}`);
  process.exit(1);
}
