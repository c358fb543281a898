import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import { BusinessCalendar } from '../libs/domain/src/calendar/business-calendar';
import { escalationStep } from '../libs/domain/src/escalation';
import { reminderInstants } from '../libs/domain/src/schedule';
import { isLatenessReason } from '../libs/domain/src/stats/explanation-reasons';
import { msg } from '../libs/domain/src/errors';
import { systemNotes } from '../libs/domain/src/system-notes';
import {
  EXPLANATION_HAND_OVER_REFUSALS,
  explanationHandOverRefusal,
  handOverExplanationUnits,
} from '../libs/domain/src/task-machine/hand-over';
import { refusal, refuse } from './refusal';
import {
  answerExplanationUpdate,
  auditEventId,
  explanationStateQuery,
  handOverExplanationUpdate,
  type ExplanationActivities,
  type ExplanationState,
  type ExplanationWorkflowInput,
} from '../libs/workflow-contract/src';

const activities = proxyActivities<ExplanationActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const MAX_HISTORY = 8_000;

/** The notes this run writes: in one language from the patch on (libs/domain/src/system-notes.ts). */
const notes = () => systemNotes(patched('i18n-text-notes'));

/**
 * One explanation request (yêu cầu giải trình): recorded, told to the late unit, then
 * reminded before its due date and escalated after it, step by step up to the
 * requesting unit (the same reminderInstants and ladder as a task's obligations), until
 * the unit answers with a reason category.
 */
export async function explanationWorkflow(input: ExplanationWorkflowInput): Promise<ExplanationState> {
  const { workflowId } = workflowInfo();
  const calendar = new BusinessCalendar(input.calendar);
  const s: ExplanationState = input.state ?? {
    status: 'open',
    answeredAt: null,
    sent: [],
    step: 0,
    nextAt: input.dueAt,
    chain: null,
  };
  const notice = (key: string) => `${input.taskId}:explanation:${input.explanationId}:${key}`;
  setHandler(explanationStateQuery, () => s);
  setHandler(
    answerExplanationUpdate,
    async (answer) => {
      s.status = 'answered';
      s.answeredAt = new Date().toISOString();
      await activities.recordExplanationAnswer({
        ...answer,
        eventId: auditEventId(workflowId, 'answered'),
        explanationId: input.explanationId,
        answeredAt: s.answeredAt,
      });
      return s;
    },
    {
      validator: (answer) => {
        if (s.status !== 'open') throw refusal(EXPLANATION_HAND_OVER_REFUSALS.answered);
        if (!isLatenessReason(answer.reasonCategory)) throw refusal(msg('refusals.unknownReasonCategory'));
      },
    },
  );

  setHandler(
    handOverExplanationUpdate,
    async ({ eventId, fromUnitId, toUnitId, reason, actor }) => {
      const { units, roles } = handOverExplanationUnits(input, fromUnitId, toUnitId);
      // Asked again (a retried activity, a second deactivation's pass): nothing left to move.
      if (roles.length === 0) return { roles };
      // Marks the histories that took a hand-over (runs before it never had this update).
      patched('explanation-hand-over');
      // The input carries the units into continue-as-new; the ladder climbs again from the successor.
      Object.assign(input, units);
      s.chain = null;
      await activities.recordExplanationHandOver({
        eventId: auditEventId(workflowId, `handover:${eventId}`),
        explanationId: input.explanationId,
        taskId: input.taskId,
        fromUnitId,
        toUnitId,
        roles,
        ...units,
        reason,
        actor,
      });
      if (roles.includes('asked')) {
        await activities.notify({
          noticeId: notice(`handover:${eventId}`),
          kind: 'overdue',
          taskId: input.taskId,
          targetUnitId: toUnitId,
          lateUnitId: toUnitId,
          dueAt: input.dueAt,
          note: notes().explanationTakenOver(input.note),
        });
      }
      return { roles };
    },
    { validator: (request) => refuse(explanationHandOverRefusal(s.status, request)) },
  );

  if (!input.state) {
    await activities.recordExplanationRequest({
      eventId: auditEventId(workflowId, 'requested'),
      explanationId: input.explanationId,
      taskId: input.taskId,
      unitId: input.unitId,
      requestingUnitId: input.requestingUnitId,
      actor: input.actor,
      requestedAt: input.requestedAt,
      dueAt: input.dueAt,
      workingDays: input.workingDays,
      note: input.note,
    });
    await activities.notify({
      noticeId: notice('requested'),
      kind: 'overdue',
      taskId: input.taskId,
      targetUnitId: input.unitId,
      lateUnitId: input.unitId,
      dueAt: input.dueAt,
      note: notes().explanationRequested(input.note),
    });
  }

  while (s.status === 'open') {
    const reminder = reminderInstants(
      new Date(input.dueAt),
      input.reminderPolicy,
      calendar,
      new Date(input.requestedAt),
    ).find((r) => !s.sent.includes(r.key));
    const nextAt = reminder ? reminder.at.getTime() : Date.parse(s.nextAt);
    if (await condition(() => s.status !== 'open', Math.max(0, nextAt - Date.now()))) break;
    if (reminder) {
      await activities.notify({
        noticeId: notice(reminder.key),
        kind: 'reminder',
        taskId: input.taskId,
        targetUnitId: input.unitId,
        dueAt: input.dueAt,
        note: notes().explanationDue(),
      });
      s.sent.push(reminder.key);
    } else await escalate(input, s, calendar, notice(`esc:${s.step}`));
    if (workflowInfo().historyLength > MAX_HISTORY) {
      await condition(allHandlersFinished);
      return continueAsNew<(input: ExplanationWorkflowInput) => Promise<ExplanationState>>({ ...input, state: s });
    }
  }
  await condition(allHandlersFinished);
  return s;
}

/** One step of the one escalation ladder (libs/domain/src/escalation.ts), from the late unit up to the requesting unit. */
async function escalate(
  input: ExplanationWorkflowInput,
  s: ExplanationState,
  calendar: BusinessCalendar,
  noticeId: string,
): Promise<void> {
  s.chain ??= await activities.escalationChain({ fromUnitId: input.unitId, toUnitId: input.requestingUnitId });
  const step = escalationStep(s.chain, s.step, s.nextAt, 'explanation', input.escalationPolicy, calendar);
  await activities.notify({
    noticeId,
    kind: step.kind,
    taskId: input.taskId,
    targetUnitId: step.target,
    level: step.level,
    lateUnitId: input.unitId,
    dueAt: input.dueAt,
    note: notes().explanationOverdue(),
  });
  ({ step: s.step, nextAt: s.nextAt } = step.next);
}
