import type { DataSource } from 'typeorm';
import type {
  Confidentiality,
  MyWorkAction,
  MyWorkBucket,
  MyWorkWindow,
  TaskPhase,
  TaskStatus,
  Urgency,
} from '@dondoc/domain';

/** Whose work, and which sides of it (myWorkSides in libs/domain). */
export interface MyWorkQuery {
  unitId: string;
  lead: boolean;
  review: boolean;
  window: MyWorkWindow;
  /** Items per bucket (the counts are of all). */
  limit: number;
  /** Items of this bucket only (every bucket is still counted). */
  bucket?: MyWorkBucket;
}

/** One thing to do, with what the dashboard shows of it. */
export interface MyWorkRow {
  bucket: MyWorkBucket;
  action: MyWorkAction;
  dueAt: Date;
  /** Items in this bucket, all of them (not only those read). */
  bucketCount: number;
  /** False for the one row read of a bucket other than the one asked for: there for its count. */
  listed: boolean;
  taskId: string;
  taskTitle: string;
  phase: TaskPhase;
  status: TaskStatus;
  deadline: Date;
  reportRequired: boolean;
  directiveId: string;
  documentNumber: string;
  directiveTitle: string;
  confidentiality: Confidentiality;
  urgency: Urgency;
  reportingCycleId: string | null;
  periodKey: string | null;
  /** The other side: who assigned the task (acting), who reported (review), who asked (explanation). */
  counterpartId: string;
  counterpartCode: string;
  counterpartName: string;
  /** The report waiting for review (review only). */
  reportId: string | null;
  reportVersion: number | null;
  /** The explanation request (answer_explanation only). */
  explanationId: string | null;
  explanationNote: string | null;
}

/**
 * My work in one statement: the three sources of things to do (the unit's open tasks as
 * lead, the reports waiting for its review, the explanations asked of it), each item's
 * due instant and bucket, then per bucket its count and its first `limit` items in order
 * of due instant; the task's columns are carried from the source, so only the rows
 * returned are joined to their directive and units (by primary key). The bucket CASE is `myWorkBucket` (libs/domain/src/my-work.ts) on the
 * window the service computed from the business calendar; the action CASE is
 * `leadSideAction`. Each source is an index range of one unit: `ix_tasks_open_lead_deadline`
 * (lead), `ix_tasks_review_assigning` (review), `ix_explanation_requests_unit` (explanations).
 */
const MY_WORK_SQL = `
WITH items AS (
  SELECT t.id AS task_id, t.title, t.phase, t.status, t.deadline, t.report_required, t.directive_id,
         CASE WHEN d.reporting_cycle_id IS NOT NULL THEN 'answer_round'
              WHEN t.phase = 'awaiting_ack' THEN 'acknowledge' ELSE 'report' END AS action,
         CASE t.phase WHEN 'awaiting_ack' THEN LEAST(COALESCE(t.ack_deadline, t.deadline), t.deadline)
                      WHEN 'revising' THEN COALESCE(t.revision_deadline, t.deadline)
                      ELSE t.deadline END AS due_at,
         t.assigning_unit_id AS counterpart_id,
         NULL::uuid AS explanation_id
    FROM tasks t JOIN directives d ON d.id = t.directive_id
   WHERE $2 AND t.lead_unit_id = $1
     AND t.status IN ('assigned', 'overdue') AND t.phase IN ('awaiting_ack', 'in_progress', 'revising')
  UNION ALL
  SELECT t.id, t.title, t.phase, t.status, t.deadline, t.report_required, t.directive_id,
         'review', COALESCE(t.review_deadline, t.deadline), t.lead_unit_id, NULL::uuid
    FROM tasks t
   WHERE $3 AND t.assigning_unit_id = $1 AND t.phase = 'under_review' AND t.status IN ('assigned', 'overdue')
  UNION ALL
  SELECT t.id, t.title, t.phase, t.status, t.deadline, t.report_required, t.directive_id,
         'answer_explanation', e.due_at, e.requesting_unit_id, e.id
    FROM explanation_requests e JOIN tasks t ON t.id = e.task_id
   WHERE $2 AND e.unit_id = $1 AND e.status = 'open'
), bucketed AS (
  SELECT i.*,
         CASE WHEN i.due_at < $4 THEN 'overdue'
              WHEN i.due_at < $5 THEN 'due_today'
              WHEN i.due_at < $6 THEN 'due_soon'
              WHEN i.action = 'review' THEN 'review'
              WHEN i.action = 'answer_explanation' THEN 'explanation'
              WHEN i.action = 'answer_round' THEN 'round' END AS bucket
    FROM items i
), ranked AS (
  SELECT b.*,
         row_number() OVER (PARTITION BY b.bucket ORDER BY b.due_at, b.task_id, b.action) AS rank,
         count(*) OVER (PARTITION BY b.bucket)::int AS bucket_count
    FROM bucketed b
   WHERE b.bucket IS NOT NULL
)
SELECT r.bucket, r.action, r.due_at AS "dueAt", r.bucket_count AS "bucketCount",
       ($8::text IS NULL OR r.bucket = $8) AS listed,
       r.task_id AS "taskId", r.title AS "taskTitle", r.phase, r.status, r.deadline, r.report_required AS "reportRequired",
       d.id AS "directiveId", d.document_number AS "documentNumber", d.title AS "directiveTitle",
       d.confidentiality, d.urgency, d.reporting_cycle_id AS "reportingCycleId", d.period_key AS "periodKey",
       cu.id AS "counterpartId", cu.code AS "counterpartCode", cu.name AS "counterpartName",
       rp.id AS "reportId", rp.version AS "reportVersion",
       e.id AS "explanationId", e.note AS "explanationNote"
  FROM ranked r
  JOIN directives d ON d.id = r.directive_id
  JOIN units cu ON cu.id = r.counterpart_id
  LEFT JOIN LATERAL (
    SELECT tr.id, tr.version FROM task_reports tr
     WHERE r.action = 'review' AND tr.task_id = r.task_id ORDER BY tr.version DESC LIMIT 1) rp ON true
  LEFT JOIN explanation_requests e ON e.id = r.explanation_id
 WHERE r.rank <= CASE WHEN $8::text IS NULL OR r.bucket = $8 THEN $7 ELSE 1 END
 ORDER BY r.bucket, r.rank`;

/** What the signed-in person must do (GET /me/work). */
export class MyWorkRepository {
  constructor(private readonly dataSource: DataSource) {}

  async items(query: MyWorkQuery): Promise<MyWorkRow[]> {
    const { unitId, lead, review, window, limit, bucket } = query;
    if (!lead && !review) return [];
    return this.dataSource.query(MY_WORK_SQL, [
      unitId,
      lead,
      review,
      window.now,
      window.endOfToday,
      window.horizon,
      limit,
      bucket ?? null,
    ]);
  }
}
