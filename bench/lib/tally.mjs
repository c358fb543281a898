// Counting what a directive produced, for the fault suite and the benches: tasks, the
// "follow-up started" audit rows, notices, deliveries and e-mails, each as found and
// as distinct, so a duplicate and a loss are told apart.
import { count, sleep } from './stack.mjs';

/** Counts for one directive and one notice kind. */
export async function tally(stack, directiveId, kind) {
  // Each count filtered by the directive on its own (no shared CTE): at 20,000 tasks a
  // materialized CTE joined three ways ran past the 30 s statement timeout.
  const row = await count(
    stack,
    `SELECT (SELECT count(*) FROM tasks WHERE directive_id = $1)::int AS tasks, a.*, n.*, d.*
       FROM (SELECT count(*)::int AS audit, count(DISTINCT a.entity_id)::int AS audit_distinct
               FROM audit_events a
              WHERE a.action = 'task.follow_up_started' AND a.event_id LIKE 'task:%'
                AND a.entity_id IN (SELECT id FROM tasks WHERE directive_id = $1)) a,
            (SELECT count(*)::int AS notices, count(DISTINCT (notice_id, user_id))::int AS notices_distinct
               FROM notifications WHERE directive_id = $1 AND kind = $2) n,
            (SELECT count(*)::int AS deliveries,
                    count(DISTINCT (d.notice_id, d.channel, d.recipient_id))::int AS deliveries_distinct,
                    count(*) FILTER (WHERE d.status = 'sent')::int AS sent,
                    count(*) FILTER (WHERE d.status = 'dead')::int AS dead
               FROM deliveries d
              WHERE d.kind = $2 AND d.task_id IN (SELECT id FROM tasks WHERE directive_id = $1)) d`,
    [directiveId, kind],
  );
  return row;
}

/** E-mails the catcher holds, and how many distinct deliveries they carry (the rest are repeats). */
export async function emails(stack) {
  const messages = (await stack.mail?.messages()) ?? [];
  const ids = messages.map((m) => m.headers['x-dondoc-delivery']).filter(Boolean);
  return { received: ids.length, distinct: new Set(ids).size };
}

/** Polls `value()` until `done(v)`; returns the last value (or throws after timeoutMs). */
export async function until(what, value, done, timeoutMs, intervalMs = 500) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await value();
    if (done(v)) return v;
    if (Date.now() > deadline)
      throw new Error(`${what}: not reached within ${timeoutMs} ms (last: ${JSON.stringify(v)})`);
    await sleep(intervalMs);
  }
}

/** p50/p99/max of a list of numbers. */
export function percentiles(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { n: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] };
}

/**
 * A cohort step's transaction while it runs (decision 65): the backend that holds the
 * row lock on a cohort (`SELECT … FROM task_cohorts … FOR UPDATE`, a RowShareLock on the
 * table that only the step takes), what it is running now, and for how long its
 * transaction has been open. Null when no step is in flight.
 */
export async function stepInFlight(stack) {
  const row = await count(
    stack,
    `SELECT a.pid, a.state, left(a.query, 60) AS query,
            (extract(epoch FROM clock_timestamp() - a.xact_start) * 1000)::int AS open_ms
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE l.locktype = 'relation' AND l.relation = 'task_cohorts'::regclass
        AND l.mode = 'RowShareLock' AND l.granted AND a.pid <> pg_backend_pid()
      LIMIT 1`,
  );
  return row ?? null;
}

/**
 * What a directive's cohorts hold after a step: how many cohorts, step transactions
 * committed (`steps` counts every commit, a retried step's too), instants recorded in
 * the stored progress, and members still followed; the notices of `kind` per notice id
 * (distinct ids, ids written to more than one row per user, members with none).
 */
export async function cohortTally(stack, directiveId, kind) {
  return count(
    stack,
    `SELECT c.*, n.*,
            (SELECT count(*) FROM tasks t WHERE t.directive_id = $1 AND t.parent_task_id IS NULL
                AND NOT EXISTS (SELECT 1 FROM notifications x WHERE x.task_id = t.id AND x.kind = $2))::int AS members_without
       FROM (SELECT count(*)::int AS cohorts, coalesce(sum(steps), 0)::int AS steps,
                    coalesce(sum(jsonb_array_length(progress->'sent')), 0)::int AS instants_recorded,
                    (SELECT count(*) FROM tasks t WHERE t.directive_id = $1 AND t.driver = 'cohort')::int AS members
               FROM task_cohorts WHERE directive_id = $1) c,
            (SELECT count(DISTINCT notice_id)::int AS notice_ids,
                    (count(*) - count(DISTINCT (notice_id, user_id)))::int AS repeated
               FROM notifications WHERE directive_id = $1 AND kind = $2) n`,
    [directiveId, kind],
  );
}

/** Step transactions a directive's cohorts have committed (cheap: read while polling for a step). */
export async function stepsCommitted(stack, directiveId) {
  return (
    await count(stack, `SELECT coalesce(sum(steps), 0)::int AS steps FROM task_cohorts WHERE directive_id = $1`, [
      directiveId,
    ])
  ).steps;
}
