import { WorkflowNotFoundError, type Client } from '@temporalio/client';
import { NotFoundError, msg } from '@dondoc/domain';

/** A running workflow with an activity that keeps failing: retrying has not mended it. */
export interface StuckWorkflow {
  workflowId: string;
  runId: string;
  workflowType: string;
  startedAt: string | null;
  activities: { activityType: string; attempt: number; lastFailure: string | null }[];
}

/** More than this many attempts and an activity is reported (issue: "keeps failing"). */
export const STUCK_AFTER_ATTEMPTS = 3;
const SCAN_LIMIT = 5_000;
const PARALLEL = 16;

/**
 * The running workflows whose pending activities have failed more than three times.
 * Visibility lists the running ones; describing each shows its pending activities
 * (attempt, last failure). Scans at most 5,000 runs, 16 at a time.
 */
export async function stuckWorkflows(client: Client, minAttempts = STUCK_AFTER_ATTEMPTS + 1): Promise<StuckWorkflow[]> {
  const running: { workflowId: string; runId: string; type: string; startTime?: Date }[] = [];
  for await (const info of client.workflow.list({ query: 'ExecutionStatus = "Running"' })) {
    running.push(info);
    if (running.length >= SCAN_LIMIT) break;
  }
  const stuck: StuckWorkflow[] = [];
  for (let i = 0; i < running.length; i += PARALLEL) {
    const described = await Promise.all(
      running.slice(i, i + PARALLEL).map((info) => describeStuck(client, info, minAttempts)),
    );
    for (const one of described) if (one) stuck.push(one);
  }
  return stuck;
}

async function describeStuck(
  client: Client,
  info: { workflowId: string; runId: string; type: string; startTime?: Date },
  minAttempts: number,
): Promise<StuckWorkflow | null> {
  try {
    const { raw } = await client.workflow.getHandle(info.workflowId, info.runId).describe();
    const failing = (raw.pendingActivities ?? []).filter((a) => (a.attempt ?? 0) >= minAttempts);
    if (failing.length === 0) return null;
    return {
      workflowId: info.workflowId,
      runId: info.runId,
      workflowType: info.type,
      startedAt: info.startTime?.toISOString() ?? null,
      activities: failing.map((a) => ({
        activityType: a.activityType?.name ?? '?',
        attempt: a.attempt ?? 0,
        lastFailure: a.lastFailure?.message ?? null,
      })),
    };
  } catch (error) {
    // Closed between listing and describing: not stuck any more.
    if (error instanceof WorkflowNotFoundError) return null;
    throw error;
  }
}

/**
 * Ends a stuck workflow: `terminate` at once (nothing more of it runs), or `cancel`,
 * which lets its code end the way it ends on cancellation. Returns what was found stuck.
 */
export async function resolveStuckWorkflow(
  client: Client,
  workflowId: string,
  action: 'terminate' | 'cancel',
  reason: string,
): Promise<StuckWorkflow> {
  const handle = client.workflow.getHandle(workflowId);
  let found: StuckWorkflow | null;
  try {
    const description = await handle.describe();
    if (description.status.name !== 'RUNNING') throw new NotFoundError(msg('nouns.runningWorkflow'), workflowId);
    found = await describeStuck(
      client,
      { workflowId, runId: description.runId, type: description.type, startTime: description.startTime },
      1,
    );
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) throw new NotFoundError(msg('nouns.runningWorkflow'), workflowId);
    throw error;
  }
  if (action === 'terminate') await handle.terminate(reason);
  else await handle.cancel();
  return found ?? { workflowId, runId: '', workflowType: '', startedAt: null, activities: [] };
}
