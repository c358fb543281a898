import type { DataSource } from 'typeorm';
import type { CountingBasis, DeadlineMode, RankingFacts, SubtaskRule, UnitCounts, UnitEnding } from '@dondoc/domain';
import { escapeLike } from '../sql';
import { HISTORICAL_FACTS, LIVE_FACTS } from './stats-facts.sql';

/** Whose tasks: one unit's, or every unit's of a subtree (by materialised path). */
export interface StatsScope {
  unitId: string;
  unitPath: string;
  subtree: boolean;
  /**
   * Units ended into the scope's units (StatsRepository.endings), counted with them: their
   * tasks are attributed to their successor by libs/domain's lineage (docs/decisions/0079).
   */
  endedInto?: string[];
}

export interface FactsQuery {
  scope: StatsScope;
  from: Date;
  to: Date;
  basis: CountingBasis;
  mode: DeadlineMode;
  subtasks: SubtaskRule;
  /** Rebuild from the audit log as of this instant; absent: the read model now. */
  asOf?: Date;
}

export interface OverdueRow {
  taskId: string;
  taskTitle: string;
  unitId: string;
  unitName: string;
  directiveId: string;
  documentNumber: string;
  deadline: Date;
  originalDeadline: Date;
  escalationLevel: number | null;
  lastNoticeKind: string | null;
  lastNoticeAt: Date | null;
  lastNoticeTitle: string | null;
  explanationId: string | null;
  explanationStatus: string | null;
  explanationDueAt: Date | null;
  reasonCategory: string | null;
  answer: string | null;
  answeredAt: Date | null;
}

/**
 * The statistics' SQL (docs/statistics.md): task facts for the completion table and the
 * rankings (now, or as of an instant from the audit log), per-unit notice and
 * explanation counts, and the overdue pack. The counting itself is libs/domain's.
 */
