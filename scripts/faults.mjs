#!/usr/bin/env node
// `npm run faults`: the fault suite (not part of `npm test`). Each fault runs on its own
// scratch system (bench/lib/stack.mjs: PostgreSQL, Temporal, worker, API, supervised
// like `npm start`) and prints one table row: what a directive should have produced
// (tasks, "follow-up started" audit rows, notices, deliveries, e-mails) against what
// was found, duplicates, losses, and how long recovery took.
//   FAULTS=worker,temporal-dev,temporal-pg,postgres,smtp,full-stop   (default: these)
//   FAULTS_FANOUT=2000  FAULTS_N=300  FAULTS_SMTP_DOWN_MS=60000  FAULTS_REMINDERS=200
// The crash matrix of cohorts (decision 65; not in the default list, a row takes minutes):
//   FAULTS=cohort-worker,cohort-temporal-dev,cohort-temporal-pg,cohort-postgres,
//          handover-api,handover-worker,handover-both,handover-api-noretry
//   FAULTS_COHORT_N=20000  FAULTS_COHORT_LEAD_MS (creation to the reminder instant)
//   FAULTS_HANDOVERS=200  FAULTS_HANDOVER_COHORT=1000
import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, step } from './lib/log.mjs';
import { ROOT } from './lib/paths.mjs';
import { addUnits, count, issueDirective, sleep, startStack } from '../bench/lib/stack.mjs';
import { cohortTally, emails, percentiles, stepInFlight, stepsCommitted, tally, until } from '../bench/lib/tally.mjs';

const FANOUT = Number(process.env.FAULTS_FANOUT ?? 2000);
const N = Number(process.env.FAULTS_N ?? 300);
const SMTP_DOWN_MS = Number(process.env.FAULTS_SMTP_DOWN_MS ?? 60_000);
const REMINDERS = Number(process.env.FAULTS_REMINDERS ?? 150);
const WAIT_MS = 20 * 60_000;
const COHORT_N = Number(process.env.FAULTS_COHORT_N ?? 20_000);
const HANDOVERS = Number(process.env.FAULTS_HANDOVERS ?? 200);
const HANDOVER_COHORT = Number(process.env.FAULTS_HANDOVER_COHORT ?? 1000);

/**
 * A fan-out of `size` tasks with a fault injected in the middle of its recording
 * transaction. Since decision 65 the fan-out is that transaction (tasks, cohorts, each
 * task's driver and "follow-up started" row, the new-task notices), so the middle of
 * the fan-out is the middle of the transaction: held there by a lock on the inbox (its
 * notices are the transaction's last rows; nothing else of a fresh system writes them,
 * and signing in does not), `inject(stack)` runs while it waits, then the lock goes.
 * Waiting for a count of tasks assigned, as this row did before, can no longer land
 * mid-fan-out: the count goes from 0 to `size` at the commit. Expected: one directive,
 * every task assigned and told exactly once. `inject` resolves when its part is over
 * (the component is back, or was killed and left to the supervisor).
 */
