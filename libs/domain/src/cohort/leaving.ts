/**
 * What a task its cohort still follows does with an update (decision 65): the update is
 * judged against the task's state as the cohort holds it, with the task workflow's own
 * validators, before the task leaves the cohort. Refused: answered as the workflow's
 * validator would answer it (409), and the task stays. Changing nothing (a deadline
 * "changed" to the one in force, a unit hand-over naming a unit that holds no role):
 * answered as the workflow would answer it, and the task stays. Otherwise it leaves for
 * its own workflow, which takes the update as its first act.
 */
import { handOverRefusal, handOverUnits, type TaskUnits } from '../task-machine/hand-over';
import type { TaskState } from '../task-machine/task-state';
import type { Message } from '../errors';
import {
  acknowledgeRefusal,
  cancelRefusal,
  changeDeadlineRefusal,
  decideExtensionRefusal,
  delegateRefusal,
  requestExtensionRefusal,
  reviewRefusal,
  submitReportRefusal,
  type Refusal,
} from '../task-machine/validators';

export type LeaveVerdict =
  { kind: 'refused'; reason: Message } | { kind: 'answered'; value: unknown } | { kind: 'leaves' };

/** The update's name (its definition's, libs/workflow-contract/src/task.ts) and its one argument. */
export interface TaskUpdateCall {
  name: string;
  request: any;
}

export function leaveVerdict(update: TaskUpdateCall, s: TaskState, units: TaskUnits, now: number): LeaveVerdict {
  const { request } = update;
  const refused = (refusal: Refusal): LeaveVerdict | null => (refusal ? { kind: 'refused', reason: refusal } : null);
  switch (update.name) {
    case 'acknowledgeTask':
      return refused(acknowledgeRefusal(s, units, request)) ?? { kind: 'leaves' };
    case 'submitReport':
      return refused(submitReportRefusal(s, units, request)) ?? { kind: 'leaves' };
    case 'reviewReport':
      return refused(reviewRefusal(s, request)) ?? { kind: 'leaves' };
    case 'requestExtension':
      return refused(requestExtensionRefusal(s, units, request, now)) ?? { kind: 'leaves' };
    case 'decideExtension':
      return refused(decideExtensionRefusal(s, request)) ?? { kind: 'leaves' };
    case 'cancelTask':
      return refused(cancelRefusal(s)) ?? { kind: 'leaves' };
    case 'changeTaskDeadline':
      return (
        refused(changeDeadlineRefusal(s, request)) ??
        // The deadline in force changes nothing (task-handlers.ts onChangeDeadline).
        (Date.parse(request.deadline) === Date.parse(s.deadline) ? { kind: 'answered', value: s } : { kind: 'leaves' })
      );
    case 'delegateTask':
      return refused(delegateRefusal(s, units, request, now)) ?? { kind: 'leaves' };
    case 'handOverTask':
      return (
        refused(handOverRefusal(s, request)) ??
        // A unit that holds no role in the task moves nothing (task-handlers.ts onHandOver).
        (handOverUnits(units, request.fromUnitId, request.toUnitId).roles.length === 0
          ? { kind: 'answered', value: { roles: [] } }
          : { kind: 'leaves' })
      );
    default:
      return { kind: 'leaves' };
  }
}
