import { proxyActivities, workflowInfo } from '@temporalio/workflow';
import {
  auditEventId,
  type DirectiveActivities,
  type RoundActivities,
  type RoundInput,
  type RoundResult,
  type AmendRoundInput,
  type AmendRoundResult,
  type RoundTickInput,
  type UrgeRoundInput,
  type WithdrawRoundInput,
  type WithdrawRoundResult,
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

/** Telling a level's tasks: paged over Temporal updates, heartbeating (FanOutActivitiesImpl). */
const telling = proxyActivities<Pick<RoundActivities, 'cancelRoundTasks' | 'retimeRoundTasks'>>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Asked again until the round's opening has finished (seconds, minutes for a national round). */
const opening = proxyActivities<Pick<RoundActivities, 'awaitRoundOpened'>>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '10 seconds', backoffCoefficient: 2 },
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

/**
 * Withdrawing a round, id `round-withdraw:<roundId>` (docs/decisions/0030-reporting-rounds.md, "Ending a round"):
 * once the round has finished opening, it is marked withdrawn (audited), then its open
 * tasks are cancelled with the reason through their own workflows, the deepest level
 * first so that each is cancelled with the issuer's reason rather than its parent's.
 * Reports already in stay where they are, marked by the round.
 */
export async function withdrawRoundWorkflow(input: WithdrawRoundInput): Promise<WithdrawRoundResult> {
  const { workflowId } = workflowInfo();
  await opening.awaitRoundOpened({ roundId: input.roundId });
  const recorded = await activities.recordRoundWithdrawn({ ...input, eventId: auditEventId(workflowId, 'withdrawn') });
  let cancelled = 0;
  for (let depth = recorded.maxDepth; recorded.withdrawn && depth >= 0; depth--) {
    cancelled += await telling.cancelRoundTasks({
      roundId: input.roundId,
      depth,
      reason: input.reason,
      actor: input.actor,
    });
  }
  return { roundId: input.roundId, withdrawn: recorded.withdrawn, cancelled, reportsKept: recorded.reportsKept };
}

/**
 * New deadlines for some of a round's levels, id `round-amend:<roundId>:<amendId>`:
 * stored on the round (audited), then told to each open task of the level, whose
 * workflow records the change and re-times its reminders and escalation.
 */
export async function amendRoundWorkflow(input: AmendRoundInput): Promise<AmendRoundResult> {
  const { workflowId } = workflowInfo();
  await opening.awaitRoundOpened({ roundId: input.roundId });
  const amended = await activities.recordRoundDeadlines({ ...input, eventId: auditEventId(workflowId, 'amended') });
  let retimed = 0;
  for (const { level, deadline } of amended ? input.deadlines : []) {
    retimed += await telling.retimeRoundTasks({ roundId: input.roundId, level, deadline, actor: input.actor });
  }
  return { roundId: input.roundId, amended, retimed };
}
