/**
 * Test harness of cohort-equivalence.spec.ts (issue 20, item 6): a task's own workflow
 * (workflows/task.workflow.ts, task-handlers.ts) on a simulated clock, writing into a
 * simulated database. Pure and deterministic; no Temporal, no PostgreSQL. The reference
 * model runs one per task from the start; the cohort path runs one per task handed over,
 * from memberState (cohort-sim.ts).
 */
import type { BusinessCalendar } from '../../calendar/business-calendar';
import { plainText, type Text } from '../../errors';
import { extensionDeadlineProblem } from '../../deadlines';
import { escalationStep } from '../../escalation';
import type { EscalationPolicy, Offset, ReminderPolicy } from '../../policy';
import { after } from '../../schedule';
import { handOverRefusal, handOverUnits, type TaskUnits } from '../../task-machine/hand-over';
import { applyTaskEvent, applyToRecord, type TaskRecord } from '../../task-machine/reducer';
import { isClosed, OPEN_STATUSES, type TaskEvent, type TaskState } from '../../task-machine/task-state';
import { planTimers, type PlannedEscalation, type PlannedTimer } from '../../task-machine/timer-plan';
import {
  acknowledgeRefusal,
  cancelRefusal,
  changeDeadlineRefusal,
  decideExtensionRefusal,
  requestExtensionRefusal,
  reviewRefusal,
  submitReportRefusal,
  type Refusal,
} from '../../task-machine/validators';

/** What every run shares: the clock's start, the calendar, the unit tree (fixed), the policies. */
export interface World {
  start: number;
  calendar: BusinessCalendar;
  /** Unit id → materialized path ('/R/I/a/b/'). */
  paths: Record<string, string>;
  issuingUnitId: string;
  reminderPolicy: ReminderPolicy;
  escalationPolicy: EscalationPolicy;
  reviewPeriod: Offset;
  revisionPeriod: Offset;
  tasks: SimTask[];
}

export interface SimTask {
  id: string;
  leadUnitId: string;
  coordinatingUnitIds: string[];
  /** ISO instants; the acknowledgement deadline is not after the deadline. */
  deadline: string;
  ackDeadline: string;
}

/** What people (and amendments, and a unit's deactivation) do to a task. */
export type Action =
  | { kind: 'acknowledge' }
  | { kind: 'report' }
  | { kind: 'review'; outcome: 'accepted' | 'returned' }
  | { kind: 'requestExtension'; minutes: number }
  | { kind: 'decideExtension'; approve: boolean; latest: boolean }
  | { kind: 'changeDeadline'; steps: number }
  | { kind: 'cancel' }
  | { kind: 'handOver'; role: 'lead' | 'coordinating'; successor: string; eventId: string };

/** A task's row as the read model keeps it, and who drives it. */
export interface Row extends TaskRecord, TaskUnits {
  taskId: string;
  driver: 'cohort' | 'task';
  reports: string[];
  extensionRequests: string[];
}

export interface Notice {
  taskId: string;
  noticeId: string;
  kind: string;
  targetUnitId: string;
  level: number | null;
  at: string;
}

export interface AuditRow {
  taskId: string;
  eventId: string;
  action: string;
  status: string;
  phase: string;
  at: string;
}

/** As libs/workflow-contract/src/ids.ts builds them: `task:<id>#<key>`. */
export const taskEventId = (taskId: string, key: string): string => `task:${taskId}#${key}`;

/** As libs/persistence/src/task-events.repository.ts names them. */
const auditAction = (event: TaskEvent): string =>
  event.type === 'assigned' ? 'task.follow_up_started' : `task.${event.type}`;

/** The answers the API gives before any driver is asked. */
export const API = {
  noReport: 'not found: no such report',
  noWorkflow: 'unavailable: the task is being set up (no workflow takes the update)',
} as const;

export const OPEN = OPEN_STATUSES as readonly string[];

/**
 * The simulated database: task rows (the reducer's applyToRecord), audit rows once per
 * event id (alreadyRecorded), inbox notices once per notice id and unit (the inbox is
 * unique per notice and user).
 */
export class Db {
  readonly rows = new Map<string, Row>();
  readonly audit = new Map<string, AuditRow>();
  readonly notices = new Map<string, Notice>();

