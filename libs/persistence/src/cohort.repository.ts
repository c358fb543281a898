import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import {
  applyToRecord,
  chainLengthFrom,
  chainTarget,
  cohortKey,
  emptyProgress,
  MEMBER_AWAITS,
  type CohortProgress,
  type CohortStep,
  type CohortTerms,
  type TaskStatus,
} from '@dondoc/domain';
import { auditEventId, taskWorkflowId, type NoticeInput } from '@dondoc/workflow-contract';
import { alreadyRecorded, appendAudit, type AuditRecord } from './audit/audit-append';
import { DirectiveEntity, TaskCohortEntity } from './entities';
import { completeDirectiveIfDone } from './task-events.repository';

/** A member of a cohort as a step (or the assignment) reads it: enough to address and word its notice. */
export interface CohortMember {
  taskId: string;
  directiveId: string;
  title: string;
  leadUnitId: string;
  /** The lead unit's materialized path: the escalation chain is read from it. */
  leadPath: string;
  leadName: string;
  status: TaskStatus;
  phase: string;
  coordinatingUnitIds: string[];
}

/** One notice of a member, to be written to the inbox of the target unit's users: the notice a task workflow would send. */
export interface MemberNotice {
  member: CohortMember;
  input: NoticeInput;
}

/** A member just put in a cohort, with its deadline (its new-task notice names it). */
export type AssignedMember = CohortMember & { deadline: string };

/** Members read and written per page when a directive's tasks are put in cohorts. */
const ASSIGN_PAGE = 5_000;

/** Writes a step's notices inside its transaction (the worker words them); returns how many inbox rows are new. */
export type WriteNotices = (manager: EntityManager, notices: MemberNotice[]) => Promise<number>;

/**
 * The cohorts' rows (docs/decisions/0065-task-cohorts.md): putting a directive's new
 * tasks in cohorts, one step of a cohort over its members, and the moves of one task:
 * acknowledged as a row change, or handed to its own workflow. A member's row is locked
 * by whoever changes it (a step locks every member it writes for), so a step and a
 * hand-over or acknowledgement of the same task are serialized: whichever commits second
 * sees the first's result.
 */
