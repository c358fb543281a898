/**
 * The SQL of the completion table's facts: one row per task with what the counting
 * rules (libs/domain/src/stats) need, either from the read model as it is now or as it
 * stood at an instant, rebuilt from the audit log (docs/statistics.md, "asOf"):
 * - the lead unit: the one before the first later `task.handed_over` row (or `task.reassigned`,
 *   written before hand-overs went through the task's workflow), if any;
 * - the deadline in force: the last `task.deadline_changed` or approved
 *   `task.extension_decided` row's deadline up to the instant, else the original;
 * - completed: a `task.review` row with status completed up to the instant (the
 *   completion instant is the accepted report's submission, tasks.completed_at,
 *   which never changes once set);
 * - cancelled: a `task.cancelled` row up to the instant.
 * Assignment is tasks.created_at and acknowledgement tasks.acknowledged_at: both are
 * written once and never change, so they need no history.
 */

export const FACT_COLUMNS = `
  t.id AS "taskId", u.id AS "unitId", u.name AS "unitName", t.directive_id AS "directiveId",
  d.document_number AS "directiveLabel", t.depth, t.created_at AS "assignedAt",
  t.original_deadline AS "originalDeadline"`;

/** Facts from the read model, now. */
export const LIVE_FACTS = (scopeWhere: string, prefilter: string) => `
  SELECT ${FACT_COLUMNS}, t.deadline AS "currentDeadline", t.completed_at AS "completedAt",
         CASE WHEN t.status = 'cancelled' THEN t.updated_at END AS "cancelledAt",
         t.acknowledged_at AS "acknowledgedAt"
    FROM tasks t
    JOIN units u ON u.id = t.lead_unit_id
    JOIN directives d ON d.id = t.directive_id
   WHERE ${scopeWhere} AND ${prefilter}`;

/** Facts as they stood at instant $asOf (a bind parameter named by `asOf`). */
export const HISTORICAL_FACTS = (scopeWhere: string, prefilter: string, asOf: string) => `
  WITH ev AS (
    SELECT a.entity_id AS task_id,
           min(a.occurred_at) FILTER (WHERE a.action = 'task.review' AND a.after->>'status' = 'completed') AS accepted_at,
           min(a.occurred_at) FILTER (WHERE a.action = 'task.cancelled') AS cancelled_at,
           (array_agg((a.after->>'deadline')::timestamptz ORDER BY a.seq DESC) FILTER (
              WHERE a.action = 'task.deadline_changed'
                 OR (a.action = 'task.extension_decided' AND a.after->>'approved' = 'true' AND a.after->>'deadline' IS NOT NULL)
           ))[1] AS deadline
      FROM audit_events a
     WHERE a.entity_type = 'task' AND a.occurred_at <= ${asOf}
       AND a.action IN ('task.review', 'task.cancelled', 'task.deadline_changed', 'task.extension_decided')
     GROUP BY a.entity_id
  ), moved AS (
    SELECT DISTINCT ON (a.entity_id) a.entity_id AS task_id, (a.before->>'leadUnitId')::uuid AS unit_id
      FROM audit_events a
     WHERE a.entity_type = 'task' AND a.action IN ('task.handed_over', 'task.reassigned')
       AND a.before->>'leadUnitId' IS NOT NULL AND a.occurred_at > ${asOf}
     ORDER BY a.entity_id, a.seq
  )
  SELECT ${FACT_COLUMNS}, coalesce(ev.deadline, t.original_deadline) AS "currentDeadline",
         CASE WHEN ev.accepted_at IS NOT NULL THEN coalesce(t.completed_at, ev.accepted_at) END AS "completedAt",
         ev.cancelled_at AS "cancelledAt",
         CASE WHEN t.acknowledged_at <= ${asOf} THEN t.acknowledged_at END AS "acknowledgedAt"
    FROM tasks t
    LEFT JOIN moved m ON m.task_id = t.id
    JOIN units u ON u.id = coalesce(m.unit_id, t.lead_unit_id)
    JOIN directives d ON d.id = t.directive_id
    LEFT JOIN ev ON ev.task_id = t.id
   WHERE t.created_at <= ${asOf} AND ${scopeWhere} AND ${prefilter}`;
