import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { temporal } from '@temporalio/proto';
import { Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { bundleWorkflows, HISTORIES, installQuietRuntime } from '../support/temporal-testing';

/**
 * Histories captured from representative runs (the workflow tests with
 * CAPTURE_HISTORIES=1), replayed against the current workflow code: a change that
 * would break running workflows fails here with a determinism error.
 */
const files = readdirSync(HISTORIES)
  .filter((file) => file.endsWith('.json'))
  .sort();

describe('replay of saved histories', () => {
  let bundle: WorkflowBundleWithSourceMap;
  beforeAll(async () => {
    installQuietRuntime();
    bundle = await bundleWorkflows();
  });

  it('has histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  it.each(files)('replays %s', async (file) => {
    const history = temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')));
    await expect(Worker.runReplayHistory({ workflowBundle: bundle }, history, file)).resolves.toBeUndefined();
  });
});