export class CohortRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** For reads outside a step's transaction (planning deliveries after it committed). */
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  directive(directiveId: string): Promise<DirectiveEntity> {
    return this.dataSource.getRepository(DirectiveEntity).findOneByOrFail({ id: directiveId });
  }

  /**
   * Puts the directive's own tasks that no one drives yet in cohorts, inside the
   * recording transaction: cohort rows, the members' driver and acknowledgement
   * deadline, and each member's `follow_up_started` audit row (the id its own workflow
   * would have used). The members are read and written a page at a time (ASSIGN_PAGE, in
   * task order), so a directive of 100,000 tasks never holds them all in the process;
   * `onPage` gets each page's members with their deadlines, for their new-task notices.
   * Returns how many tasks it put in cohorts.
   *
   * With `added`, only those tasks, added to the running directive by the amendment
   * whose event id is `added.by`, inside the amendment's transaction: they form cohorts
   * of their own (cohortKey's `addedBy`), never joining the directive's first ones.
   */
  async assign(
    manager: EntityManager,
    directiveId: string,
    ackDeadline: (deadline: Date) => Date,
    actor = 'system',
    progressOf: (terms: CohortTerms) => CohortProgress = () => emptyProgress(),
    onPage: (members: AssignedMember[]) => Promise<void> = async () => {},
    added?: { taskIds: string[]; by: string },
  ): Promise<number> {
    const cohorts = new Map<string, { id: string; terms: CohortTerms }>();
    let assigned = 0;
    for (let after = -1; ;) {
      const rows: (MemberRow & {
        position: number;
        deadline: Date;
        reminder_policy: any;
        escalation_policy: any;
        assigning_unit_id: string;
      })[] = await manager.query(
        `${MEMBER_SELECT}, t.position, t.deadline, t.reminder_policy, t.escalation_policy, t.assigning_unit_id
           FROM tasks t JOIN units u ON u.id = t.lead_unit_id
           WHERE t.directive_id = $1 AND t.parent_task_id IS NULL AND t.driver IS NULL AND t.status IN ('assigned', 'overdue')
             AND t.position > $2 ${added ? 'AND t.id = ANY($3::uuid[])' : ''}
           ORDER BY t.position
           LIMIT ${ASSIGN_PAGE}`,
        added ? [directiveId, after, added.taskIds] : [directiveId, after],
      );
      if (rows.length === 0) break;
      after = rows[rows.length - 1]!.position;
      const page = new Map<string, string[]>();
      for (const row of rows) {
        const deadline = row.deadline.toISOString();
        const ack = ackDeadline(row.deadline).toISOString();
        const terms: CohortTerms = {
          issuingUnitId: row.assigning_unit_id,
          deadline,
          ackDeadline: ack < deadline ? ack : deadline,
          reminderPolicy: row.reminder_policy,
          escalationPolicy: row.escalation_policy,
          chainLength: chainLengthFrom(row.lead_path, row.assigning_unit_id),
        };
        const key = cohortKey(terms, added?.by);
        let cohort = cohorts.get(key);
        if (!cohort) {
          cohort = { id: randomUUID(), terms };
          cohorts.set(key, cohort);
          await manager.insert(TaskCohortEntity, {
            id: cohort.id,
            directiveId,
            key,
            issuingUnitId: terms.issuingUnitId,
            deadline: new Date(terms.deadline),
            ackDeadline: new Date(terms.ackDeadline),
            chainLength: terms.chainLength,
            reminderPolicy: terms.reminderPolicy,
            escalationPolicy: terms.escalationPolicy,
            progress: progressOf(terms),
          });
        }
        page.set(key, [...(page.get(key) ?? []), row.task_id]);
      }
      for (const [key, taskIds] of page) {
        const { id, terms } = cohorts.get(key)!;
        await manager.query(
          `UPDATE tasks SET cohort_id = $1, driver = 'cohort', ack_deadline = $2 WHERE id = ANY($3::uuid[])`,
          [id, terms.ackDeadline, taskIds],
        );
      }
      await appendAudit(
        manager,
        rows.map((row) => ({
          eventId: auditEventId(taskWorkflowId(row.task_id), 'assigned'),
          entityType: 'task',
          entityId: row.task_id,
          action: 'task.follow_up_started',
          actor,
          before: { status: row.status, phase: row.phase },
          after: { status: row.status, phase: row.phase },
        })),
      );
      await onPage(rows.map((row) => ({ ...toMember(row), deadline: row.deadline.toISOString() })));
      assigned += rows.length;
      if (rows.length < ASSIGN_PAGE) break;
    }
    return assigned;
  }

  /** The directive's cohorts, with what their workflows start with. */
  cohortsOf(directiveId: string): Promise<TaskCohortEntity[]> {
    return this.dataSource
      .getRepository(TaskCohortEntity)
      .find({ where: { directiveId }, order: { createdAt: 'ASC' } });
  }

  /** The cohorts these tasks were put in (an amendment's added tasks). */
  cohortsOfTasks(taskIds: string[]): Promise<TaskCohortEntity[]> {
    return this.dataSource
      .getRepository(TaskCohortEntity)
      .createQueryBuilder('c')
      .where('c.id IN (SELECT t.cohort_id FROM tasks t WHERE t.id = ANY(:taskIds))', { taskIds })
      .orderBy('c.created_at', 'ASC')
      .getMany();
  }

  cohort(cohortId: string): Promise<TaskCohortEntity | null> {
    return this.dataSource.getRepository(TaskCohortEntity).findOneBy({ id: cohortId });
  }

  /**
   * The members a cohort still follows (open, driven by it), with their coordinating
   * units; with `all`, every task it was given, wherever it is now (the new-task e-mails
   * go to every one, including a task that left the cohort in its first seconds). With
   * `limit`, a page in task id order after `after`.
   */
  async members(
    cohortId: string,
    { all = false, after, limit }: { all?: boolean; after?: string; limit?: number } = {},
  ): Promise<CohortMember[]> {
    const rows: MemberRow[] = await this.dataSource.query(
      `${MEMBER_SELECT} FROM tasks t JOIN units u ON u.id = t.lead_unit_id
       WHERE t.cohort_id = $1 ${all ? '' : `AND t.driver = 'cohort' AND t.status IN ('assigned', 'overdue')`}
       ${limit ? `AND ($2::uuid IS NULL OR t.id > $2::uuid) ORDER BY t.id LIMIT ${Number(limit)}` : ''}`,
      limit ? [cohortId, after ?? null] : [cohortId],
    );
    return rows.map(toMember);
  }

  /**
   * One instant of a cohort, in one transaction: locks the members still awaiting the
   * step's obligation (a member acknowledged, reporting or handed over before the lock is
   * not among them; one that does so after waits for the commit), marks them overdue on
   * the report's first ladder step (their own event ids), writes their notices through
   * `write`, and stores the cohort's progress. Idempotent: notices are keyed (task,
   * obligation, step), overdue marks by event id.
   */
  async step(
    cohortId: string,
    step: CohortStep,
    progress: CohortProgress,
    write: WriteNotices,
  ): Promise<{ notices: MemberNotice[]; remaining: number; delivered: number }> {
    return this.dataSource.transaction(async (manager) => {
      const [cohort]: { issuing_unit_id: string }[] = await manager.query(
        'SELECT issuing_unit_id FROM task_cohorts WHERE id = $1 FOR UPDATE',
        [cohortId],
      );
      if (!cohort) return { notices: [], remaining: 0, delivered: 0 };
      const awaits = MEMBER_AWAITS[step.obligation as 'ack' | 'report'];
      const rows: MemberRow[] = awaits
        ? await manager.query(
            `${MEMBER_SELECT} FROM tasks t JOIN units u ON u.id = t.lead_unit_id
             WHERE t.cohort_id = $1 AND t.driver = 'cohort' AND t.status IN ('assigned', 'overdue')
               AND t.phase = ANY($2::text[]) ${awaits.unacknowledged ? 'AND t.acknowledged_at IS NULL' : ''}
             ORDER BY t.id FOR UPDATE OF t`,
            [cohortId, awaits.phases],
          )
        : [];
      const members = rows.map(toMember);
      if (step.kind === 'escalation' && step.markOverdue) await markOverdue(manager, members, step.obligationId);
      const notices = members.map((member) => noticeOf(member, step, cohort.issuing_unit_id));
      const delivered = await write(manager, notices);
      await manager.query(
        'UPDATE task_cohorts SET progress = $2, steps = steps + 1, updated_at = now() WHERE id = $1',
        [cohortId, JSON.stringify(progress)],
      );
      const [{ remaining }] = await manager.query(
        `SELECT count(*)::int AS remaining FROM tasks WHERE cohort_id = $1 AND driver = 'cohort' AND status IN ('assigned', 'overdue')`,
        [cohortId],
      );
      return { notices, remaining, delivered };
    });
  }

  /**
   * The directive is cancelled: every member its cohorts still follow is cancelled in
   * one transaction, as each one's own workflow would cancel it (the reducer's row, the
   * `task.cancelled` audit row under its own event id, the `cancelled` notice to its lead
   * unit through `write`), instead of handing 20,000 tasks over one by one to cancel
   * them. Returns the notices, for their deliveries. Idempotent: a member cancelled is no
   * longer open; its audit row and notice are keyed.
   */
  async cancelMembers(
    directiveId: string,
    reason: string,
    actor: string,
    write: WriteNotices,
  ): Promise<MemberNotice[]> {
    return this.dataSource.transaction(async (manager) => {
      const rows: MemberRow[] = await manager.query(
        `${MEMBER_SELECT} FROM tasks t JOIN units u ON u.id = t.lead_unit_id
         WHERE t.directive_id = $1 AND t.driver = 'cohort' AND t.status IN ('assigned', 'overdue')
         ORDER BY t.id FOR UPDATE OF t`,
        [directiveId],
      );
      if (rows.length === 0) return [];
      const members = rows.map(toMember);
      await manager.query(
        `UPDATE tasks SET status = 'cancelled', phase = 'cancelled', cancel_reason = $2, updated_at = now()
         WHERE id = ANY($1::uuid[])`,
        [members.map((m) => m.taskId), reason],
      );
      await appendAudit(
        manager,
        members.map((m) => ({
          eventId: auditEventId(taskWorkflowId(m.taskId), 'cancelled'),
          entityType: 'task',
          entityId: m.taskId,
          action: 'task.cancelled',
          actor,
          before: { status: m.status, phase: m.phase },
          after: { status: 'cancelled', phase: 'cancelled', reason },
        })),
      );
      const notices: MemberNotice[] = members.map((member) => ({
        member,
        input: {
          noticeId: `${member.taskId}:cancelled`,
          kind: 'cancelled',
          taskId: member.taskId,
          targetUnitId: member.leadUnitId,
          note: reason,
        },
      }));
      await write(manager, notices);
      await completeDirectiveIfDone(manager, directiveId);
      return notices;
    });
  }

  /**
   * Cohorts with members still followed, created more than `olderThanMs` ago: the reconciler
   * checks each one's workflow and its instants. A younger one may be between its recording
   * transaction and the directive workflow's start of it (another worker's activity).
   */
  liveCohorts(olderThanMs = 0): Promise<TaskCohortEntity[]> {
    return this.dataSource
      .getRepository(TaskCohortEntity)
      .createQueryBuilder('c')
      .where(
        `EXISTS (SELECT 1 FROM tasks t WHERE t.cohort_id = c.id AND t.driver = 'cohort' AND t.status IN ('assigned', 'overdue'))`,
      )
      .andWhere('c.created_at < now() - make_interval(secs => :seconds)', { seconds: olderThanMs / 1000 })
      .getMany();
  }

  /** Whether an audit row with this id exists (the reconciler's own rows are keyed by what they found). */
  recorded(eventId: string): Promise<boolean> {
    return alreadyRecorded(this.dataSource.manager, eventId);
  }

  audit(record: AuditRecord): Promise<void> {
    return appendAudit(this.dataSource.manager, [record]);
  }
}