async function fanOutFault({ name, size, temporal = 'dev', inject }) {
  const stack = await startStack({ temporal });
  try {
    const units = await addUnits(stack, 'FT', size);
    const blocker = stack.dataSource.createQueryRunner();
    await blocker.connect();
    await blocker.startTransaction();
    await blocker.query('LOCK TABLE notifications IN SHARE ROW EXCLUSIVE MODE');
    const began = Date.now();
    // As a client does: 503s retried with the same Idempotency-Key (one directive however many tries).
    const issuing = issueDirective(stack, units);
    issuing.catch(() => undefined); // awaited below, after the fault
    const held = await until(
      'the recording transaction held at its notices',
      () =>
        count(
          stack,
          `SELECT count(*)::int AS n, max((extract(epoch FROM clock_timestamp() - xact_start) * 1000)::int) AS open_ms
             FROM pg_stat_activity
            WHERE wait_event_type = 'Lock' AND (query ILIKE 'INSERT INTO "notifications"%' OR query ILIKE 'INSERT INTO notifications%')`,
        ),
      (r) => r.n > 0,
      WAIT_MS,
      50,
    );
    const [{ tasks: uncommitted }] = await stack.dataSource.query(
      'SELECT count(*)::int AS tasks FROM tasks WHERE created_at > $1',
      [new Date(began)],
    );
    const faultAt = Date.now();
    await inject(stack);
    const faultOver = Date.now();
    // With PostgreSQL restarted the blocker's connection is gone, and its lock with it.
    await blocker.commitTransaction().catch(() => undefined);
    await blocker.release().catch(() => undefined);
    const id = await issuing;
    const backMs = Date.now() - faultOver;
    const final = await until(
      'every task assigned and notified',
      () => tally(stack, id, 'task_assigned'),
      (t) => t.audit_distinct >= size && t.notices_distinct >= size,
      WAIT_MS,
    );
    await sleep(3000); // a straggling duplicate would show up here
    return row(name, await tally(stack, id, 'task_assigned'), {
      tasks: size,
      notices: size,
      deliveries: 0,
      faultMs: faultOver - faultAt,
      backMs,
      doneMs: Date.now() - faultOver - 3000,
      totalMs: Date.now() - began,
      final,
      note:
        `fault ${held.open_ms} ms into the recording transaction (held at its notices, ` +
        `${uncommitted} task rows committed before it: 0 expected); live ${(backMs / 1000).toFixed(1)} s after the fault`,
    });
  } finally {
    await stack.stop();
  }
}

/** New-task e-mails for `size` units while the SMTP server is down for SMTP_DOWN_MS. */
async function smtpFault() {
  const stack = await startStack({ mail: true });
  try {
    const units = await addUnits(stack, 'SM', N, { email: true });
    await stack.stopMail();
    const began = Date.now();
    const id = await issueDirective(stack, units);
    await sleep(SMTP_DOWN_MS);
    const failedWhileDown = await tally(stack, id, 'task_assigned');
    await stack.startMail();
    const up = Date.now();
    await until(
      'first e-mail after',
      async () => (await emails(stack)).received,
      (n) => n > 0,
      WAIT_MS,
      200,
    );
    const backMs = Date.now() - up;
    await until(
      'every e-mail sent',
      () => tally(stack, id, 'task_assigned'),
      (t) => t.sent + t.dead >= N,
      WAIT_MS,
    );
    await sleep(3000);
    const t = await tally(stack, id, 'task_assigned');
    return row(`SMTP down ${Math.round(SMTP_DOWN_MS / 1000)} s during ${N} new-task e-mails`, t, {
      tasks: N,
      notices: N,
      deliveries: N,
      email: await emails(stack),
      backMs,
      doneMs: Date.now() - up - 3000,
      totalMs: Date.now() - began,
      note: `${failedWhileDown.sent} sent while down`,
    });
  } finally {
    await stack.stop();
  }
}

/** Everything stopped (API, worker, Temporal, PostgreSQL) across the instant REMINDERS reminders fall due. */
async function fullStopFault() {
  const stack = await startStack();
  try {
    const units = await addUnits(stack, 'RM', REMINDERS);
    // One instant for every reminder, far enough ahead for the fan-out to finish on a busy
    // machine (a workflow started after the instant skips it), the deadline 10 min after it.
    const due = Math.ceil((Date.now() + 60_000 + REMINDERS * 600) / 1000) * 1000;
    const deadline = new Date(due + 600_000).toISOString();
    const id = await issueDirective(stack, units, {
      task: { deadline, deadlineWorkingDays: undefined, reminderPolicy: { before: [{ duration: 'PT10M' }] } },
    });
    await until(
      'fan-out',
      async () => (await tally(stack, id, 'task_assigned')).audit_distinct,
      (n) => n >= REMINDERS,
      WAIT_MS,
    );
    if (Date.now() > due - 15_000)
      throw new Error(`the fan-out ended ${Date.now() - due + 15_000} ms too late to stop before the instant`);
    await sleep(Math.max(0, due - 15_000 - Date.now()));
    const stoppedAt = Date.now();
    await stack.stopAll();
    await sleep(Math.max(0, due + 30_000 - Date.now()));
    await stack.startAll();
    const up = Date.now();
    await until(
      'reminders',
      async () => (await tally(stack, id, 'reminder')).notices_distinct,
      (n) => n >= REMINDERS,
      WAIT_MS,
    );
    const doneMs = Date.now() - up;
    await sleep(3000);
    const late = (
      await stack.dataSource.query(
        `SELECT extract(epoch FROM created_at - $2::timestamptz) * 1000 AS ms FROM notifications
          WHERE directive_id = $1 AND kind = 'reminder'`,
        [id, new Date(due).toISOString()],
      )
    ).map((r) => Number(r.ms));
    const p = percentiles(late);
    const t = await tally(stack, id, 'reminder');
    return row(`whole system off ${Math.round((up - stoppedAt) / 1000)} s across ${REMINDERS} reminders' instant`, t, {
      tasks: REMINDERS,
      notices: REMINDERS,
      deliveries: 0,
      backMs: doneMs,
      doneMs,
      totalMs: Date.now() - stoppedAt,
      note: `reminders written ${(p.p50 / 1000).toFixed(1)} s (p50) / ${(p.max / 1000).toFixed(1)} s (max) after their instant, system back ${Math.round((up - due) / 1000)} s after it`,
    });
  } finally {
    await stack.stop();
  }
}

