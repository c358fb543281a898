import type { DataSource } from 'typeorm';

/** Whose history: the rows that belong to one entity, or what one person did. */
export type HistorySubject =
  | { kind: 'task'; id: string }
  | { kind: 'directive'; id: string }
  | { kind: 'unit'; id: string }
  | { kind: 'user'; username: string };

export interface HistoryFilter {
  from?: Date;
  to?: Date;
  actor?: string;
  action?: string;
  limit: number;
  offset: number;
}

export interface HistoryRow {
  entryKind: 'change' | 'notice';
  at: Date;
  action: string;
  actor: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  noticeId: string | null;
  level: number | null;
  targetUnitId: string | null;
  targetUnitName: string | null;
  lateUnitId: string | null;
  recipients: number | null;
  readBy: number | null;
  actorUserId: string | null;
  actorFullName: string | null;
  actorUnitId: string | null;
  actorUnitName: string | null;
  taskId: string | null;
  directiveId: string | null;
}

export interface DeliveryTally {
  noticeId: string;
  channel: string;
  status: string;
  count: number;
}

/**
 * Per-entity history: the audit rows of the entity (for a directive: its tasks and
 * sub-tasks too) merged in time order with the notices the system sent about it
 * (one entry per notice, however many people received it), with paging and filters.
 */
export class HistoryRepository {
  constructor(private readonly db: DataSource) {}

  /**
   * `scopePath` is the reader's unit path: a task's rows and notices appear only when the
   * reader may see the task (its lead or a coordinating unit in the subtree), as in the
   * task lists, so a directive's or a person's history never shows another unit's task.
   */
  async page(
    subject: HistorySubject,
    filter: HistoryFilter,
    scopePath: string,
  ): Promise<{ total: number; rows: HistoryRow[] }> {
    const params: unknown[] = [];
    const p = (value: unknown) => `$${params.push(value)}`;
    const subjectRows = subjectWhere(subject, p);
    let { audit, notices } = subjectRows;
    if (scopePath !== '/') {
      const path = p(`${scopePath}%`);
      const visible = (taskId: string) => `EXISTS (
          SELECT 1 FROM tasks vt JOIN units vu ON vu.id = vt.lead_unit_id
           WHERE vt.id = ${taskId} AND (vu.path LIKE ${path} OR EXISTS (
             SELECT 1 FROM task_coordinators vc JOIN units vcu ON vcu.id = vc.unit_id
              WHERE vc.task_id = vt.id AND vcu.path LIKE ${path})))`;
      const visibleDirective = (directiveId: string) => `EXISTS (
          SELECT 1 FROM directives vd JOIN units vdu ON vdu.id = vd.issuing_unit_id
           WHERE vd.id = ${directiveId} AND (vdu.path LIKE ${path} OR EXISTS (
             SELECT 1 FROM tasks vt JOIN units vu ON vu.id = vt.lead_unit_id
              WHERE vt.directive_id = vd.id AND vu.path LIKE ${path})))`;
      // A draft's steps (decision 74): seen with its unit, or with the directive it issued.
      const visibleDraft = (draftId: string) => `EXISTS (
          SELECT 1 FROM directive_drafts vdr JOIN units vdru ON vdru.id = vdr.unit_id
           WHERE vdr.id = ${draftId} AND (vdru.path LIKE ${path}
             OR (vdr.directive_id IS NOT NULL AND ${visibleDirective('vdr.directive_id')})))`;
      audit = `(${audit}) AND (a.entity_type NOT IN ('task', 'directive', 'draft')
                 OR (a.entity_type = 'task' AND ${visible('a.entity_id')})
                 OR (a.entity_type = 'directive' AND ${visibleDirective('a.entity_id')})
                 OR (a.entity_type = 'draft' AND ${visibleDraft('a.entity_id')}))`;
      notices = `(${notices}) AND (n.task_id IS NULL OR ${visible('n.task_id')})`;
    }
    const conditions: string[] = [];
    if (filter.from) conditions.push(`e.at >= ${p(filter.from)}`);
    if (filter.to) conditions.push(`e.at < ${p(filter.to)}`);
    if (filter.actor) conditions.push(`e.actor = ${p(filter.actor)}`);
    if (filter.action) conditions.push(`e.action = ${p(filter.action)}`);
    const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
    const entries = `
      SELECT 'change' AS entry_kind, a.occurred_at AS at, a.seq AS ord, a.action, a.actor, a.entity_type,
             a.entity_id::text AS entity_id, a.before, a.after, NULL::text AS notice_id, NULL::int AS level,
             NULL::uuid AS target_unit_id, NULL::uuid AS late_unit_id, NULL::int AS recipients, NULL::int AS read_by,
             CASE WHEN a.entity_type = 'task' THEN a.entity_id END AS task_id,
             CASE WHEN a.entity_type = 'directive' THEN a.entity_id
                  WHEN a.entity_type = 'draft' THEN (SELECT directive_id FROM directive_drafts WHERE id = a.entity_id) END AS directive_id
        FROM audit_events a WHERE ${audit}
      UNION ALL
      SELECT 'notice', min(n.created_at), 0, 'notice.' || n.kind, 'system', 'task', n.task_id::text, NULL, NULL,
             n.notice_id, max(n.level), (array_agg(n.unit_id))[1], (array_agg(n.late_unit_id))[1],
             count(*)::int, count(n.read_at)::int, n.task_id, (array_agg(n.directive_id))[1]
        FROM notifications n WHERE ${notices}
       GROUP BY n.notice_id, n.kind, n.task_id`;
    const [{ total }] = await this.db.query(`SELECT count(*)::int AS total FROM (${entries}) e ${where}`, params);
    const rows = await this.db.query(
      `SELECT e.entry_kind AS "entryKind", e.at, e.action, e.actor, e.entity_type AS "entityType", e.entity_id AS "entityId",
              e.before, e.after, e.notice_id AS "noticeId", e.level, e.target_unit_id AS "targetUnitId",
              tu.name AS "targetUnitName", e.late_unit_id AS "lateUnitId", e.recipients, e.read_by AS "readBy",
              u.id AS "actorUserId", u.full_name AS "actorFullName", u.unit_id AS "actorUnitId", au.name AS "actorUnitName",
              e.task_id AS "taskId", coalesce(e.directive_id, t.directive_id) AS "directiveId"
         FROM (${entries}) e
         LEFT JOIN users u ON u.username = e.actor
         LEFT JOIN units au ON au.id = u.unit_id
         LEFT JOIN units tu ON tu.id = e.target_unit_id
         LEFT JOIN tasks t ON t.id = e.task_id
         ${where}
        ORDER BY e.at, e.ord
        LIMIT ${p(filter.limit)} OFFSET ${p(filter.offset)}`,
      params,
    );
    return { total, rows };
  }

