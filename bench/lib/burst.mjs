// What the burst benches share (reminder-burst, scale-out): the cron-style SQL poller they
// are measured beside, new directives sent while a burst drains (round robin over the API
// processes), the lateness of a directive's notices against their instant, and an
// open-loop request rate.
import pg from 'pg';
import { issueDirective, sleep } from './stack.mjs';
import { percentiles, tally, until } from './tally.mjs';

/** The peer: a cron-style poller over a schedule table, one INSERT … SELECT a tick (every second). */
export async function startPoller(url) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(
    `CREATE TABLE IF NOT EXISTS bench_reminder_schedule (task_id uuid PRIMARY KEY, due_at timestamptz NOT NULL, sent_at timestamptz)`,
  );
  await client.query(`CREATE TABLE IF NOT EXISTS bench_poller_reminders (LIKE notifications INCLUDING DEFAULTS)`);
  await client.query(
    `CREATE UNIQUE INDEX IF NOT EXISTS ux_bench_poller ON bench_poller_reminders (notice_id, user_id)`,
  );
  let timer;
  const tick = async () => {
    await client.query(
      `WITH due AS (UPDATE bench_reminder_schedule SET sent_at = now() WHERE due_at <= now() AND sent_at IS NULL RETURNING task_id, due_at)
       INSERT INTO bench_poller_reminders (notice_id, user_id, unit_id, kind, task_id, directive_id, title, body)
       SELECT 'poll:' || t.id || '@' || due.due_at, u.id, t.lead_unit_id, 'reminder', t.id, t.directive_id,
              'Nhắc hạn / reminder: ' || t.title, 'Sắp đến hạn / due soon'
         FROM due JOIN tasks t ON t.id = due.task_id JOIN users u ON u.unit_id = t.lead_unit_id
       ON CONFLICT DO NOTHING`,
    );
    timer = setTimeout(loop, 1000 - (Date.now() % 1000)); // on the second, like cron on the minute
  };
  const loop = () => tick().catch((error) => console.error('poller:', error.message));
  loop();
  return {
    schedule: (directiveId, due) =>
      client.query(
        `INSERT INTO bench_reminder_schedule (task_id, due_at) SELECT id, $2 FROM tasks WHERE directive_id = $1`,
        [directiveId, due],
      ),
    lateness: async (directiveId, due) =>
      (
        await client.query(
          `SELECT extract(epoch FROM created_at - $2::timestamptz) * 1000 AS ms FROM bench_poller_reminders WHERE directive_id = $1`,
          [directiveId, due],
        )
      ).rows.map((r) => Number(r.ms)),
    /** Waits until the poller has written the directive's `size` reminders; their lateness, in ms. */
    async written(directiveId, due, size, timeoutMs = 120_000) {
      return until(
        'poller',
        () => this.lateness(directiveId, due),
        (rows) => rows.length >= size,
        timeoutMs,
        250,
      );
    },
    stop: async () => {
      clearTimeout(timer);
      await client.end();
    },
  };
}

/** ms between `instant` and each in-app notice of `kind` of the directive. */
export async function lateness(stack, directiveId, instant, kind = 'reminder') {
  return (
    await stack.dataSource.query(
      `SELECT extract(epoch FROM created_at - $2::timestamptz) * 1000 AS ms FROM notifications WHERE directive_id = $1 AND kind = $3`,
      [directiveId, instant.toISOString(), kind],
    )
  ).map((r) => Number(r.ms));
}

/**
 * New one-task directives to `unit`, one every `everyMs` until `stop()`, sent to the API
 * processes in turn (`bases`, default the first only). `stop()` resolves once every one
 * answered: { probes: [{ id, started, postMs, base }], errors: [message] }. A refused probe
 * is counted, not fatal: one must not end a run of an hour.
 */
export function probeDirectives(stack, unit, { everyMs = 2000, bases = [stack.base], title = 'Chỉ đạo mới' } = {}) {
  let draining = true;
  const probes = [];
  const errors = [];
  const done = (async () => {
    const inFlight = [];
    for (let i = 0; draining || i === 0; i++) {
      const started = performance.now();
      const base = bases[i % bases.length];
      inFlight.push(
        issueDirective(stack, [unit], { title: `${title} ${i}`, base }).then(
          (id) => probes.push({ id, started, postMs: performance.now() - started, base }),
          (error) => errors.push(error.message),
        ),
      );
      await sleep(Math.max(0, started + everyMs - performance.now()));
    }
    await Promise.all(inFlight);
  })();
  return {
    async stop() {
      draining = false;
      await done;
      return { probes, errors };
    },
  };
}

/** For each probe, ms from its POST until its task was followed (its `follow_up_started` audit row). */
export async function probesRunning(stack, probes) {
  const running = [];
  for (const probe of probes) {
    await until(
      'probe task',
      async () => (await tally(stack, probe.id, 'task_assigned')).audit_distinct,
      (n) => n >= 1,
      600_000,
      250,
    );
    const [{ ms }] = await stack.dataSource.query(
      `SELECT extract(epoch FROM min(a.occurred_at) - $2::timestamptz) * 1000 AS ms
         FROM audit_events a JOIN tasks t ON t.id = a.entity_id
        WHERE t.directive_id = $1 AND a.action = 'task.follow_up_started'`,
      [probe.id, new Date(performance.timeOrigin + probe.started).toISOString()],
    );
    running.push(Number(ms));
  }
  return running;
}

/** Open-loop load: `rps` requests a second for `secondsLong` (request(i) is the i-th), latency of each. */
export async function openLoop(request, rps, secondsLong) {
  const latencies = [];
  let errors = 0;
  const inFlight = [];
  const start = performance.now();
  for (let i = 0; i < rps * secondsLong; i++) {
    const at = start + (i * 1000) / rps;
    const wait = at - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(
      request(i).then(
        () => latencies.push(performance.now() - at),
        () => errors++,
      ),
    );
  }
  await Promise.all(inFlight);
  return {
    ...percentiles(latencies),
    errors,
    achievedRps: Math.round(latencies.length / ((performance.now() - start) / 1000)),
  };
}
