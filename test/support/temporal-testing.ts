import { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

export const WORKFLOWS_PATH = join(__dirname, '..', '..', 'workflows', 'index.ts');

/**
 * The Java time-skipping test server provisioned by the global setup. The SDK gives
 * the JVM five seconds to listen; on two busy cores (several test files starting at
 * once) it can miss that, so a start that times out is tried again.
 */
export async function createTimeSkippingEnv(attempts = 4): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER;
  if (!path) throw new Error('TEMPORAL_TEST_SERVER is not set: run the tests through `npm test`');
  for (let attempt = 1; ; attempt++) {
    try {
      return await TestWorkflowEnvironment.createTimeSkipping({
        server: { executable: { type: 'existing-path', path } },
      });
    } catch (error) {
      if (attempt >= attempts || !/did not start within/.test((error as Error).message)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

/** Builds the workflow bundle once per test file. */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietLogger });
}

const noop = () => undefined;
const quietLogger = { log: noop, trace: noop, debug: noop, info: noop, warn: noop, error: console.error };

let counter = 0;
/** A task queue no other test file polls. */
export const uniqueTaskQueue = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${counter++}`;

/**
 * With CAPTURE_HISTORIES=1, saves a finished workflow's history under
 * test/replay/histories, named after the running test: the replay test then checks
 * that the current workflow code still replays it (`npm run capture-histories`).
 */
export async function captureHistory(handle: { workflowId: string; fetchHistory(): Promise<History> }): Promise<void> {
  if (!process.env.CAPTURE_HISTORIES) return;
  const name = (expect.getState().currentTestName ?? handle.workflowId)
    .toLowerCase()
    .normalize('NFD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 90);
  mkdirSync(HISTORIES, { recursive: true });
  const history = temporal.api.history.v1.History.fromObject(await handle.fetchHistory());
  const plain = temporal.api.history.v1.History.toObject(history, { longs: String, enums: String, bytes: String });
  writeFileSync(join(HISTORIES, `${name}.json`), JSON.stringify(plain));
}

export const HISTORIES = join(__dirname, '..', 'replay', 'histories');
