import type { BusinessCalendar } from './calendar/business-calendar';
import type { EscalationPolicy } from './policy';
import { after, escalationTarget } from './schedule';
import type { Obligation } from './task-machine/task-state';

/**
 * The one escalation ladder (docs/architecture.md, "The escalation ladder"): what a
 * task's obligations (acknowledgement, report, revision, review) and an explanation
 * request do once their due instant passes. Step 0 tells the late unit itself, each
 * next step the next unit up the chain, one step delay apart; at the top the notice
 * repeats every `repeatAtTop`. Pure: the task and explanation workflows call it with
 * their chain (from the escalationChain activity) and their clock's bookkeeping.
 */

/** What is awaited: one of a task's obligations, or the answer to an explanation request. */
export type LadderObligation = Obligation | 'explanation';

/** The notice kinds the ladder sends (a subset of the notice vocabulary of libs/workflow-contract). */
export type EscalationNoticeKind = 'ack_due' | 'review_due' | 'overdue' | 'escalation';

export interface LadderStep<T> {
  /** 1 for the late unit itself, 2 for its parent, … */
  level: number;
  target: T;
  kind: EscalationNoticeKind;
  /** Where the ladder stands after this step: the next step and when it is due. */
  next: { step: number; nextAt: string };
}

/** The notice of a step: the first goes to the late unit's own side, then up the chain. */
export function escalationNoticeKind(level: number, obligation: LadderObligation): EscalationNoticeKind {
  if (level > 1) return 'escalation';
  return obligation === 'ack' ? 'ack_due' : obligation === 'review' ? 'review_due' : 'overdue';
}

/**
 * Step `step` (0-based) of the ladder over `chain`, due at `dueAt` (when this step was
 * planned): who is told, with which notice, and when the next step falls due (the step
 * delay while there is a level above, then the repeat interval at the top).
 */
export function escalationStep<T>(
  chain: T[],
  step: number,
  dueAt: string,
  obligation: LadderObligation,
  policy: EscalationPolicy,
  calendar: BusinessCalendar,
): LadderStep<T> {
  const { level, target } = escalationTarget(chain, step);
  const delay = step + 1 < chain.length ? policy.stepDelay : policy.repeatAtTop;
  return {
    level,
    target,
    kind: escalationNoticeKind(level, obligation),
    next: { step: step + 1, nextAt: after(new Date(dueAt), delay, calendar).toISOString() },
  };
}