  /** A person, active or not, with the path of their unit (for the visibility check). */
  async user(id: string): Promise<{ id: string; username: string; unitPath: string } | null> {
    const [row] = await this.db.query(
      'SELECT u.id, u.username, un.path AS "unitPath" FROM users u JOIN units un ON un.id = u.unit_id WHERE u.id = $1',
      [id],
    );
    return row ?? null;
  }

  /** How the e-mails and webhook calls of these notices fared, by channel and status. */
  async deliveries(noticeIds: string[]): Promise<DeliveryTally[]> {
    if (noticeIds.length === 0) return [];
    return this.db.query(
      `SELECT notice_id AS "noticeId", channel, status, count(*)::int AS count
         FROM deliveries WHERE notice_id = ANY($1) GROUP BY notice_id, channel, status ORDER BY notice_id, channel, status`,
      [noticeIds],
    );
  }
}

function subjectWhere(subject: HistorySubject, p: (value: unknown) => string): { audit: string; notices: string } {
  switch (subject.kind) {
    case 'task': {
      const id = p(subject.id);
      return { audit: `a.entity_type = 'task' AND a.entity_id = ${id}`, notices: `n.task_id = ${id}` };
    }
    case 'directive': {
      const id = p(subject.id);
      const tasks = `(SELECT id FROM tasks WHERE directive_id = ${id})`;
      return {
        // With the steps of the draft that issued it (decision 74).
        audit: `((a.entity_type = 'directive' AND a.entity_id = ${id}) OR (a.entity_type = 'task' AND a.entity_id IN ${tasks})
                 OR (a.entity_type = 'draft' AND a.entity_id IN (SELECT id FROM directive_drafts WHERE directive_id = ${id})))`,
        notices: `n.task_id IN ${tasks}`,
      };
    }
    case 'unit': {
      const id = p(subject.id);
      return {
        audit: `((a.entity_type = 'unit' AND a.entity_id = ${id}) OR (a.entity_type = 'task' AND a.entity_id IN (SELECT id FROM tasks WHERE lead_unit_id = ${id})))`,
        notices: `(n.unit_id = ${id} OR n.late_unit_id = ${id})`,
      };
    }
    case 'user':
      return { audit: `a.actor = ${p(subject.username)}`, notices: 'false' };
  }
}