interface MemberRow {
  task_id: string;
  directive_id: string;
  title: string;
  lead_unit_id: string;
  lead_path: string;
  lead_name: string;
  status: TaskStatus;
  phase: string;
  coordinating_unit_ids: string[] | null;
}

const MEMBER_SELECT = `SELECT t.id AS task_id, t.directive_id, t.title, t.lead_unit_id, u.path AS lead_path, u.name AS lead_name, t.status, t.phase,
  (SELECT array_agg(tc.unit_id ORDER BY tc.position) FROM task_coordinators tc WHERE tc.task_id = t.id) AS coordinating_unit_ids`;

const toMember = (row: MemberRow): CohortMember => ({
  taskId: row.task_id,
  directiveId: row.directive_id,
  title: row.title,
  leadUnitId: row.lead_unit_id,
  leadPath: row.lead_path,
  leadName: row.lead_name,
  status: row.status,
  phase: row.phase,
  coordinatingUnitIds: row.coordinating_unit_ids ?? [],
});

/** The notice of one member at one step: the lead unit for a reminder, the chain's unit for a ladder step. */
function noticeOf(member: CohortMember, step: CohortStep, issuingUnitId: string): MemberNotice {
  const noticeId = `${member.taskId}:${step.noticeKey}`;
  const base = { noticeId, taskId: member.taskId, awaiting: step.obligation, dueAt: step.dueAt };
  if (step.kind === 'reminder') {
    return { member, input: { ...base, kind: 'reminder', targetUnitId: member.leadUnitId } };
  }
  return {
    member,
    input: {
      ...base,
      kind: step.noticeKind,
      targetUnitId: chainTarget(member.leadPath, issuingUnitId, step.step),
      level: step.level,
      lateUnitId: member.leadUnitId,
    },
  };
}