  row(taskId: string): Row {
    return this.rows.get(taskId)!;
  }

  /** applyTaskEventIn: the row changed by the reducer and its audit row, once per event id. */
  record(taskId: string, key: string, event: TaskEvent, now: number): void {
    const eventId = taskEventId(taskId, key);
    if (this.audit.has(eventId)) return;
    const row = this.row(taskId);
    Object.assign(row, applyToRecord(row, event, new Date(now)));
    if (event.type === 'handed_over') Object.assign(row, units(event));
    if (event.type === 'report') row.reports.push(event.reportId);
    if (event.type === 'extension_requested') row.extensionRequests.push(event.requestId);
    this.audit.set(eventId, { taskId, eventId, action: auditAction(event), ...state(row), at: iso(now) });
  }

  /** An audit row that is not a task event (the cohort's hand-over). */
  auditOnly(taskId: string, key: string, action: string, now: number): void {
    const eventId = taskEventId(taskId, key);
    if (!this.audit.has(eventId))
      this.audit.set(eventId, { taskId, eventId, action, ...state(this.row(taskId)), at: iso(now) });
  }

  notify(taskId: string, noticeId: string, kind: string, targetUnitId: string, now: number, level?: number): void {
    const id = `${taskId}:${noticeId}`;
    const key = `${id}|${targetUnitId}`;
    if (!this.notices.has(key))
      this.notices.set(key, { taskId, noticeId: id, kind, targetUnitId, level: level ?? null, at: iso(now) });
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
const state = (row: Row) => ({ status: row.status, phase: row.phase });
const units = (u: TaskUnits): TaskUnits => ({
  leadUnitId: u.leadUnitId,
  coordinatingUnitIds: [...u.coordinatingUnitIds],
  issuingUnitId: u.issuingUnitId,
});

/** The escalationChain activity: from a unit up to `toUnitId` inclusive, to the root when null. */
export function chainOf(paths: Record<string, string>, fromUnitId: string, toUnitId: string | null): string[] {
  const ids = paths[fromUnitId]!.split('/').filter(Boolean).reverse();
  const end = toUnitId ? ids.indexOf(toUnitId) : ids.length - 1;
  return end >= 0 ? ids.slice(0, end + 1) : ids;
}

/**
 * What the API refuses before it asks a driver (the same on both paths): a requested
 * deadline already past (extensionDeadlineProblem), a review of a report that does not
 * exist (the report's row is looked up first). Null: the request goes on.
 */
export function apiRefusal(row: Row, action: Action, now: number): Text | null {
  if (action.kind === 'requestExtension') {
    return extensionDeadlineProblem(iso(now + action.minutes * 60_000), new Date(now))?.message ?? null;
  }
  if (action.kind === 'review' && row.reports.length === 0) return API.noReport;
  return null;
}

/** Something on the simulated clock: it says when it next wakes and does its work then. */
export interface Driver {
  next(): number | null;
  wake(now: number): void;
}

/** One task's own workflow: the timer loop and the update handlers. */
export class TaskSim implements Driver {
  private timers: PlannedTimer[] = [];
  private plannedAt = 0;
  private readonly input: TaskUnits & Pick<World, 'reminderPolicy' | 'escalationPolicy'>;

  constructor(
    private readonly world: World,
    private readonly db: Db,
    readonly taskId: string,
    readonly s: TaskState,
  ) {
    const row = db.row(taskId);
    this.input = { ...units(row), reminderPolicy: world.reminderPolicy, escalationPolicy: world.escalationPolicy };
  }

  /** The loop's plan at `now`: bookkeeping of obligations that are over dropped. */
  plan(now: number): void {
    this.plannedAt = now;
    if (isClosed(this.s.phase)) return void (this.timers = []);
    const { timers, since, sent, escalation } = planTimers(this.s, this.input, this.world.calendar, new Date(now));
    Object.assign(this.s, { since, sent, escalation });
    this.timers = timers;
  }

  /** condition(…, max(0, next.at - now)): the first timer of the plan, or now if it is past. */
  next(): number | null {
    const first = this.timers[0];
    return first ? Math.max(first.at, this.plannedAt) : null;
  }

  /** Fires what is due of the plan, in order, then plans again. */
  wake(now: number): void {
    for (const timer of this.timers) {
      if (timer.at > now) break;
      this.fire(timer, now);
    }
    this.plan(now);
  }

  private fire(timer: PlannedTimer, now: number): void {
    if (timer.kind === 'escalation') return this.escalate(timer, now);
    this.db.notify(this.taskId, timer.id, 'reminder', timer.obligation.lateUnitId, now);
    this.s.sent.push(timer.id);
  }

  private escalate(timer: PlannedEscalation, now: number): void {
    const { s, world } = this;
    const { obligation: o, obligationId: id } = timer;
    if ((o.kind === 'report' || o.kind === 'revision') && !s.overdueMarked.includes(id)) {
      this.db.record(this.taskId, `overdue:${id}`, { type: 'overdue', obligation: o.kind }, now);
      s.overdueMarked.push(id);
    }
    const chain = (s.chains[o.kind] ??= chainOf(world.paths, o.lateUnitId, o.chainTo));
    const step = escalationStep(chain, timer.step, timer.nextAt, o.kind, world.escalationPolicy, world.calendar);
    this.db.notify(this.taskId, timer.id, step.kind, step.target, now, step.level);
    s.escalation[id] = step.next;
  }

  private apply(event: TaskEvent, key: string, now: number): void {
    Object.assign(this.s, applyTaskEvent(this.s, event));
    this.db.record(this.taskId, key, event, now);
  }

  /** An update: refused by its validator (nothing changes), or applied, recorded, told; then planned again. */
  act(action: Action, now: number): string {
    const refusal = this.refusal(action, now);
    if (refusal) return plainText(refusal);
    if (this.handle(action, now)) this.plan(now);
    return 'ok';
  }

  /** The update's validator: why it is refused in this state, or null. */
  refusal(action: Action, now: number): Refusal {
    const { s, input } = this;
    const lead = { actorUnitId: input.leadUnitId };
    switch (action.kind) {
      case 'acknowledge':
        return acknowledgeRefusal(s, input, lead);
      case 'report':
        return submitReportRefusal(s, input, { ...lead, text: 'Đã hoàn thành' });
      case 'review':
        return reviewRefusal(s, { outcome: action.outcome, comment: 'Cần bổ sung' });
      case 'requestExtension':
        return requestExtensionRefusal(s, input, { ...lead, deadline: this.later(now, action), reason: 'r' }, now);
      case 'decideExtension':
        return decideExtensionRefusal(s, { requestId: this.requestId(action) });
      case 'changeDeadline':
        return changeDeadlineRefusal(s, { deadline: this.amended(action) });
      case 'cancel':
        return cancelRefusal(s);
      case 'handOver':
        return handOverRefusal(s, { ...this.handOver(action), eventId: action.eventId });
    }
  }

  /** Whether the update (not refused) changes anything: the deadline in force, or a unit with no role left, do not. */
  changes(action: Action): boolean {
    if (action.kind === 'changeDeadline') return Date.parse(this.amended(action)) !== Date.parse(this.s.deadline);
    if (action.kind === 'handOver') {
      const { fromUnitId, toUnitId } = this.handOver(action);
      return handOverUnits(this.input, fromUnitId, toUnitId).roles.length > 0;
    }
    return true;
  }

  /** The handler; false when it changed nothing (the loop is not woken). */
  private handle(action: Action, now: number): boolean {
    const { s, input, taskId, db } = this;
    const at = iso(now);
    switch (action.kind) {
      case 'acknowledge':
        this.apply({ type: 'acknowledged', at }, 'acknowledged', now);
        return true;
      case 'report': {
        const version = s.reportVersion + 1;
        const due = s.phase === 'revising' && s.revisionDeadline ? s.revisionDeadline : s.deadline;
        const reviewDeadline = after(new Date(now), this.world.reviewPeriod, this.world.calendar).toISOString();
        const event: TaskEvent = {
          ...{ type: 'report', reportId: `${taskId}/report-${version}`, version, text: 'Đã hoàn thành' },
          ...{ indicatorValues: [], attachments: [], at, late: now > Date.parse(due), reviewDeadline },
        };
        this.apply(event, `report:${version}`, now);
        db.notify(taskId, `report:${version}`, 'report_submitted', input.issuingUnitId, now);
        return true;
      }
      case 'review': {
        const accepted = action.outcome === 'accepted';
        const revision = after(new Date(now), this.world.revisionPeriod, this.world.calendar).toISOString();
        this.apply(
          {
            ...{ type: 'review', reportId: s.currentReportId!, outcome: action.outcome, comment: 'Cần bổ sung', at },
            ...{
              revisionDeadline: accepted ? null : revision,
              completedAt: accepted ? (s.lastSubmittedAt ?? at) : null,
            },
          },
          `review:${s.reportVersion}`,
          now,
        );
        if (!accepted) db.notify(taskId, `returned:${s.reportVersion}`, 'report_returned', input.leadUnitId, now);
        return true;
      }
      case 'requestExtension': {
        const requestId = `${taskId}/extension@${at}`;
        const event: TaskEvent = {
          type: 'extension_requested',
          requestId,
          deadline: this.later(now, action),
          reason: 'r',
          at,
        };
        this.apply(event, `extension:${requestId}`, now);
        db.notify(taskId, `extension:${requestId}`, 'extension_requested', input.issuingUnitId, now);
        return true;
      }
      case 'decideExtension': {
        const { requestId, deadline } = s.pendingExtension!;
        const approved = action.approve;
        const decided = approved ? this.world.calendar.adjustDeadline(new Date(deadline)).toISOString() : null;
        const event: TaskEvent = {
          type: 'extension_decided',
          requestId,
          approved,
          comment: null,
          at,
          deadline: decided,
        };
        this.apply(event, `extension-decided:${requestId}`, now);
        db.notify(taskId, `extension-decided:${requestId}`, 'extension_decided', input.leadUnitId, now);
        return true;
      }
      case 'changeDeadline': {
        const deadline = this.amended(action);
        // The deadline in force already: nothing recorded, the loop not woken.
        if (Date.parse(deadline) === Date.parse(s.deadline)) return false;
        s.deadlineChanges = (s.deadlineChanges ?? 0) + 1;
        this.apply({ type: 'deadline_changed', deadline }, `deadline:${s.deadlineChanges}:${deadline}`, now);
        return true;
      }
      case 'cancel':
        this.apply({ type: 'cancelled', reason: 'Bãi bỏ' }, 'cancelled', now);
        db.notify(taskId, 'cancelled', 'cancelled', input.leadUnitId, now);
        return true;
      case 'handOver': {
        const { fromUnitId, toUnitId } = this.handOver(action);
        const { units: next, roles } = handOverUnits(input, fromUnitId, toUnitId);
        if (roles.length === 0) return false;
        Object.assign(input, next);
        const event: TaskEvent = { type: 'handed_over', fromUnitId, toUnitId, reason: 'Sáp nhập', roles, ...next };
        this.apply(event, `handover:${action.eventId}`, now);
        if (roles.includes('lead') || roles.includes('coordinating'))
          db.notify(taskId, `handover:${action.eventId}`, 'task_assigned', toUnitId, now);
        return true;
      }
    }
  }

  private later(now: number, action: { minutes: number }): string {
    return iso(now + action.minutes * 60_000);
  }

  /** The request a decision names: the latest one the task has (pending or not), or one it never had. */
  private requestId(action: { latest: boolean }): string {
    return (action.latest && this.db.row(this.taskId).extensionRequests.at(-1)) || `${this.taskId}/no-such-request`;
  }

  /** An amendment's deadline: the task's first deadline moved by whole 6-hour steps (so A → B → A happens). */
  private amended(action: { steps: number }): string {
    return iso(Date.parse(this.s.originalDeadline) + action.steps * 6 * 3_600_000);
  }

  /** The deactivated unit: the task's first lead or first coordinating unit (which may hold no role by now). */
  private handOver(action: { role: 'lead' | 'coordinating'; successor: string }) {
    const task = this.world.tasks.find((t) => t.id === this.taskId)!;
    const fromUnitId = action.role === 'lead' ? task.leadUnitId : (task.coordinatingUnitIds[0] ?? task.leadUnitId);
    return { fromUnitId, toUnitId: action.successor };
  }
}
