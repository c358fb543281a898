// Counting what a directive produced, for the fault suite and the benches: tasks, the
// "follow-up started" audit rows, notices, deliveries and e-mails, each as found and
// as distinct, so a duplicate and a loss are told apart.
import { count, sleep } from './stack.mjs';

/** Counts for one directive and one notice kind. */
export async function tally(stack, directiveId, kind) {
  const row = await count(
    stack,
    `WITH t AS (SELECT id FROM tasks WHERE directive_id = $1),
          a AS (SELECT a.entity_id FROM audit_events a JOIN t ON t.id = a.entity_id
                 WHERE a.action = 'task.follow_up_started' AND a.event_id LIKE 'task:%'),
          n AS (SELECT notice_id, user_id FROM notifications WHERE directive_id = $1 AND kind = $2),
          d AS (SELECT d.notice_id, d.channel, d.recipient_id, d.status FROM deliveries d JOIN t ON t.id = d.task_id
                 WHERE d.kind = $2)
     SELECT (SELECT count(*) FROM t)::int AS tasks,
            (SELECT count(*) FROM a)::int AS audit, (SELECT count(DISTINCT entity_id) FROM a)::int AS audit_distinct,
            (SELECT count(*) FROM n)::int AS notices,
            (SELECT count(*) FROM (SELECT DISTINCT notice_id, user_id FROM n) x)::int AS notices_distinct,
            (SELECT count(*) FROM d)::int AS deliveries,
            (SELECT count(*) FROM (SELECT DISTINCT notice_id, channel, recipient_id FROM d) x)::int AS deliveries_distinct,
            (SELECT count(*) FROM d WHERE status = 'sent')::int AS sent,
            (SELECT count(*) FROM d WHERE status = 'dead')::int AS dead`,
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
    `WITH c AS (SELECT id, steps, progress FROM task_cohorts WHERE directive_id = $1),
          n AS (SELECT notice_id, user_id, task_id FROM notifications WHERE directive_id = $1 AND kind = $2)
     SELECT (SELECT count(*) FROM c)::int AS cohorts,
            (SELECT coalesce(sum(steps), 0) FROM c)::int AS steps,
            (SELECT coalesce(sum(jsonb_array_length(progress->'sent')), 0) FROM c)::int AS instants_recorded,
            (SELECT count(*) FROM tasks t JOIN c ON c.id = t.cohort_id WHERE t.driver = 'cohort')::int AS members,
            (SELECT count(DISTINCT notice_id) FROM n)::int AS notice_ids,
            (SELECT count(*) FROM (SELECT 1 FROM n GROUP BY notice_id, user_id HAVING count(*) > 1) x)::int AS repeated,
            (SELECT count(*) FROM tasks t WHERE t.directive_id = $1 AND t.parent_task_id IS NULL
                AND NOT EXISTS (SELECT 1 FROM n WHERE n.task_id = t.id))::int AS members_without`,
    [directiveId, kind],
  );
}