/**
 * The overdue mark of every member at once: the reducer's row change (status overdue)
 * in one statement and one audit row each, keyed as each task's own workflow keys it.
 */
async function markOverdue(manager: EntityManager, members: CohortMember[], obligationId: string): Promise<void> {
  const now = new Date();
  const audit: AuditRecord[] = [];
  const ids: string[] = [];
  const statuses: string[] = [];
  for (const member of members) {
    const eventId = auditEventId(taskWorkflowId(member.taskId), `overdue:${obligationId}`);
    const next = applyToRecord(
      {
        status: member.status,
        phase: member.phase as never,
        deadline: now,
        acknowledgedAt: null,
        reviewDeadline: null,
        revisionDeadline: null,
        completedAt: null,
        cancelReason: null,
        subtaskOverrideReason: null,
      },
      { type: 'overdue', obligation: 'report' },
      now,
    );
    ids.push(member.taskId);
    statuses.push(next.status);
    audit.push({
      eventId,
      entityType: 'task',
      entityId: member.taskId,
      action: 'task.overdue',
      actor: 'system',
      before: { status: member.status, phase: member.phase },
      after: { status: next.status, phase: next.phase, obligation: 'report' },
    });
    member.status = next.status;
  }
  if (ids.length === 0) return;
  // A retried step finds its marks: the rows' status is already what the reducer gives.
  await manager.query(
    `UPDATE tasks t SET status = v.status, updated_at = now()
     FROM unnest($1::uuid[], $2::text[]) AS v(id, status) WHERE t.id = v.id AND t.status <> v.status`,
    [ids, statuses],
  );
  await appendAudit(manager, audit);
}
