import { condition, continueAsNew, patched, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import { BusinessCalendar } from '../libs/domain/src/calendar/business-calendar';
import {
  cohortState,
  cohortStepOf,
  emptyProgress,
  plannedProgress,
  type CohortProgress,
} from '../libs/domain/src/cohort/cohort';
import {
  cohortProgressQuery,
  cohortWakeSignal,
  type CohortActivities,
  type CohortWorkflowInput,
} from '../libs/workflow-contract/src';
import { planTimers } from './task-plan';

/**
 * A step writes up to a whole cohort (20,000 members) in one transaction: minutes at
 * worst, retried until it is written (it is idempotent: notices keyed by task,
 * obligation and step; overdue marks by their event ids).
 */
const activities = proxyActivities<CohortActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * The step heartbeats while its transaction runs (cohort.activities.ts): a worker killed
 * mid-step is noticed within the heartbeat timeout and the step retried, not after the
 * 10 minutes of its start-to-close timeout (`npm run faults`, cohort-worker: the whole
 * instant was written 601 s late without it).
 */
const beating = proxyActivities<CohortActivities>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const MAX_HISTORY = 4_000;

/**
 * Follows a cohort: the tasks of one directive that share a timeline (decision 65). It
 * plans the instants with the task workflow's own planner from the cohort's state (a
 * task that has done nothing yet), sleeps until the next one, and writes it as one step
 * over every member still awaiting that obligation. Acknowledgements and hand-overs
 * change the members' rows, not this workflow: each step re-reads who is still a
 * member. It ends once no member is left.
 */
export async function cohortWorkflow(input: CohortWorkflowInput): Promise<CohortProgress> {
  const progress: CohortProgress = input.progress ?? emptyProgress();
  const calendar = new BusinessCalendar(input.calendar);
  const parties = { leadUnitId: 'member', ...input };
  let wakes = 0;
  setHandler(cohortProgressQuery, () => progress);
  // An operator's (or the reconciler's) nudge: plan again now.
  setHandler(cohortWakeSignal, () => void wakes++);
  if (input.assignments) {
    // Planning 20,000 notices' deliveries heartbeats too (DeliveryPlanner.planMany), under the same patch.
    const planning = patched('cohort-step-heartbeat') ? beating : activities;
    await planning.deliverAssignments({ cohortId: input.cohortId });
  }

  for (;;) {
    const plan = planTimers(cohortState(input, progress), parties, calendar, new Date());
    Object.assign(progress, { since: plan.since, sent: plan.sent, escalation: plan.escalation });
    const next = plan.timers[0];
    if (!next) return progress;
    const seen = wakes;
    if (await condition(() => wakes !== seen, Math.max(0, next.at - Date.now()))) continue;
    const now = Date.now();
    for (const timer of plan.timers) {
      if (timer.at > now) break;
      const step = cohortStepOf(timer, input, calendar, progress);
      // Stored as the next plan leaves it, so a task leaving the cohort after this step
      // takes what its own workflow would hold then.
      const stored = plannedProgress(input, progress, calendar, new Date());
      const stepping = patched('cohort-step-heartbeat') ? beating : activities;
      const { remaining } = await stepping.cohortStep({ cohortId: input.cohortId, step, progress: stored });
      if (remaining === 0) return progress;
    }
    if (workflowInfo().historyLength > (input.continueAsNewAfterEvents ?? MAX_HISTORY)) {
      return continueAsNew<typeof cohortWorkflow>({ ...input, progress, assignments: false });
    }
  }
}
