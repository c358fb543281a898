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
