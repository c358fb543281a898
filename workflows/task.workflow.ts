import {
  allHandlersFinished,
  condition,
  continueAsNew,
  getExternalWorkflowHandle,
  patched,
  proxyActivities,
  proxyLocalActivities,
  setHandler,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { BusinessCalendar } from '../libs/domain/src/calendar/business-calendar';
import { after, escalationTarget, reminderInstants } from '../libs/domain/src/schedule';
import {
  acknowledgeTaskUpdate,
  cancelTaskUpdate,
  changeTaskDeadlineUpdate,
  decideExtensionUpdate,
  delegateTaskUpdate,
  requestExtensionUpdate,
  reviewReportUpdate,
  submitReportUpdate,
  subtaskClosedSignal,
  taskStateQuery,
  type TaskState,
  type TaskWorkflowInput,
  type DirectiveActivities,
  type NoticeKind,
  type Obligation,
  type TaskActivities,
  type TaskEvent,
  auditEventId,
  taskWorkflowId,
} from '../libs/workflow-contract/src';

const activities = proxyActivities<TaskActivities>({
  // Short: these are single transactions; a worker that dies is retried elsewhere soon.
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/**
 * The assignment itself (record it, tell the units) as local activities: run by the
 * worker inside the workflow task, no activity tasks through the server, which is
 * what limits a fan-out to thousands of units (see bench/README.md).
 */
const local = proxyLocalActivities<TaskActivities>({
  startToCloseTimeout: '30 seconds',
  localRetryThreshold: '10 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Starting or commanding sub-task workflows: paged and heartbeating, like a directive's fan-out. */
const fanOut = proxyActivities<Pick<DirectiveActivities, 'startTaskWorkflows' | 'forwardToTasks'>>({
  startToCloseTimeout: '10 minutes',
  heartbeatTimeout: '1 minute',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

const CLOSED = ['completed', 'cancelled'];
const MAX_HISTORY = 8_000;

interface Planned {
  id: string;
  at: number;
  fire: () => Promise<void>;
}

/**
 * One long-lived workflow per task assignment. It waits durably for the lead unit to
 * acknowledge and report and for the assigning side to review, reminds before each
 * deadline and, once one passes, escalates up the hierarchy step by step until the
 * awaited action happens. Human actions arrive as updates whose validators refuse
 * what the state does not allow; every transition is recorded by an activity with a
 * deterministic event id.
 */
export async function taskWorkflow(input: TaskWorkflowInput): Promise<TaskState> {
  const { workflowId } = workflowInfo();
  const calendar = new BusinessCalendar(input.calendar);
  const s: TaskState = input.state ?? {
    phase: 'awaiting_ack',
    acknowledged: false,
    deadline: input.deadline,
    originalDeadline: input.deadline,
    ackDeadline: input.ackDeadline,
    reviewDeadline: null,
    revisionDeadline: null,
    reportVersion: 0,
    currentReportId: null,
    lastSubmittedAt: null,
    pendingExtension: null,
    since: {},
    sent: [],
    escalation: {},
    chains: {},
    overdueMarked: [],
    subtasks: {},
  };
  const subtasks = (s.subtasks ??= {});
  const openSubtasks = () => Object.keys(subtasks).filter((id) => subtasks[id] === 'open');
  let version = 0;
  const changed = () => version++;
  const closed = () => CLOSED.includes(s.phase);
  const record = (event: TaskEvent, actor: string, key: string) =>
    activities.recordTaskEvent({ eventId: auditEventId(workflowId, key), taskId: input.taskId, actor, event });
  const notify = (
    noticeId: string,
    kind: NoticeKind,
    targetUnitId: string,
    extra: Partial<Parameters<TaskActivities['notify']>[0]> = {},
  ) =>
    activities.notify({ noticeId: `${input.taskId}:${noticeId}`, kind, taskId: input.taskId, targetUnitId, ...extra });
  const requireOpen = () => {
    if (closed()) throw new Error('Nhiệm vụ đã kết thúc / the task is closed');
  };
  const requireLeadUnit = (actorUnitId: string) => {
    if (actorUnitId !== input.leadUnitId)
      throw new Error('Chỉ đơn vị chủ trì được thực hiện / only the lead unit may do this');
  };
  const nowIso = () => new Date().toISOString();

  setHandler(taskStateQuery, () => s);

  setHandler(
    acknowledgeTaskUpdate,
    async ({ actor }) => {
      s.acknowledged = true;
      if (s.phase === 'awaiting_ack') s.phase = 'in_progress';
      changed();
      await record({ type: 'acknowledged', at: nowIso() }, actor, 'acknowledged');
      return s;
    },
    {
      validator: ({ actorUnitId }) => {
        requireOpen();
        requireLeadUnit(actorUnitId);
        if (s.acknowledged) throw new Error('Đã xác nhận nhận nhiệm vụ / already acknowledged');
      },
    },
  );

  setHandler(
    submitReportUpdate,
    async ({ actor, text, indicatorValues, attachments, subtaskOverrideReason }) => {
      const reportId = uuid4();
      const override = openSubtasks().length > 0 ? subtaskOverrideReason!.trim() : null;
      const version = ++s.reportVersion;
      const at = new Date();
      const late =
        at.getTime() > Date.parse(s.phase === 'revising' && s.revisionDeadline ? s.revisionDeadline : s.deadline);
      s.acknowledged = true;
      s.phase = 'under_review';
      s.currentReportId = reportId;
      s.reviewDeadline = after(at, input.reviewPeriod, calendar).toISOString();
      s.revisionDeadline = null;
      s.lastSubmittedAt = at.toISOString();
      changed();
      await record(
        {
          type: 'report',
          reportId,
          version,
          text,
          indicatorValues,
          attachments,
          at: at.toISOString(),
          late,
          reviewDeadline: s.reviewDeadline,
          ...(override ? { subtaskOverrideReason: override } : {}),
        },
        actor,
        `report:${version}`,
      );
      await notify(`report:${version}`, 'report_submitted', input.issuingUnitId, { awaiting: 'review' });
      return { reportId, version, late };
    },
    {
      validator: ({ actorUnitId, text, subtaskOverrideReason }) => {
        requireOpen();
        requireLeadUnit(actorUnitId);
        if (s.phase === 'under_review') throw new Error('Báo cáo đang chờ thẩm định / a report is waiting for review');
        if (typeof text !== 'string' || !text.trim()) throw new Error('Báo cáo cần nội dung / the report needs text');
        const open = openSubtasks().length;
        if (open > 0 && !subtaskOverrideReason?.trim()) {
          throw new Error(
            `Còn ${open} nhiệm vụ giao cấp dưới chưa hoàn thành; muốn báo cáo ngay cần nêu lý do (subtaskOverrideReason) / ` +
              `${open} delegated sub-task(s) still open; to report now, give a reason (subtaskOverrideReason)`,
          );
        }
      },
    },
  );

  setHandler(
    reviewReportUpdate,
    async ({ actor, outcome, comment }) => {
      const at = new Date();
      const reportId = s.currentReportId!;
      if (outcome === 'accepted') {
        s.phase = 'completed';
        s.reviewDeadline = null;
        changed();
        // The task was done when the accepted report came in; late is judged by that instant.
        await record(
          {
            type: 'review',
            reportId,
            outcome,
            comment,
            at: at.toISOString(),
            revisionDeadline: null,
            completedAt: s.lastSubmittedAt ?? at.toISOString(),
          },
          actor,
          `review:${s.reportVersion}`,
        );
      } else {
        s.phase = 'revising';
        s.reviewDeadline = null;
        s.revisionDeadline = after(at, input.revisionPeriod, calendar).toISOString();
        changed();
        await record(
          {
            type: 'review',
            reportId,
            outcome,
            comment,
            at: at.toISOString(),
            revisionDeadline: s.revisionDeadline,
            completedAt: null,
          },
          actor,
          `review:${s.reportVersion}`,
        );
        await notify(`returned:${s.reportVersion}`, 'report_returned', input.leadUnitId, {
          awaiting: 'revision',
          dueAt: s.revisionDeadline,
          note: comment ?? undefined,
        });
      }
      return s;
    },
    {
      validator: ({ outcome, comment }) => {
        requireOpen();
        if (s.phase !== 'under_review')
          throw new Error('Không có báo cáo chờ thẩm định / no report is waiting for review');
        if (outcome !== 'accepted' && outcome !== 'returned')
          throw new Error('Kết quả phải là accepted hoặc returned / outcome must be accepted or returned');
        if (outcome === 'returned' && !comment?.trim())
          throw new Error('Trả lại cần nêu ý kiến / a returned report needs a comment');
      },
    },
  );

  setHandler(
    requestExtensionUpdate,
    async ({ actor, deadline, reason }) => {
      const requestId = uuid4();
      s.pendingExtension = { requestId, deadline, reason };
      changed();
      await record(
        { type: 'extension_requested', requestId, deadline, reason, at: nowIso() },
        actor,
        `extension:${requestId}`,
      );
      await notify(`extension:${requestId}`, 'extension_requested', input.issuingUnitId, {
        dueAt: deadline,
        note: reason,
      });
      return { requestId };
    },
    {
      validator: ({ actorUnitId, deadline, reason }) => {
        requireOpen();
        requireLeadUnit(actorUnitId);
        if (s.phase === 'under_review')
          throw new Error('Báo cáo đã nộp, không cần gia hạn / the report is in; no extension needed');
        if (s.pendingExtension)
          throw new Error('Đang có đề nghị gia hạn chờ quyết định / an extension request is pending');
        if (!reason?.trim()) throw new Error('Cần nêu lý do / a reason is required');
        const requested = Date.parse(deadline);
        if (Number.isNaN(requested) || requested <= Date.now())
          throw new Error('Hạn mới đã qua / the new deadline is in the past');
        if (requested <= Date.parse(s.deadline))
          throw new Error('Hạn mới phải sau hạn hiện tại / the new deadline must be later than the current one');
      },
    },
  );

  setHandler(
    decideExtensionUpdate,
    async ({ actor, requestId, approve, comment }) => {
      const request = s.pendingExtension!;
      s.pendingExtension = null;
      if (approve) {
        s.deadline = calendar.adjustDeadline(new Date(request.deadline)).toISOString();
        if (s.phase === 'revising') s.revisionDeadline = s.deadline;
      }
      changed();
      await record(
        {
          type: 'extension_decided',
          requestId,
          approved: approve,
          comment,
          at: nowIso(),
          deadline: approve ? s.deadline : null,
        },
        actor,
        `extension-decided:${requestId}`,
      );
      await notify(`extension-decided:${requestId}`, 'extension_decided', input.leadUnitId, {
        dueAt: s.deadline,
        note: approve ? 'approved' : 'rejected',
      });
      return s;
    },
    {
      validator: ({ requestId }) => {
        requireOpen();
        if (!s.pendingExtension || s.pendingExtension.requestId !== requestId) {
          throw new Error('Không có đề nghị gia hạn này đang chờ / no such pending extension request');
        }
      },
    },
  );

  setHandler(
    cancelTaskUpdate,
    async ({ actor, reason }) => {
      s.phase = 'cancelled';
      changed();
      await record({ type: 'cancelled', reason }, actor, 'cancelled');
      await notify('cancelled', 'cancelled', input.leadUnitId, { note: reason });
      // What was delegated from a cancelled task is cancelled with it.
      const open = openSubtasks();
      if (open.length > 0) {
        await fanOut.forwardToTasks({
          directiveId: input.directiveId,
          taskIds: open,
          command: { kind: 'cancel', reason: `Nhiệm vụ cấp trên bị hủy / parent task cancelled: ${reason}` },
          actor,
        });
      }
      return s;
    },
    { validator: (_request) => requireOpen() },
  );

  setHandler(
    changeTaskDeadlineUpdate,
    async ({ actor, deadline }) => {
      s.deadline = deadline;
      changed();
      await record({ type: 'deadline_changed', deadline }, actor, `deadline:${deadline}`);
      return s;
    },
    {
      validator: ({ deadline }) => {
        requireOpen();
        if (Number.isNaN(Date.parse(deadline))) throw new Error('Hạn không hợp lệ / invalid deadline');
      },
    },
  );

  setHandler(
    delegateTaskUpdate,
    async ({ actor, delegationId, subtasks: parts }) => {
      for (const part of parts) subtasks[part.taskId] ??= 'open';
      changed();
      await activities.recordDelegation({
        eventId: auditEventId(workflowId, `delegation:${delegationId}`),
        parentTaskId: input.taskId,
        actor,
        subtasks: parts,
      });
      const taskIds = parts.map((part) => part.taskId);
      await fanOut.startTaskWorkflows({ directiveId: input.directiveId, taskIds });
      return { taskIds };
    },
    {
      validator: ({ actorUnitId, subtasks: parts }) => {
        requireOpen();
        requireLeadUnit(actorUnitId);
        if (s.phase === 'under_review')
          throw new Error('Báo cáo đã nộp, không giao thêm được / the report is in; nothing more to delegate');
        if (!Array.isArray(parts) || parts.length === 0)
          throw new Error('Cần ít nhất một nhiệm vụ con / at least one sub-task is needed');
        for (const part of parts) {
          if (part.leadUnitId === input.leadUnitId)
            throw new Error('Không thể giao cho chính đơn vị mình / a unit cannot delegate to itself');
          const due = Date.parse(part.deadline);
          if (!(due > Date.now())) throw new Error('Hạn nhiệm vụ con đã qua / a sub-task deadline is in the past');
          if (due > Date.parse(s.deadline))
            throw new Error(
              'Hạn nhiệm vụ con không được sau hạn của nhiệm vụ / a sub-task may not be due after its parent',
            );
        }
      },
    },
  );

  setHandler(subtaskClosedSignal, async ({ taskId, status }) => {
    if (subtasks[taskId] === status) return;
    subtasks[taskId] = status;
    changed();
    const all = Object.keys(subtasks);
    if (!closed() && openSubtasks().length === 0 && all.some((id) => subtasks[id] === 'completed')) {
      // The count keeps a later delegation's own "all done" distinct from this one.
      await notify(`subtasks-completed:${all.length}`, 'subtasks_completed', input.leadUnitId, {
        note: `${all.filter((id) => subtasks[id] === 'completed').length}/${all.length}`,
      });
    }
  });

  if (!input.state) {
    if (patched('assignment-as-local-activities')) {
      const assigned = (unitId: string, noticeId: string, note?: string) =>
        local.notify({
          noticeId: `${input.taskId}:${noticeId}`,
          kind: 'task_assigned',
          taskId: input.taskId,
          targetUnitId: unitId,
          dueAt: s.deadline,
          ...(note ? { note } : {}),
        });
      await local.recordTaskEvent({
        eventId: auditEventId(workflowId, 'assigned'),
        taskId: input.taskId,
        actor: 'system',
        event: { type: 'assigned' },
      });
      await Promise.all([
        assigned(input.leadUnitId, 'assigned'),
        ...input.coordinatingUnitIds.map((unitId) => assigned(unitId, `assigned:${unitId}`, 'coordinating')),
      ]);
    } else {
      await record({ type: 'assigned' }, 'system', 'assigned');
      await notify('assigned', 'task_assigned', input.leadUnitId, { dueAt: s.deadline });
      for (const unitId of input.coordinatingUnitIds) {
        await notify(`assigned:${unitId}`, 'task_assigned', unitId, { dueAt: s.deadline, note: 'coordinating' });
      }
    }
  }

  /** What is awaited now, with its due instant and who is late. */
  const obligations = (): {
    kind: Obligation;
    dueAt: string;
    lateUnitId: string;
    chainTo: string | null;
    reminders: boolean;
  }[] => {
    if (closed()) return [];
    const list = [];
    // Once the report itself is overdue its ladder covers the silence: one ladder, not two.
    if (!s.acknowledged && Date.now() < Date.parse(s.deadline)) {
      list.push({
        kind: 'ack' as const,
        dueAt: s.ackDeadline,
        lateUnitId: input.leadUnitId,
        chainTo: input.issuingUnitId,
        reminders: false,
      });
    }
    if (s.phase === 'awaiting_ack' || s.phase === 'in_progress') {
      list.push({
        kind: 'report' as const,
        dueAt: s.deadline,
        lateUnitId: input.leadUnitId,
        chainTo: input.issuingUnitId,
        reminders: true,
      });
    }
    if (s.phase === 'revising' && s.revisionDeadline) {
      list.push({
        kind: 'revision' as const,
        dueAt: s.revisionDeadline,
        lateUnitId: input.leadUnitId,
        chainTo: input.issuingUnitId,
        reminders: true,
      });
    }
    if (s.phase === 'under_review' && s.reviewDeadline) {
      list.push({
        kind: 'review' as const,
        dueAt: s.reviewDeadline,
        lateUnitId: input.issuingUnitId,
        chainTo: null,
        reminders: false,
      });
    }
    return list;
  };

  const plan = (): Planned[] => {
    const planned: Planned[] = [];
    const now = new Date();
    const live = new Set<string>();
    for (const o of obligations()) {
      const id = `${o.kind}@${o.dueAt}`;
      live.add(id);
      const due = new Date(o.dueAt);
      // Reminders only from when this obligation began: none fire late for a short deadline.
      const since = new Date((s.since[id] ??= now.toISOString()));
      if (o.reminders) {
        for (const instant of reminderInstants(due, input.reminderPolicy, calendar, since)) {
          const noticeId = `${id}:${instant.key}`;
          if (s.sent.includes(noticeId)) continue;
          planned.push({
            id: noticeId,
            at: instant.at.getTime(),
            fire: async () => {
              await notify(noticeId, 'reminder', o.lateUnitId, { awaiting: o.kind, dueAt: o.dueAt });
              s.sent.push(noticeId);
            },
          });
        }
      }
      const progress = s.escalation[id] ?? { step: 0, nextAt: o.dueAt };
      planned.push({
        id: `${id}:esc:${progress.step}`,
        at: Date.parse(progress.nextAt),
        fire: async () => {
          if ((o.kind === 'report' || o.kind === 'revision') && !s.overdueMarked.includes(id)) {
            await record({ type: 'overdue', obligation: o.kind }, 'system', `overdue:${id}`);
            s.overdueMarked.push(id);
          }
          const chain = (s.chains[o.kind] ??= await activities.escalationChain({
            fromUnitId: o.lateUnitId,
            toUnitId: o.chainTo,
          }));
          const { level, target } = escalationTarget(chain, progress.step);
          const kind: NoticeKind =
            level === 1
              ? o.kind === 'ack'
                ? 'ack_due'
                : o.kind === 'review'
                  ? 'review_due'
                  : 'overdue'
              : 'escalation';
          await notify(`${id}:esc:${progress.step}`, kind, target, {
            awaiting: o.kind,
            level,
            lateUnitId: o.lateUnitId,
            dueAt: o.dueAt,
          });
          const delay =
            progress.step + 1 < chain.length ? input.escalationPolicy.stepDelay : input.escalationPolicy.repeatAtTop;
          s.escalation[id] = {
            step: progress.step + 1,
            nextAt: after(new Date(progress.nextAt), delay, calendar).toISOString(),
          };
        },
      });
    }
    // Forget what belongs to obligations that are over (an extension, a submission).
    s.sent = s.sent.filter((noticeId) => [...live].some((id) => noticeId.startsWith(`${id}:`)));
    for (const id of Object.keys(s.escalation)) if (!live.has(id)) delete s.escalation[id];
    for (const id of Object.keys(s.since)) if (!live.has(id)) delete s.since[id];
    return planned.sort((a, b) => a.at - b.at);
  };

  while (!closed()) {
    const planned = plan();
    const seen = version;
    const next = planned[0];
    const woke = next
      ? await condition(() => version !== seen, Math.max(0, next.at - Date.now()))
      : (await condition(() => version !== seen), true);
    if (woke || closed()) continue;
    const now = Date.now();
    for (const item of planned) {
      if (item.at > now || version !== seen) break;
      await item.fire();
    }
    if (workflowInfo().historyLength > (input.continueAsNewAfterEvents ?? MAX_HISTORY)) {
      await condition(allHandlersFinished);
      return continueAsNew<typeof taskWorkflow>({ ...input, state: s });
    }
  }
  // Let the update that closed the task finish its recording and notices first.
  await condition(allHandlersFinished);
  if (input.parentTaskId) {
    try {
      await getExternalWorkflowHandle(taskWorkflowId(input.parentTaskId)).signal(subtaskClosedSignal, {
        taskId: input.taskId,
        status: s.phase === 'completed' ? 'completed' : 'cancelled',
      });
    } catch {
      // The parent has already closed: nobody is waiting for this one any more.
    }
  }
  return s;
}
