import { condition, continueAsNew, proxyActivities, setHandler, workflowInfo } from '@temporalio/workflow';
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
  if (input.assignments) await activities.deliverAssignments({ cohortId: input.cohortId });

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
      const { remaining } = await activities.cohortStep({ cohortId: input.cohortId, step, progress: stored });
      if (remaining === 0) return progress;
    }
    if (workflowInfo().historyLength > (input.continueAsNewAfterEvents ?? MAX_HISTORY)) {
      return continueAsNew<typeof cohortWorkflow>({ ...input, progress, assignments: false });
    }
  }
}
