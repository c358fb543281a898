/**
 * The task workflow's timer plan: which reminders and escalation steps are due when,
 * as pure, deterministic functions of the state, the policies, the calendar and the
 * workflow's clock. The task workflow fires what falls due (workflows/task.workflow.ts),
 * the cohort workflow plans a cohort's instants with it (workflows/cohort.workflow.ts),
 * the reconciler checks a cohort against it; nothing here calls an activity or reads a clock.
 */
import type { BusinessCalendar } from '../calendar/business-calendar';
import type { EscalationPolicy, ReminderPolicy } from '../policy';
import { reminderInstants } from '../schedule';
import { obligationsDue, type ObligationDue } from './obligations';
import type { TaskState } from './task-state';

type PlanInput = {
  leadUnitId: string;
  issuingUnitId: string;
  reminderPolicy: ReminderPolicy;
  escalationPolicy: EscalationPolicy;
};

/** A reminder before a due instant. */
export interface PlannedReminder {
  kind: 'reminder';
  id: string;
  at: number;
  obligation: ObligationDue;
}

/** The next step of an obligation's escalation ladder (the first one is at its due instant). */
export interface PlannedEscalation {
  kind: 'escalation';
  id: string;
  at: number;
  obligation: ObligationDue;
  /** The obligation's id: its kind and due instant. */
  obligationId: string;
  step: number;
  /** When this step is due, as planned (the next step counts from it). */
  nextAt: string;
}

export type PlannedTimer = PlannedReminder | PlannedEscalation;

/** What to wait for, earliest first, and the bookkeeping of the obligations still live. */
export interface TimerPlan {
  timers: PlannedTimer[];
  since: TaskState['since'];
  sent: TaskState['sent'];
  escalation: TaskState['escalation'];
}

/**
 * An obligation's id: its kind and due instant. A report's carries the count of deadline
 * changes once there is one, so a deadline set back to an earlier value (A → B → A) is a
 * new obligation: reminded from then, its ladder climbed again, its overdue mark recorded
 * again, instead of finding A's notices and mark already there. Without a counted change
 * (all runs before the count existed) the id is as it was.
 */
function obligationId(o: ObligationDue, s: TaskState): string {
  const id = `${o.kind}@${o.dueAt}`;
  return o.kind === 'report' && s.deadlineChanges ? `${id}~${s.deadlineChanges}` : id;
}

export function planTimers(s: TaskState, input: PlanInput, calendar: BusinessCalendar, now: Date): TimerPlan {
  const timers: PlannedTimer[] = [];
  const since = { ...s.since };
  const escalation = { ...s.escalation };
  const live = new Set<string>();
  for (const o of obligationsDue(s, input, now.getTime())) {
    const id = obligationId(o, s);
    live.add(id);
    // Reminders only from when this obligation began: none fire late for a short deadline.
    since[id] ??= now.toISOString();
    if (o.reminders) {
      for (const instant of reminderInstants(new Date(o.dueAt), input.reminderPolicy, calendar, new Date(since[id]))) {
        const noticeId = `${id}:${instant.key}`;
        if (!s.sent.includes(noticeId))
          timers.push({ kind: 'reminder', id: noticeId, at: instant.at.getTime(), obligation: o });
      }
    }
    const { step, nextAt } = escalation[id] ?? { step: 0, nextAt: o.dueAt };
    timers.push({
      kind: 'escalation',
      id: `${id}:esc:${step}`,
      at: Date.parse(nextAt),
      obligation: o,
      obligationId: id,
      step,
      nextAt,
    });
  }
  // Forget what belongs to obligations that are over (an extension, a submission).
  const sent = s.sent.filter((noticeId) => [...live].some((id) => noticeId.startsWith(`${id}:`)));
  for (const id of Object.keys(escalation)) if (!live.has(id)) delete escalation[id];
  for (const id of Object.keys(since)) if (!live.has(id)) delete since[id];
  return { timers: timers.sort((a, b) => a.at - b.at), since, sent, escalation };
}
