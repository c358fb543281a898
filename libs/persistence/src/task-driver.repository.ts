import type { DataSource, EntityManager } from 'typeorm';
import {
  acknowledgeRefusal,
  ConflictError,
  memberState,
  OPEN_STATUSES,
  TASK_REFUSALS,
  type CohortProgress,
  type CohortTerms,
  type LeaveVerdict,
  type TaskState,
} from '@dondoc/domain';
import { auditEventId, taskWorkflowId, type TaskWorkflowInput } from '@dondoc/workflow-contract';
import { appendAudit } from './audit/audit-append';
import { applyTaskEventIn } from './task-events.repository';

const OPEN = OPEN_STATUSES as readonly string[];

/**
 * Who drives a task, and its moves between drivers (docs/decisions/0065-task-cohorts.md):
 * a task its cohort follows acknowledged as a row change, or handed over to its own
 * workflow, and that workflow confirming it runs. Each move locks the task's row first,
 * as a cohort's step does for every member it writes, so a step and a move of the same
 * task are serialized: whichever commits second sees the first.
 */
export class TaskDriverRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Hands a task over to its own workflow, once: locks its row, then (a statement later,
   * so a step that committed while this waited for the lock is seen) reads the cohort's
   * bookkeeping as the task's state from this instant, asks `judge` what the update
   * does to a task in that state (refused: a ConflictError and the task stays; answered
   * without a change: the answer and the task stays), and records who drives it now (one
   * audit row). Returns the input its workflow starts with; the same input again while
   * that workflow has not confirmed it runs (a retry after a crash); null for a task that
   * has its own workflow already, or always had. A closed member (its cohort cancelled
   * it) refuses: there is nothing left to do to it.
   */
  async takeOver(
    taskId: string,
    inputOf: (manager: EntityManager) => Promise<Omit<TaskWorkflowInput, 'state'> | null>,
    actor = 'system',
    judge: (state: TaskState, input: Omit<TaskWorkflowInput, 'state'>) => LeaveVerdict = () => ({ kind: 'leaves' }),
  ): Promise<TakeOverResult | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: TakeOverRow[] = await manager.query(
        'SELECT driver, status, acknowledged_at, handover, cohort_id FROM tasks WHERE id = $1 FOR UPDATE',
        [taskId],
      );
      if (!row || row.driver === null) return null;
      if (row.driver === 'task') return row.handover ? { input: row.handover as TaskWorkflowInput } : null;
      if (!OPEN.includes(row.status)) throw new ConflictError(TASK_REFUSALS.closed, [{ field: 'id', message: taskId }]);
      const base = await inputOf(manager);
      if (!base) return null;
      const state = memberState(...(await cohortOf(manager, row.cohort_id!)), {
        acknowledgedAt: row.acknowledged_at?.toISOString() ?? null,
      });
      const verdict = judge(state, base);
      if (verdict.kind === 'refused')
        throw new ConflictError(verdict.reason, [{ field: 'id', message: verdict.reason }]);
      if (verdict.kind === 'answered') return { answer: verdict.value };
      const input: TaskWorkflowInput = { ...base, state, takenOverFrom: row.cohort_id! };
      await manager.query(`UPDATE tasks SET driver = 'task', handover = $2, updated_at = now() WHERE id = $1`, [
        taskId,
        JSON.stringify(input),
      ]);
      await appendAudit(manager, [
        {
          eventId: auditEventId(taskWorkflowId(taskId), 'own-workflow'),
          entityType: 'task',
          entityId: taskId,
          action: 'task.own_follow_up',
          actor,
          before: { driver: 'cohort', cohortId: row.cohort_id },
          after: { driver: 'task' },
        },
      ]);
      return { input };
    });
  }

  /** The task's own workflow runs: the hand-over is complete. */
  async confirmTakeOver(taskId: string): Promise<void> {
    await this.dataSource.query(`UPDATE tasks SET handover = NULL WHERE id = $1 AND driver = 'task'`, [taskId]);
  }

  /**
   * A member acknowledges: a row change with its audit row, as its own workflow would
   * record it (same reducer, same event id), refused as the workflow's validator would.
   * Null when the cohort does not drive the task (its own workflow takes the update).
   */
  async acknowledge(
    taskId: string,
    request: { actor: string; actorUnitId: string },
    now = new Date(),
  ): Promise<TaskState | null> {
    return this.dataSource.transaction(async (manager) => {
      const [row]: (TakeOverRow & { lead_unit_id: string; assigning_unit_id: string })[] = await manager.query(
        `SELECT driver, status, acknowledged_at, cohort_id, lead_unit_id, assigning_unit_id
         FROM tasks WHERE id = $1 AND driver = 'cohort' FOR UPDATE`,
        [taskId],
      );
      if (!row) return null;
      if (!OPEN.includes(row.status)) throw new ConflictError(TASK_REFUSALS.closed, [{ field: 'id', message: taskId }]);
      const [terms, progress] = await cohortOf(manager, row.cohort_id!);
      const facts = { acknowledgedAt: row.acknowledged_at?.toISOString() ?? null };
      const refusal = acknowledgeRefusal(
        memberState(terms, progress, facts),
        { leadUnitId: row.lead_unit_id, issuingUnitId: row.assigning_unit_id },
        request,
      );
      if (refusal) throw new ConflictError(refusal, [{ field: 'id', message: refusal }]);
      const at = now.toISOString();
      await applyTaskEventIn(manager, {
        eventId: auditEventId(taskWorkflowId(taskId), 'acknowledged'),
        taskId,
        actor: request.actor,
        event: { type: 'acknowledged', at },
      });
      return memberState(terms, progress, { acknowledgedAt: at });
    });
  }

  /** Tasks handed over whose own workflow has not confirmed it runs within `olderThanMs`: the reconciler starts them. */
  async pendingHandOvers(olderThanMs: number, limit = 500): Promise<{ taskId: string; input: TaskWorkflowInput }[]> {
    const rows: { id: string; handover: TaskWorkflowInput }[] = await this.dataSource.query(
      `SELECT id, handover FROM tasks WHERE handover IS NOT NULL AND updated_at < now() - make_interval(secs => $1)
       ORDER BY updated_at LIMIT $2`,
      [olderThanMs / 1000, limit],
    );
    return rows.map((row) => ({ taskId: row.id, input: row.handover }));
  }
}

interface TakeOverRow {
  driver: 'cohort' | 'task' | null;
  status: string;
  acknowledged_at: Date | null;
  handover: unknown;
  cohort_id: string | null;
}

/** What leaving a cohort gives the caller: the input the task's own workflow starts with, or the answer without leaving. */
export type TakeOverResult = { input: TaskWorkflowInput } | { answer: unknown };

/**
 * The cohort's terms and progress, read in their own statement once the member's row is
 * locked: under READ COMMITTED it sees a step that committed while the lock was awaited.
 */
async function cohortOf(
  manager: EntityManager,
  cohortId: string,
): Promise<[Pick<CohortTerms, 'deadline' | 'ackDeadline'>, CohortProgress]> {
  const [c]: { deadline: Date; ack_deadline: Date; progress: CohortProgress }[] = await manager.query(
    'SELECT deadline, ack_deadline, progress FROM task_cohorts WHERE id = $1',
    [cohortId],
  );
  return [{ deadline: c!.deadline.toISOString(), ackDeadline: c!.ack_deadline.toISOString() }, c!.progress];
}
