import type { TaskState } from './task-state';
import { isClosed } from './task-state';
import { msg, type Message } from '../errors';

/**
 * Hand-over of a task when a unit is deactivated with a successor (docs/decisions/0042):
 * every role the old unit holds in the task passes to the successor, through the task's
 * own workflow. Pure: the workflow applies it to its parties and records the result.
 */

/** The units a task's workflow works with: who acts, who helps, who reviews and ends the ladder. */
export interface TaskUnits {
  leadUnitId: string;
  coordinatingUnitIds: string[];
  /** The assigning side (the directive's issuer, or the unit that delegated a sub-task). */
  issuingUnitId: string;
}

export type HandOverRole = 'lead' | 'coordinating' | 'assigning';

export interface HandOver {
  units: TaskUnits;
  /** The roles that moved, in a fixed order; empty when the old unit held none. */
  roles: HandOverRole[];
}

/**
 * The task's units after `fromUnitId` hands over to `toUnitId`. A successor that already
 * coordinates and becomes the lead stops coordinating (one role per unit); a successor
 * that already leads does not also coordinate. Asked again, it finds nothing to move.
 */
export function handOverUnits(units: TaskUnits, fromUnitId: string, toUnitId: string): HandOver {
  const roles: HandOverRole[] = [];
  let { leadUnitId, issuingUnitId } = units;
  let coordinating = [...units.coordinatingUnitIds];
  if (fromUnitId === toUnitId) return { units: { ...units, coordinatingUnitIds: coordinating }, roles };
  if (leadUnitId === fromUnitId) {
    leadUnitId = toUnitId;
    roles.push('lead');
  }
  if (coordinating.includes(fromUnitId)) {
    coordinating = coordinating.map((id) => (id === fromUnitId ? toUnitId : id));
    roles.push('coordinating');
  }
  coordinating = coordinating.filter((id, i) => id !== leadUnitId && coordinating.indexOf(id) === i);
  if (issuingUnitId === fromUnitId) {
    issuingUnitId = toUnitId;
    roles.push('assigning');
  }
  return { units: { leadUnitId, coordinatingUnitIds: coordinating, issuingUnitId }, roles };
}

export const HAND_OVER_REFUSALS = {
  closed: msg('refusals.taskClosed'),
  units: msg('refusals.handOverUnits'),
  eventId: msg('refusals.handOverEventId'),
} as const;

/** Why a hand-over is refused in this state, or null. A closed task has nothing to hand over. */
export function handOverRefusal(
  s: Pick<TaskState, 'phase'>,
  request: { fromUnitId: unknown; toUnitId: unknown; eventId: unknown },
): Message | null {
  if (isClosed(s.phase)) return HAND_OVER_REFUSALS.closed;
  if (typeof request.eventId !== 'string' || request.eventId === '') return HAND_OVER_REFUSALS.eventId;
  if (typeof request.fromUnitId !== 'string' || typeof request.toUnitId !== 'string') return HAND_OVER_REFUSALS.units;
  if (!request.fromUnitId || !request.toUnitId || request.fromUnitId === request.toUnitId)
    return HAND_OVER_REFUSALS.units;
  return null;
}

/** The units an explanation request works with: the unit asked, and the requesting unit (the top of its ladder). */
export interface ExplanationUnits {
  unitId: string;
  requestingUnitId: string;
}

export type ExplanationHandOverRole = 'asked' | 'requesting';

/**
 * An open explanation request's units after `fromUnitId` hands over to `toUnitId`
 * (docs/decisions/0042): the successor answers in the old unit's place, or receives the
 * answer's escalation in the requesting unit's place. Asked again, nothing moves.
 */
export function handOverExplanationUnits(
  units: ExplanationUnits,
  fromUnitId: string,
  toUnitId: string,
): { units: ExplanationUnits; roles: ExplanationHandOverRole[] } {
  const roles: ExplanationHandOverRole[] = [];
  let { unitId, requestingUnitId } = units;
  if (fromUnitId !== toUnitId && unitId === fromUnitId) {
    unitId = toUnitId;
    roles.push('asked');
  }
  if (fromUnitId !== toUnitId && requestingUnitId === fromUnitId) {
    requestingUnitId = toUnitId;
    roles.push('requesting');
  }
  return { units: { unitId, requestingUnitId }, roles };
}

export const EXPLANATION_HAND_OVER_REFUSALS = {
  answered: msg('refusals.explanationAnswered'),
} as const;

/** Why an explanation request's hand-over is refused, or null. An answered request has nothing to hand over. */
export function explanationHandOverRefusal(
  status: 'open' | 'answered',
  request: { fromUnitId: unknown; toUnitId: unknown; eventId: unknown },
): Message | null {
  if (status !== 'open') return EXPLANATION_HAND_OVER_REFUSALS.answered;
  return handOverRefusal({ phase: 'in_progress' }, request);
}