/**
 * A cohort step of COHORT_N members with a fault injected in the middle of its transaction
 * (decision 65): one directive whose every task's reminder falls due at one instant
 * shortly after creation (one cohort: same deadline, policies and chain length), then,
 * once the step's backend holds the cohort's lock and is writing the notices' rows,
 * `inject(stack)`. Expected: every member reminded exactly once (one row per notice and
 * user, COHORT_N notice ids), the cohort's progress stored, nothing lost.
 */
async function cohortStepFault({ name, temporal = 'dev', inject }) {
  const stack = await startStack({ temporal });
  try {
    const units = await addUnits(stack, 'CS', COHORT_N);
    const began = Date.now();
    // The instant far enough ahead for the directive to be recorded and its cohort's
    // workflow to be asleep on it on a busy machine; the deadline an hour after it.
    const lead = Number(process.env.FAULTS_COHORT_LEAD_MS ?? 40_000 + COHORT_N * 5);
    const due = Math.ceil((began + lead) / 1000) * 1000;
    const id = await issueDirective(stack, units, {
      task: {
        deadline: new Date(due + 3_600_000).toISOString(),
        deadlineWorkingDays: undefined,
        reminderPolicy: { before: [{ duration: 'PT60M' }] },
      },
    });
    const liveMs = Date.now() - began;
    const live = await tally(stack, id, 'task_assigned');
    if (live.audit_distinct < COHORT_N || live.notices_distinct < COHORT_N)
      throw new Error(`the 201 came before the directive was live: ${JSON.stringify(live)}`);
    if (Date.now() > due - 5_000)
      throw new Error(`live ${Date.now() - due + 5_000} ms too late for the instant: raise FAULTS_COHORT_LEAD_MS`);
    const { cohorts } = await cohortTally(stack, id, 'reminder');
    await sleep(Math.max(0, due - 2_000 - Date.now()));
    // The step's transaction: its backend holds the cohort's row lock; the fault comes
    // once it writes the notices (the middle of the step: members locked, rows going in).
    let longest = 0;
    const caught = await until(
      "the step's transaction writing its notices",
      async () => {
        const step = await stepInFlight(stack);
        if (step) longest = Math.max(longest, step.open_ms);
        if (!step && (await stepsCommitted(stack, id)) > 0)
          throw new Error(`the step committed before it was caught (its transaction was seen open ${longest} ms)`);
        return step;
      },
      (step) => step?.query.startsWith('INSERT INTO "notifications"'),
      WAIT_MS,
      20,
    );
    const faultAt = Date.now();
    await inject(stack);
    const faultOver = Date.now();
    // Polled cheaply (the step writes notices and progress in one transaction); counted in full after.
    const reminded = async () =>
      (
        await count(
          stack,
          `SELECT count(DISTINCT notice_id)::int AS n FROM notifications WHERE directive_id = $1 AND kind = 'reminder'`,
          [id],
        )
      ).n;
    const afterFault = await reminded();
    const final = await until('every member reminded', reminded, (n) => n >= COHORT_N, WAIT_MS, 250);
    const doneMs = Date.now() - faultOver;
    await sleep(3000); // a straggling duplicate would show up here
    const c = await cohortTally(stack, id, 'reminder');
    const t = await tally(stack, id, 'reminder');
    const lateness = (
      await stack.dataSource.query(
        `SELECT extract(epoch FROM max(created_at) - $2::timestamptz) * 1000 AS ms FROM notifications
          WHERE directive_id = $1 AND kind = 'reminder'`,
        [id, new Date(due).toISOString()],
      )
    )[0].ms;
    const r = row(name, t, {
      tasks: COHORT_N,
      notices: COHORT_N,
      deliveries: 0,
      backMs: doneMs,
      doneMs,
      totalMs: Date.now() - began,
      final,
      note:
        `live ${(liveMs / 1000).toFixed(1)} s after the request; ${cohorts} cohort(s); ` +
        `fault ${caught.open_ms} ms into the step's transaction (running ${caught.query.slice(0, 26)}…), ` +
        `${afterFault} notices committed right after it; ` +
        `${c.notice_ids} notice ids, ${c.repeated} repeated, ${c.members_without} members without; ` +
        `${c.steps} step commit(s), ${c.instants_recorded} instant(s) in the stored progress; ` +
        `reminders written ${(Number(lateness) / 1000).toFixed(1)} s after their instant (fault took ${((faultOver - faultAt) / 1000).toFixed(1)} s)`,
    });
    r.lost += Math.max(0, COHORT_N - c.notice_ids) + c.members_without + Math.max(0, cohorts - c.instants_recorded);
    r.duplicates += c.repeated;
    return r;
  } finally {
    await stack.stop();
  }
}

