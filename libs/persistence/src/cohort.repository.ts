import type { DataSource, EntityManager } from 'typeorm';
import { applyToRecord, chainTarget, MEMBER_AWAITS, type CohortProgress, type CohortStep } from '@dondoc/domain';
import { auditEventId, taskWorkflowId } from '@dondoc/workflow-contract';
import { alreadyRecorded, appendAudit, type AuditRecord } from './audit/audit-append';
import { DirectiveEntity, TaskCohortEntity } from './entities';
import { completeDirectiveIfDone } from './task-events.repository';
import { assignCohorts } from './cohort-assign';
import {
  MEMBER_SELECT,
  toMember,
  type CohortMember,
  type MemberNotice,
  type MemberRow,
  type WriteNotices,
} from './cohort-members';

export type { AssignedMember, CohortMember, MemberNotice, WriteNotices } from './cohort-members';

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

  /** Puts the directive's tasks in cohorts (cohort-assign.ts says how). */
  assign(...args: Parameters<typeof assignCohorts>): Promise<number> {
    return assignCohorts(...args);
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