export class StatsRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * The units ended by `asOf` into a unit of the scope, directly or through other ended
   * units (a recursive walk down the successor links), with their successor's name and the
   * instant they ended: what libs/domain's unitLineage attributes to successors.
   */
  async endings(scope: StatsScope, asOf: Date): Promise<UnitEnding[]> {
    const params: unknown[] = [asOf];
    const p = (value: unknown) => `$${params.push(value)}`;
    return this.db.query(
      `WITH RECURSIVE ended AS (
         SELECT u.id, u.code, u.name, u.successor_id, s.name AS successor_name, u.deactivated_at
           FROM units u JOIN units s ON s.id = u.successor_id
          WHERE NOT u.active AND u.deactivated_at <= $1 AND ${scopeSql({ ...scope, endedInto: [] }, p, 's')}
         UNION
         SELECT u.id, u.code, u.name, u.successor_id, e.name, u.deactivated_at
           FROM units u JOIN ended e ON e.id = u.successor_id
          WHERE NOT u.active AND u.deactivated_at <= $1
       )
       SELECT id, code, name, successor_id AS "successorId", successor_name AS "successorName",
              deactivated_at AS "endedAt"
         FROM ended`,
      params,
    );
  }

  /** One row per candidate task; the domain decides which count and in which bucket. */
  async facts(q: FactsQuery): Promise<RankingFacts[]> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const scopeWhere = scopeSql(q.scope, p, 'u');
    const conditions = [q.subtasks === 'exclude' ? 't.depth = 0' : 'true'];
    // A cheap pre-filter; the domain applies the exact rule. Historical deadlines may
    // differ from today's, so the due basis is not pre-filtered as of an instant.
    if (q.basis === 'assigned') conditions.push(`t.created_at >= ${p(q.from)} AND t.created_at < ${p(q.to)}`);
    else if (!q.asOf) {
      const column = q.mode === 'original' ? 't.original_deadline' : 't.deadline';
      conditions.push(`${column} >= ${p(q.from)} AND ${column} < ${p(q.to)}`);
    } else conditions.push(`t.created_at < ${p(q.to)}`);
    const sql = q.asOf
      ? HISTORICAL_FACTS(scopeWhere, conditions.join(' AND '), p(q.asOf))
      : LIVE_FACTS(scopeWhere, conditions.join(' AND '));
    const rows: RankingFacts[] = await this.db.query(sql, params);
    return rows;
  }

  /** The query plan of the facts query (for the benchmark). */
  async explainFacts(q: FactsQuery): Promise<string> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const scopeWhere = scopeSql(q.scope, p, 'u');
    const prefilter = `t.created_at >= ${p(q.from)} AND t.created_at < ${p(q.to)}`;
    const sql = q.asOf ? HISTORICAL_FACTS(scopeWhere, prefilter, p(q.asOf)) : LIVE_FACTS(scopeWhere, prefilter);
    const rows: { 'QUERY PLAN': string }[] = await this.db.query(`EXPLAIN (ANALYZE, BUFFERS) ${sql}`, params);
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  }

  /**
   * Escalations received (distinct escalation notices naming the unit as the late one)
   * and explanation requests addressed to it, in [from, to) and up to `asOf`.
   */
  async unitCounts(scope: StatsScope, from: Date, to: Date, asOf: Date): Promise<UnitCounts> {
    const params: unknown[] = [from, to, asOf];
    const p = (value: unknown) => `$${params.push(value)}`;
    const rows: { unitId: string; escalations: number; explanationRequests: number }[] = await this.db.query(
      `WITH esc AS (
         SELECT n.late_unit_id AS unit_id, count(DISTINCT n.notice_id)::int AS n
           FROM notifications n WHERE n.kind = 'escalation' AND n.late_unit_id IS NOT NULL
            AND n.created_at >= $1 AND n.created_at < $2 AND n.created_at <= $3
          GROUP BY n.late_unit_id
       ), req AS (
         SELECT e.unit_id, count(*)::int AS n FROM explanation_requests e
          WHERE e.requested_at >= $1 AND e.requested_at < $2 AND e.requested_at <= $3
          GROUP BY e.unit_id
       )
       SELECT u.id AS "unitId", coalesce(esc.n, 0) AS escalations, coalesce(req.n, 0) AS "explanationRequests"
         FROM units u LEFT JOIN esc ON esc.unit_id = u.id LEFT JOIN req ON req.unit_id = u.id
        WHERE (esc.n IS NOT NULL OR req.n IS NOT NULL) AND ${scopeSql(scope, p, 'u')}`,
      params,
    );
    return new Map(
      rows.map((r) => [r.unitId, { escalations: r.escalations, explanationRequests: r.explanationRequests }]),
    );
  }

  /** Unit names by id (for rows of units that have counts but no tasks). */
  async unitNames(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; name: string }[] = await this.db.query('SELECT id, name FROM units WHERE id = ANY($1)', [
      ids,
    ]);
    return new Map(rows.map((r) => [r.id, r.name]));
  }

  /** The whole pack, read in batches (for exports of any size). */
  async *overdueBatches(scope: StatsScope, now: Date, limit: number, batch = 5_000): AsyncIterable<OverdueRow[]> {
    let after: OverdueRow | undefined;
    for (let read = 0; read < limit;) {
      const rows = await this.overdue(scope, now, Math.min(batch, limit - read), after);
      if (rows.length === 0) return;
      yield rows;
      read += rows.length;
      after = rows[rows.length - 1];
    }
  }

  /**
   * Open tasks past their deadline at `now`, by unit: the escalation level reached, the
   * last notice about the task, and the latest explanation request with its answer.
   */
  async overdue(scope: StatsScope, now: Date, limit: number, after?: OverdueRow): Promise<OverdueRow[]> {
    const params: unknown[] = [now];
    const p = (value: unknown) => `$${params.push(value)}`;
    // Keyset paging in the pack's order, so an export reads it batch by batch.
    const keyset = after
      ? `AND (u.name, t.deadline, t.id) > (${p(after.unitName)}, ${p(after.deadline)}, ${p(after.taskId)})`
      : '';
    // The page first (sorted, limited), then the look-ups for its rows only.
    return this.db.query(
      `WITH page AS (
         SELECT t.id, t.title, t.deadline, t.original_deadline, t.directive_id, u.id AS unit_id, u.name AS unit_name
           FROM tasks t JOIN units u ON u.id = t.lead_unit_id
          WHERE t.status IN ('assigned', 'overdue') AND t.deadline < $1 AND ${scopeSql(scope, p, 'u')} ${keyset}
          ORDER BY u.name, t.deadline, t.id
          LIMIT ${p(limit)})
       SELECT t.id AS "taskId", t.title AS "taskTitle", t.unit_id AS "unitId", t.unit_name AS "unitName",
              d.id AS "directiveId", d.document_number AS "documentNumber", t.deadline,
              t.original_deadline AS "originalDeadline", esc.level AS "escalationLevel",
              ln.kind AS "lastNoticeKind", ln.created_at AS "lastNoticeAt", ln.title AS "lastNoticeTitle",
              ex.id AS "explanationId", ex.status AS "explanationStatus", ex.due_at AS "explanationDueAt",
              ex.reason_category AS "reasonCategory", ex.answer, ex.answered_at AS "answeredAt"
         FROM page t
         JOIN directives d ON d.id = t.directive_id
         LEFT JOIN LATERAL (SELECT max(n.level) AS level FROM notifications n
                             WHERE n.task_id = t.id AND n.kind IN ('overdue', 'escalation')) esc ON true
         LEFT JOIN LATERAL (SELECT n.kind, n.created_at, n.title FROM notifications n
                             WHERE n.task_id = t.id ORDER BY n.created_at DESC LIMIT 1) ln ON true
         LEFT JOIN LATERAL (SELECT * FROM explanation_requests e
                             WHERE e.task_id = t.id ORDER BY e.requested_at DESC LIMIT 1) ex ON true
        ORDER BY t.unit_name, t.deadline, t.id`,
      params,
    );
  }
}

function scopeSql(scope: StatsScope, p: (value: unknown) => string, alias: string): string {
  const own = scope.subtree
    ? `${alias}.path LIKE ${p(`${escapeLike(scope.unitPath)}%`)}`
    : `${alias}.id = ${p(scope.unitId)}`;
  return scope.endedInto?.length ? `(${own} OR ${alias}.id = ANY(${p(scope.endedInto)}::uuid[]))` : own;
}
