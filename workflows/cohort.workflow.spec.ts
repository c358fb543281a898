import { activityInfo } from '@temporalio/activity';
import { BusinessCalendar } from '../libs/domain/src/calendar/business-calendar';
import { emptyProgress } from '../libs/domain/src/cohort/cohort';
import {
  cohortWorkflowId,
  type CohortActivities,
  type CohortStepInput,
  type CohortWorkflowInput,
} from '../libs/workflow-contract/src';
import { captureHistory, TimeSkippingHarness } from '../test/support/temporal-testing';
import { cohortWorkflow } from './cohort.workflow';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Every day a working day, all day: durations in the policies read as plain clock time. */
const CALENDAR = new BusinessCalendar({
  timeZone: 'UTC',
  daysOff: [],
  workingWeekends: [],
  workingHours: { startMinutes: 0, endMinutes: 24 * 60 },
}).toData();

interface Step extends CohortStepInput {
  /** Hours after the start, when the step's activity was scheduled. */
  h: number;
}

/** Step activities that record each step and answer how many members are left. */
function recording(steps: Step[], start: number, left: (n: number) => number): CohortActivities {
  return {
    async cohortStep(input) {
      steps.push({ ...input, h: Math.round((activityInfo().currentAttemptScheduledTimestampMs - start) / HOUR) });
      return { notified: 3, remaining: left(steps.length) };
    },
    async deliverAssignments() {
      return 3;
    },
  };
}

function input(start: number): CohortWorkflowInput {
  return {
    cohortId: `c-${Math.random().toString(36).slice(2)}`,
    directiveId: 'd-1',
    issuingUnitId: 'unit-tu',
    deadline: new Date(start + 4 * DAY).toISOString(),
    ackDeadline: new Date(start + DAY).toISOString(),
    reminderPolicy: { before: [{ duration: 'PT48H' }], onDeadlineDayAt: null },
    escalationPolicy: { stepDelay: { duration: 'PT12H' }, repeatAtTop: { duration: 'PT24H' } },
    chainLength: 2,
    calendar: CALENDAR,
    progress: emptyProgress(),
    assignments: true,
  };
}

describe('cohortWorkflow (time-skipping test server)', () => {
  const env = TimeSkippingHarness.forThisFile();

  /** Runs a cohort of three members for ten days; step `lastStep` finds none left. Returns the steps written. */
  async function run(lastStep: number, { capture = false } = {}): Promise<{ start: number; steps: Step[] }> {
    const start = await env.currentTimeMs();
    const steps: Step[] = [];
    await env.withWorker(
      'cohort',
      recording(steps, start, (n) => (n >= lastStep ? 0 : 3)),
      async (taskQueue) => {
        const args = input(start);
        const handle = await env.client.workflow.start(cohortWorkflow, {
          workflowId: cohortWorkflowId(args.cohortId),
          taskQueue,
          args: [args],
        });
        await env.sleep('10 days');
        await handle.result();
        if (capture) await captureHistory(handle);
      },
    );
    return { start, steps };
  }

  it('writes each instant of the shared timeline as one step, and ends when no member is left', async () => {
    // Three members; the eighth step finds none left (they reported or were handed over).
    const { start, steps } = await run(8, { capture: true });
    const timeline = steps.map((s) => [
      s.h,
      s.step.kind === 'reminder' ? 'reminder' : s.step.noticeKind,
      s.step.noticeKey,
      s.step.kind === 'escalation' ? s.step.level : null,
      s.step.kind === 'escalation' ? s.step.markOverdue : null,
    ]);
    const ack = `ack@${new Date(start + DAY).toISOString()}`;
    const report = `report@${new Date(start + 4 * DAY).toISOString()}`;
    expect(timeline).toEqual([
      // The acknowledgement is due after a day: its ladder, the late units then the issuer.
      [24, 'ack_due', `${ack}:esc:0`, 1, false],
      [36, 'escalation', `${ack}:esc:1`, 2, false],
      // Two days before the deadline, the reminder; the acknowledgement's ladder repeats at the top meanwhile.
      [48, 'reminder', `${report}:reminder:PT48H`, null, null],
      [60, 'escalation', `${ack}:esc:2`, 2, false],
      [84, 'escalation', `${ack}:esc:3`, 2, false],
      // At the deadline the report's ladder takes over (one ladder, not two): overdue marked once.
      [96, 'overdue', `${report}:esc:0`, 1, true],
      [108, 'escalation', `${report}:esc:1`, 2, false],
      [132, 'escalation', `${report}:esc:2`, 2, false],
    ]);
  });

  it('stores each step’s progress as the next plan leaves it: the acknowledgement’s bookkeeping is gone once the deadline passed', async () => {
    const { start, steps } = await run(7);
    const ack = `ack@${new Date(start + DAY).toISOString()}`;
    const report = `report@${new Date(start + 4 * DAY).toISOString()}`;
    const beforeDeadline = steps.find((s) => s.h === 84)!.progress;
    expect(Object.keys(beforeDeadline.escalation).sort()).toEqual([ack].sort());
    const atDeadline = steps.find((s) => s.h === 96)!.progress;
    // At the deadline the acknowledgement is no longer awaited: only the report's ladder is kept.
    expect(Object.keys(atDeadline.escalation)).toEqual([report]);
    expect(atDeadline.overdueMarked).toEqual([report]);
    expect(atDeadline.sent).toEqual([`${report}:reminder:PT48H`]);
  });
});
