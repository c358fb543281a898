import { IllegalStateError } from '@temporalio/common';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { Connection } from '@temporalio/client';
import {
  bundleWorkflowCode,
  DefaultLogger,
  Runtime,
  Worker,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect, createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;

export const WORKFLOWS_PATH = join(__dirname, '..', '..', 'workflows', 'index.ts');

/** The SDK's runtime, logging warnings only; installed once per test process. */
export function installQuietRuntime(): void {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch (error) {
    // Already installed by an earlier suite in this worker process.
    if (!(error instanceof IllegalStateError)) throw error;
  }
}

/**
 * The Java time-skipping test server provisioned by the global setup, started here
 * rather than by the SDK: the SDK gives the JVM five seconds to listen (not
 * configurable), and on two cores shared by several test runs it takes longer.
 */
async function createTimeSkippingEnv(): Promise<TestWorkflowEnvironment> {
  const path = process.env.TEMPORAL_TEST_SERVER;
  if (!path) throw new Error('TEMPORAL_TEST_SERVER is not set: run the tests through `npm test`');
  const port = await freePort();
  const server = spawn(path, [String(port)], { stdio: ['ignore', 'ignore', 'inherit'] });
  const exited = new Promise<void>((resolve) => server.once('exit', () => resolve()));
  try {
    await listening(port, server, 90_000);
    // The SDK's own path for a server it did not start, told that this one skips time.
    const create = (TestWorkflowEnvironment as unknown as { create(options: object): Promise<TestWorkflowEnvironment> })
      .create;
    const env = await create.call(TestWorkflowEnvironment, {
      server: { type: 'existing' },
      address: `127.0.0.1:${port}`,
      namespace: 'default',
      supportsTimeSkipping: true,
      connectionOptions: {},
    });
    const teardown = env.teardown.bind(env);
    env.teardown = async () => {
      await teardown();
      server.kill();
      await exited;
    };
    return env;
  } catch (error) {
    server.kill();
    throw error;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** Waits until something accepts connections on the port, or the process ends. */
async function listening(port: number, child: ChildProcess, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the time-skipping test server exited (${child.exitCode})`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => {
        socket.destroy();
        resolve(false);
      });
    }).catch(() => false);
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`the time-skipping test server did not listen on ${port} within ${ms} ms`);
}

/** Builds the workflow bundle (once per test file: it takes seconds). */
export function bundleWorkflows(): Promise<WorkflowBundleWithSourceMap> {
  return bundleWorkflowCode({ workflowsPath: WORKFLOWS_PATH, logger: quietLogger });
}

const noop = () => undefined;
const quietLogger = { log: noop, trace: noop, debug: noop, info: noop, warn: noop, error: console.error };

let counter = 0;
/** A task queue no other test file polls. */
export const uniqueTaskQueue = (prefix: string) => `${prefix}-${process.pid}-${Date.now()}-${counter++}`;

/**
 * One time-skipping test server and one workflow bundle for a test file, started in
 * `beforeAll` and stopped in `afterAll` of the describe it is created in. It stands in
 * for the server's environment in the tests (`env.sleep`, `env.currentTimeMs`,
 * `env.client`), and runs each test's worker on a task queue of its own.
 */
export class TimeSkippingHarness {
  private started?: { env: TestWorkflowEnvironment; bundle: WorkflowBundleWithSourceMap };

  private constructor() {}

  /** Call while jest collects a describe (not inside a test): it registers the hooks. */
  static forThisFile(): TimeSkippingHarness {
    const harness = new TimeSkippingHarness();
    beforeAll(async () => {
      installQuietRuntime();
      const [env, bundle] = await Promise.all([createTimeSkippingEnv(), bundleWorkflows()]);
      harness.started = { env, bundle };
    });
    afterAll(async () => {
      await harness.started?.env.teardown();
    });
    return harness;
  }

  /** The test server's environment (only once `beforeAll` has run). */
  get environment(): TestWorkflowEnvironment {
    if (!this.started) throw new Error('the time-skipping server is not started: use it inside a test');
    return this.started.env;
  }

  get client(): TestWorkflowEnvironment['client'] {
    return this.environment.client;
  }

  /** The server's clock, which skips ahead while every workflow waits on a timer. */
  currentTimeMs(): Promise<number> {
    return this.environment.currentTimeMs();
  }

  /** Lets server time pass (skipped, not waited for, while nothing else is running). */
  sleep(duration: Parameters<TestWorkflowEnvironment['sleep']>[0]): Promise<void> {
    return this.environment.sleep(duration);
  }

  /** Runs `test` while a worker with these activities polls a task queue of its own. */
  async withWorker<T>(prefix: string, activities: object, test: (taskQueue: string) => Promise<T>): Promise<T> {
    const taskQueue = uniqueTaskQueue(prefix);
    const worker = await Worker.create({
      connection: this.environment.nativeConnection,
      taskQueue,
      workflowBundle: this.started!.bundle,
      activities,
    });
    return worker.runUntil(() => test(taskQueue));
  }
}

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

/**
 * Waits until a worker polls `taskQueue` for workflow tasks. A worker process bundles
 * its workflow code when it starts (tens of seconds on a loaded machine); a request
 * sent before it polls spends that time inside the API's bounded wait (503 past 20 s)
 * instead of measuring the system. Legacy DescribeTaskQueue lists the root partition's
 * pollers, which an idle worker reaches within seconds (a partition without tasks forwards its polls to the root).
 */
export async function untilWorkerPolls(address: string, taskQueue: string, ms = 240_000): Promise<void> {
  const connection = await Connection.connect({ address });
  try {
    for (const until = Date.now() + ms; ;) {
      const { pollers } = await connection.workflowService.describeTaskQueue({
        namespace: 'default',
        taskQueue: { name: taskQueue },
        taskQueueType: temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_WORKFLOW,
      });
      if (pollers?.length) return;
      if (Date.now() > until) throw new Error(`no worker polled ${taskQueue} within ${ms} ms`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await connection.close();
  }
}
