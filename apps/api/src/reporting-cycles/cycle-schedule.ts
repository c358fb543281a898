import { MONTHS, ScheduleOverlapPolicy, type Client, type ScheduleSpec } from '@temporalio/client';
import { openingSpec, parseFrequency } from '@dondoc/domain';
import type { ReportingCycleEntity } from '@dondoc/persistence';
import { cycleScheduleId, ROUND_TICK_WORKFLOW } from '@dondoc/workflow-contract';

/**
 * One Temporal Schedule per cycle (id `cycle:<cycleId>`) whose action starts the tick
 * workflow that opens the period's round. Catch-up (docs/decisions/reporting-rounds.md):
 * overlap SKIP, and a catch-up window of one day for the named kinds (one period for
 * duration cycles), so a short outage still opens the round that fell in it while a long
 * one does not open a flood of old rounds: those are opened by hand.
 */
export function scheduleSpec(cycle: ReportingCycleEntity, timeZone: string): ScheduleSpec {
  const frequency = parseFrequency(cycle.definition.frequency)!;
  const spec = openingSpec({ frequency, cutOffRule: cycle.definition.cutOffRule, startsAt: cycle.startsAt });
  const bounds = { startAt: cycle.startsAt, ...(cycle.endsAt ? { endAt: cycle.endsAt } : {}) };
  if ('interval' in spec) {
    return { intervals: [{ every: spec.interval.everyMs, offset: spec.interval.offsetMs }], ...bounds };
  }
  const { months, dayOfMonth, hour, minute } = spec.calendar;
  return {
    calendars: [{ month: months.map((m) => MONTHS[m - 1]!), dayOfMonth, hour, minute }],
    timezone: timeZone,
    ...bounds,
  };
}

function catchupWindow(cycle: ReportingCycleEntity): number {
  const frequency = parseFrequency(cycle.definition.frequency)!;
  return 'ms' in frequency ? Math.max(10_000, frequency.ms) : 24 * 3600_000;
}

export async function createCycleSchedule(client: Client, cycle: ReportingCycleEntity, taskQueue: string, tz: string) {
  await client.schedule.create({
    scheduleId: cycleScheduleId(cycle.id),
    spec: scheduleSpec(cycle, tz),
    action: {
      type: 'startWorkflow',
      workflowType: ROUND_TICK_WORKFLOW,
      workflowId: `round-tick:${cycle.id}`,
      args: [{ cycleId: cycle.id }],
      taskQueue,
    },
    policies: { overlap: ScheduleOverlapPolicy.SKIP, catchupWindow: catchupWindow(cycle) },
    memo: { title: cycle.definition.title },
  });
}

/** An amendment may change when rounds open: the schedule takes the new spec. */
export async function updateCycleSchedule(client: Client, cycle: ReportingCycleEntity, tz: string) {
  await client.schedule.getHandle(cycleScheduleId(cycle.id)).update((previous) => ({
    ...previous,
    spec: scheduleSpec(cycle, tz),
    policies: { ...previous.policies, catchupWindow: catchupWindow(cycle) },
  }));
}

export async function setCycleScheduleState(client: Client, cycleId: string, state: 'paused' | 'active' | 'ended') {
  const handle = client.schedule.getHandle(cycleScheduleId(cycleId));
  if (state === 'paused') await handle.pause('cycle paused');
  else if (state === 'active') await handle.unpause('cycle resumed');
  else await handle.delete();
}
