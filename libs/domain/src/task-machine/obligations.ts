import type { Obligation, TaskParties, TaskPhase, TaskState } from './task-state';
import { isClosed } from './task-state';

/**
 * The phases in which each obligation is awaited: the one definition the workflow
 * plans its timers by and the worker checks a notice against before sending it.
 * Acknowledgement is awaited until the task is acknowledged (awaiting_ack; a report
 * acknowledges too).
 */
export const AWAITED_IN: Readonly<Record<Obligation, readonly TaskPhase[]>> = {
  ack: ['awaiting_ack'],
  report: ['awaiting_ack', 'in_progress'],
  revision: ['revising'],
  review: ['under_review'],
};

/** Whether a task in `phase` (acknowledged or not) still awaits `obligation`. */
export function stillAwaited(obligation: Obligation, phase: TaskPhase, acknowledged: boolean): boolean {
  return obligation === 'ack' ? !acknowledged : AWAITED_IN[obligation].includes(phase);
}

/** One awaited obligation: when it is due, who is late after that, where its escalation stops. */
export interface ObligationDue {
  kind: Obligation;
  dueAt: string;
  lateUnitId: string;
  /** Escalation climbs from the late unit up to this unit (null: to the root). */
  chainTo: string | null;
  /** Reminders go out before the due instant (the report and its revision only). */
  reminders: boolean;
}

/** What a task awaits at instant `now` (milliseconds), in a fixed order: ack, report, revision, review. */
export function obligationsDue(s: TaskState, parties: TaskParties, now: number): ObligationDue[] {
  if (isClosed(s.phase)) return [];
  const { leadUnitId, issuingUnitId } = parties;
  const list: ObligationDue[] = [];
  // Once the report itself is overdue its ladder covers the silence: one ladder, not two.
  if (stillAwaited('ack', s.phase, s.acknowledged) && now < Date.parse(s.deadline)) {
    list.push({ kind: 'ack', dueAt: s.ackDeadline, lateUnitId: leadUnitId, chainTo: issuingUnitId, reminders: false });
  }
  if (stillAwaited('report', s.phase, s.acknowledged)) {
    list.push({ kind: 'report', dueAt: s.deadline, lateUnitId: leadUnitId, chainTo: issuingUnitId, reminders: true });
  }
  if (stillAwaited('revision', s.phase, s.acknowledged) && s.revisionDeadline) {
    list.push({
      kind: 'revision',
      dueAt: s.revisionDeadline,
      lateUnitId: leadUnitId,
      chainTo: issuingUnitId,
      reminders: true,
    });
  }
  if (stillAwaited('review', s.phase, s.acknowledged) && s.reviewDeadline) {
    list.push({ kind: 'review', dueAt: s.reviewDeadline, lateUnitId: issuingUnitId, chainTo: null, reminders: false });
  }
  return list;
}
