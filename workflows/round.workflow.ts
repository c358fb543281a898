import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  auditEventId,
  type DirectiveActivities,
  type RoundActivities,
  type RoundInput,
  type RoundResult,
  type RoundTickInput,
  type UrgeRoundInput,
} from '../libs/workflow-contract/src';

const activities = proxyActivities<RoundActivities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const fanOut = proxyActivities<Pick<DirectiveActivities, 'startTaskWorkflows'>>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '15 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '30 seconds', backoffCoefficient: 2 },
});

const PAGE = 500;

/**
 * One round of a reporting cycle, id `round:<cycleId>:<periodKey>`: records it (the
 * recipients resolved against the hierarchy as it is now), starts the top-level task
 * workflows, then creates the lower levels top-down by delegation from each
 * consolidating unit's task, so every parent holds its report for its subordinates and
 * reminders, escalation and review are the task workflow's as for any task.
 */
export async function roundWorkflow(input: RoundInput): Promise<RoundResult> {
  const { workflowId } = workflowInfo();
  const recorded = await activities.recordRound({ ...input, eventId: auditEventId(workflowId, 'opened') });
  if (recorded.status !== 'opened') return { status: 'skipped', reason: recorded.reason };
  let tasks = 0;
  for (let offset = 0; ; offset += PAGE) {
    const covered = await fanOut.startTaskWorkflows({ directiveId: recorded.directiveId!, offset, limit: PAGE });
    tasks += covered;
    if (covered < PAGE) break;
  }
  for (let depth = 1; depth <= recorded.maxDepth!; depth++) {
    tasks += await activities.delegateRoundLevel({ roundId: recorded.roundId!, depth });
  }
  return { status: 'opened', roundId: recorded.roundId, tasks };
}

/**
 * The Schedule's action: Temporal names its runs `<schedule workflow id>-<time>`, so the
 * tick works out the period and starts the business-keyed round workflow, which makes
 * opening idempotent per (cycle, period) whoever opens it.
 */
export async function roundTickWorkflow(input: RoundTickInput): Promise<RoundResult> {
  return activities.openScheduledRound({ ...input, at: new Date(Date.now()).toISOString() });
}

/** Urging the round's late units: one notice each, audited (a workflow, so a crash mid-way resumes). */
export async function urgeRoundWorkflow(input: UrgeRoundInput): Promise<number> {
  return activities.urgeLateUnits(input);
}
