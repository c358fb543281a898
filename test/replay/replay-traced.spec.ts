import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import {
  bundleWorkflowCode,
  DefaultLogger,
  Runtime,
  Worker,
  type WorkflowBundleWithSourceMap,
} from '@temporalio/worker';
import { WORKFLOW_INTERCEPTOR_MODULES, workflowSinks } from '../../apps/worker/src/telemetry/worker-telemetry';
import { HISTORIES, WORKFLOWS_PATH } from '../support/temporal-testing';

/**
 * The worker bundles the OpenTelemetry workflow interceptors with the workflow code.
 * Histories recorded without them (every committed one) must replay with them in:
 * the interceptors add spans and headers, never commands.
 */
const files = readdirSync(HISTORIES)
  .filter((file) => file.endsWith('.json'))
  .sort();

describe('replay of saved histories with the tracing interceptors bundled', () => {
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // Installed by another suite of this worker process.
    }
    const noop = () => undefined;
    bundle = await bundleWorkflowCode({
      workflowsPath: WORKFLOWS_PATH,
      workflowInterceptorModules: WORKFLOW_INTERCEPTOR_MODULES,
      logger: { log: noop, trace: noop, debug: noop, info: noop, warn: noop, error: console.error },
    });
  });

  it('bundles the interceptors', () => {
    expect(bundle.code).toContain('OpenTelemetryInboundInterceptor');
  });

  it.each(files)('replays %s', async (file) => {
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')));
    await expect(
      Worker.runReplayHistory({ workflowBundle: bundle, sinks: workflowSinks() }, history, file),
    ).resolves.toBeUndefined();
  });
});
