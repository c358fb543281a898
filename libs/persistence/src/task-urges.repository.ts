import type { DataSource } from 'typeorm';
import type { UrgeRefusal } from '@dondoc/workflow-contract';
import { appendAudit } from './audit/audit-append';

export interface RecordUrgeInput {
  eventId: string;
  urgeId: string;
  taskId: string;
  actor: string;
  note: string;
  minIntervalMinutes: number;
}

export type UrgeJudgement =
  | { status: 'urged'; urgedAt: Date; nextAllowedAt: Date; leadUnitId: string; deadline: Date }
  | { status: 'refused'; reason: UrgeRefusal; nextAllowedAt?: Date };

/**
 * A leader's urges of tasks: each is one `task.urged` audit row on the task, and that
 * row is also the rate limit (the last urge of the task, by whoever, round urges
 * included). Judged under a transaction-scoped advisory lock per task, so two urges of
 * the same task at the same moment are serialized and the second is refused; the task
 * row is only read (its driver stays its one writer).
 */
export class TaskUrgesRepository {
  constructor(private readonly db: DataSource) {}

  record(input: RecordUrgeInput): Promise<UrgeJudgement> {
    return this.db.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [`task-urge:${input.taskId}`]);
      const [task] = (await manager.query(
        'SELECT status, lead_unit_id AS "leadUnitId", deadline, now() AS now FROM tasks WHERE id = $1',
        [input.taskId],
      )) as { status: string; leadUnitId: string; deadline: Date; now: Date }[];
      if (!task) return { status: 'refused', reason: 'not_found' };
      const intervalMs = input.minIntervalMinutes * 60_000;
      const [done] = (await manager.query('SELECT occurred_at AS at FROM audit_events WHERE event_id = $1', [
        input.eventId,
      ])) as { at: Date }[];
      // A retried activity finds its own row: the urge stands, its notice is sent again (once, by its id).
      if (done) return urged(task, new Date(done.at), intervalMs);
      if (task.status === 'completed' || task.status === 'cancelled') return { status: 'refused', reason: 'closed' };
      const [last] = (await manager.query(
        `SELECT max(occurred_at) AS at FROM audit_events
          WHERE entity_type = 'task' AND entity_id = $1 AND action = 'task.urged'`,
        [input.taskId],
      )) as { at: Date | null }[];
      const lastAt = last?.at ? new Date(last.at).getTime() : null;
      if (lastAt !== null && lastAt + intervalMs > new Date(task.now).getTime())
        return { status: 'refused', reason: 'rate_limited', nextAllowedAt: new Date(lastAt + intervalMs) };
      await appendAudit(manager, [
        {
          eventId: input.eventId,
          entityType: 'task',
          entityId: input.taskId,
          action: 'task.urged',
          actor: input.actor,
          before: null,
          after: { urgeId: input.urgeId, note: input.note, unitId: task.leadUnitId },
        },
      ]);
      return urged(task, new Date(task.now), intervalMs);
    });
  }
}

function urged(task: { leadUnitId: string; deadline: Date }, at: Date, intervalMs: number): UrgeJudgement {
  return {
    status: 'urged',
    urgedAt: at,
    nextAllowedAt: new Date(at.getTime() + intervalMs),
    leadUnitId: task.leadUnitId,
    deadline: new Date(task.deadline),
  };
}