/**
 * M hand-overs while a cohort is live (decision 65): a directive of HANDOVER_COHORT tasks
 * followed by its cohort; the lead units of HANDOVERS of them act at once (half report,
 * half ask for more time: each action leaves the cohort for the task's own workflow,
 * started with the update); once a quarter of them have left, `kill` (the API and/or the
 * worker) is SIGKILLed. Each client retries what got no answer, as a client should
 * (connection refused or reset, 503 after its Retry-After), with the same Idempotency-Key.
 * Expected, within a couple of reconciler passes: every handed-over task has its own
 * workflow running, `tasks.handover` cleared, exactly one report or extension request;
 * every action answered 2xx, or (a retry of one already applied) refused with 409.
 */
async function handOverFault({ name, kill, retry = true }) {
  const stack = await startStack({
    env: { RATE_LIMIT_PER_ADDRESS: '0', RATE_LIMIT_PER_USER: '0', LOGIN_MAX_USERNAMES_PER_ADDRESS: '0' },
  });
  const { Client, Connection } = await import('@temporalio/client');
  const connection = await Connection.connect({ address: stack.temporalAddress });
  const temporal = new Client({ connection });
  try {
    const units = await addUnits(stack, 'HO', HANDOVER_COHORT);
    // The unit users sign in with the demo password (the bench users have none).
    await stack.dataSource.query(
      `UPDATE users SET password_hash = (SELECT password_hash FROM users WHERE username = 'thuongtruc.tu')
        WHERE username LIKE 'ho-%'`,
    );
    const deadline = new Date(Date.now() + 30 * 86_400_000);
    const id = await issueDirective(stack, units, {
      task: { deadline: deadline.toISOString(), deadlineWorkingDays: undefined },
    });
    const tasks = await stack.dataSource.query(
      `SELECT t.id, lower(u.code) AS username FROM tasks t JOIN units u ON u.id = t.lead_unit_id
        WHERE t.directive_id = $1 ORDER BY u.code LIMIT $2`,
      [id, HANDOVERS],
    );
    const tokens = new Map();
    for (let i = 0; i < tasks.length; i += 4) {
      await Promise.all(
        tasks.slice(i, i + 4).map(async ({ username }) => {
          const response = await fetch(`${stack.base}/api/v1/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username, password: stack.persistence.DEMO_PASSWORD }),
          });
          if (response.status !== 200)
            throw new Error(`login ${username}: ${response.status} ${await response.text()}`);
          tokens.set(username, (await response.json()).accessToken);
        }),
      );
    }
    const driven = async () =>
      (await count(stack, `SELECT count(*)::int AS n FROM tasks WHERE directive_id = $1 AND driver = 'task'`, [id])).n;
    const extended = new Date(deadline.getTime() + 10 * 86_400_000).toISOString().replace('Z', '+00:00');
    const act = async ({ id: taskId, username }, i) => {
      const report = i % 2 === 0;
      const path = report ? `tasks/${taskId}/reports` : `tasks/${taskId}/extensions`;
      const body = JSON.stringify(
        report ? { text: 'Đã triển khai / done' } : { deadline: extended, reason: 'Chờ số liệu / waiting for figures' },
      );
      const headers = {
        authorization: `Bearer ${tokens.get(username)}`,
        'content-type': 'application/json',
        'Idempotency-Key': randomUUID(),
      };
      const seen = [];
      for (let attempt = 1; attempt <= 200; attempt++) {
        let response;
        try {
          response = await fetch(`${stack.base}/api/v1/${path}`, { method: 'POST', headers, body });
        } catch (error) {
          seen.push(error.cause?.code ?? 'no answer');
          // A client that gives up: whatever its request left half done is the reconciler's.
          if (!retry) return { taskId, report, status: 'no answer', attempts: attempt, seen };
          await sleep(500);
          continue;
        }
        seen.push(response.status);
        const text = await response.text();
        if (response.status === 503) {
          await sleep(Number(response.headers.get('retry-after') ?? 1) * 1000);
          continue;
        }
        return { taskId, report, status: response.status, attempts: attempt, seen, text };
      }
      return { taskId, report, status: 'gave up', attempts: 200, seen };
    };
    const began = Date.now();
    const actions = Promise.all(tasks.map(act));
    const before = await until('a quarter handed over', driven, (n) => n >= HANDOVERS / 4, WAIT_MS, 20);
    const faultAt = Date.now();
    for (const name of kill) stack.kill(name);
    const results = await actions;
    const answeredMs = Date.now() - faultAt;
    // Hand-overs whose start was lost with the process: the reconciler's (every minute, after its 2 min grace).
    const ids = tasks.map((t) => t.id);
    const perTask = async () =>
      (
        await stack.dataSource.query(
          `SELECT t.id, t.driver, t.handover IS NOT NULL AS pending,
                  (SELECT count(*) FROM task_reports r WHERE r.task_id = t.id)::int AS reports,
                  (SELECT count(*) FROM extension_requests e WHERE e.task_id = t.id)::int AS extensions
             FROM tasks t WHERE t.id = ANY($1::uuid[])`,
          [ids],
        )
      ).map((r) => ({ ...r, actions: r.reports + r.extensions }));
    const answered = new Map(results.map((r) => [r.taskId, r]));
    const ok2xx = (r) => typeof r.status === 'number' && r.status >= 200 && r.status < 300;
    // Done: nothing pending, every answered action's row there (its update may land just after the answer).
    const settled = (rows) =>
      rows.every((r) => !r.pending && (!ok2xx(answered.get(r.id)) || r.actions > 0)) &&
      (!retry || rows.every((r) => r.driver === 'task'));
    await until('every hand-over completed', perTask, settled, WAIT_MS, 1000);
    const doneMs = Date.now() - faultAt;
    await sleep(3000);
    const rows = await perTask();
    const handed = rows.filter((r) => r.driver === 'task');
    let running = 0;
    let completed = 0;
    const missing = [];
    for (const { id: taskId } of handed) {
      try {
        const { status } = await temporal.workflow.getHandle(`task:${taskId}`).describe();
        if (status.name === 'RUNNING') running++;
        else if (status.name === 'COMPLETED') completed++;
        else missing.push(`${taskId} ${status.name}`);
      } catch (error) {
        missing.push(`${taskId} ${error.name}`);
      }
    }
    const firstTry = results.filter((r) => ok2xx(r) && r.attempts === 1).length;
    const retried2xx = results.filter((r) => ok2xx(r) && r.attempts > 1).length;
    const refusedRetry = results.filter((r) => r.status === 409 && r.attempts > 1).length;
    const unanswered = results.filter((r) => r.status === 'no answer').length;
    const bad = results.filter(
      (r) => !ok2xx(r) && !(r.status === 409 && r.attempts > 1) && !(r.status === 'no answer' && !retry),
    );
    for (const r of bad) console.log(`    unexpected answer: ${JSON.stringify(r)}`);
    // Lost: an action answered 2xx (or refused on a retry as already done) without its row;
    // a hand-over left pending or without its workflow; with retrying clients, a task not handed over.
    const lostActions = rows.filter((r) => {
      const a = answered.get(r.id);
      return (ok2xx(a) || a.status === 409) && r.actions === 0;
    }).length;
    const lost =
      lostActions +
      rows.filter((r) => r.pending).length +
      missing.length +
      (retry ? rows.filter((r) => r.driver !== 'task').length : 0) +
      bad.length;
    const duplicates = rows.reduce((n, r) => n + Math.max(0, r.actions - 1), 0);
    const sum = (key, filter = () => true) => rows.filter(filter).reduce((n, r) => n + r[key], 0);
    const reportsExpected = results.filter((r) => r.report).length;
    return {
      fault: name,
      tasks: `${retry ? HANDOVERS : '≤ ' + HANDOVERS} / ${handed.length} handed over, ${rows.filter((r) => r.pending).length} pending`,
      audit: `${handed.length} / ${running + completed} own workflows (${running} running)`,
      notices: `${reportsExpected} / ${sum('reports')} reports, ${HANDOVERS - reportsExpected} / ${sum('extensions')} extension requests`,
      deliveries: '–',
      emails: '–',
      duplicates,
      lost,
      recovery: `answered ${(answeredMs / 1000).toFixed(1)} s, all ${(doneMs / 1000).toFixed(1)} s`,
      note:
        `cohort of ${HANDOVER_COHORT}; kill at ${before} handed over, ${((faultAt - began) / 1000).toFixed(1)} s after the first request; ` +
        `answers: ${firstTry} 2xx first try, ${retried2xx} 2xx on a retry, ${refusedRetry} 409 on a retry (already applied), ` +
        (retry ? '' : `${unanswered} no answer (not retried), `) +
        `${bad.length} other` +
        (retry
          ? ''
          : `; ${handed.filter((r) => r.actions === 0).length} handed over without their action (their workflow started by the reconciler; the client never heard back)`) +
        (missing.length ? `; no workflow: ${missing.slice(0, 3).join(', ')}` : ''),
    };
  } finally {
    await connection.close();
    await stack.stop();
  }
}

function row(fault, t, e) {
  const duplicates =
    Math.max(0, t.tasks - e.tasks) +
    (t.audit - t.audit_distinct) +
    (t.notices - t.notices_distinct) +
    (t.deliveries - t.deliveries_distinct);
  const lost =
    Math.max(0, e.tasks - t.tasks) +
    Math.max(0, e.tasks - t.audit_distinct) +
    Math.max(0, e.notices - t.notices_distinct) +
    Math.max(0, e.deliveries - t.sent);
  return {
    fault,
    tasks: `${e.tasks} / ${t.tasks}`,
    audit: `${e.tasks} / ${t.audit}`,
    notices: `${e.notices} / ${t.notices}`,
    deliveries: `${e.deliveries} / ${t.deliveries} (${t.sent} sent, ${t.dead} dead)`,
    emails: e.email ? `${e.email.received} (${e.email.received - e.email.distinct} repeats)` : '–',
    duplicates,
    lost,
    recovery: `progress ${(e.backMs / 1000).toFixed(1)} s, all ${(e.doneMs / 1000).toFixed(1)} s`,
    note: e.note ?? (e.atFault !== undefined ? `fault at ${e.atFault} assigned` : ''),
  };
}

const FAULTS = {
  worker: () =>
    fanOutFault({
      name: `kill -9 worker in the recording transaction of a fan-out of ${FANOUT}`,
      size: FANOUT,
      inject: async (stack) => stack.kill('worker'),
    }),
  'temporal-dev': () =>
    fanOutFault({
      name: `kill -9 Temporal dev server (SQLite) in the recording transaction of a fan-out of ${N}`,
      size: N,
      inject: async (stack) => stack.kill('temporal'),
    }),
  'temporal-pg': () =>
    fanOutFault({
      name: `kill -9 Temporal server (PostgreSQL) in the recording transaction of a fan-out of ${N}`,
      size: N,
      temporal: 'postgres',
      inject: async (stack) => stack.kill('temporal'),
    }),
  postgres: () =>
    fanOutFault({
      name: `PostgreSQL stopped 5 s and restarted in the recording transaction of a fan-out of ${N}`,
      size: N,
      inject: (stack) => stack.restartPostgres(5_000),
    }),
  smtp: smtpFault,
  'full-stop': fullStopFault,
  'cohort-worker': () =>
    cohortStepFault({
      name: `kill -9 worker in a cohort step of ${COHORT_N} reminders (dev server)`,
      inject: async (stack) => stack.kill('worker'),
    }),
  'cohort-temporal-dev': () =>
    cohortStepFault({
      name: `kill -9 Temporal dev server (SQLite) in a cohort step of ${COHORT_N} reminders`,
      inject: async (stack) => stack.kill('temporal'),
    }),
  'cohort-temporal-pg': () =>
    cohortStepFault({
      name: `kill -9 Temporal server (PostgreSQL) in a cohort step of ${COHORT_N} reminders`,
      temporal: 'postgres',
      inject: async (stack) => stack.kill('temporal'),
    }),
  'cohort-postgres': () =>
    cohortStepFault({
      name: `kill -9 PostgreSQL (down 5 s) in a cohort step of ${COHORT_N} reminders (dev server)`,
      inject: (stack) => stack.killPostgres(5_000),
    }),
  'handover-api': () => handOverFault({ name: `kill -9 API during ${HANDOVERS} concurrent hand-overs`, kill: ['api'] }),
  'handover-worker': () =>
    handOverFault({ name: `kill -9 worker during ${HANDOVERS} concurrent hand-overs`, kill: ['worker'] }),
  'handover-api-noretry': () =>
    handOverFault({
      name: `kill -9 API during ${HANDOVERS} concurrent hand-overs, clients not retrying (the reconciler's)`,
      kill: ['api'],
      retry: false,
    }),
  'handover-both': () =>
    handOverFault({
      name: `kill -9 API and worker during ${HANDOVERS} concurrent hand-overs`,
      kill: ['api', 'worker'],
    }),
};
const DEFAULT = ['worker', 'temporal-dev', 'temporal-pg', 'postgres', 'smtp', 'full-stop'];

async function main() {
  const wanted = (process.env.FAULTS ?? DEFAULT.join(',')).split(',');
  const rows = [];
  for (const name of wanted) {
    if (!FAULTS[name]) throw new Error(`no fault named ${name}; known: ${Object.keys(FAULTS).join(', ')}`);
    step(`Fault: ${name}`);
    const started = Date.now();
    try {
      rows.push(await FAULTS[name]());
    } catch (error) {
      fail(`${name}: ${error.stack}`);
      rows.push({ fault: name, note: `FAILED: ${error.message}` });
    }
    ok(`${name} done in ${Math.round((Date.now() - started) / 1000)} s`);
    printTable(rows.slice(-1));
  }
  console.log('\nFault table\n');
  printTable(rows);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  const file = join(ROOT, 'bench/results', `faults-${Date.now()}.json`);
  writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), rows }, null, 2));
  ok(`results: ${file}`);
  if (rows.some((r) => r.lost || r.duplicates || r.note?.startsWith('FAILED'))) process.exitCode = 1;
}

function printTable(rows) {
  const columns = [
    'fault',
    'tasks',
    'audit',
    'notices',
    'deliveries',
    'emails',
    'duplicates',
    'lost',
    'recovery',
    'note',
  ];
  const head = [
    'fault',
    'tasks exp/found',
    'audit exp/found',
    'notices exp/found',
    'deliveries exp/found',
    'e-mails',
    'dup',
    'lost',
    'recovery',
    'note',
  ];
  console.log(`| ${head.join(' | ')} |`);
  console.log(`| ${head.map(() => '---').join(' | ')} |`);
  for (const r of rows) console.log(`| ${columns.map((c) => r[c] ?? '').join(' | ')} |`);
}

main().catch((error) => {
  fail(error.stack);
  process.exit(1);
});
