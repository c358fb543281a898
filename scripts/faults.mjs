#!/usr/bin/env node
// `npm run faults`: the fault suite (not part of `npm test`). Each fault runs on its own
// scratch system (bench/lib/stack.mjs: PostgreSQL, Temporal, worker, API, supervised
// like `npm start`) and prints one table row: what a directive should have produced
// (tasks, "follow-up started" audit rows, notices, deliveries, e-mails) against what
// was found, duplicates, losses, and how long recovery took.
//   FAULTS=worker,temporal-dev,temporal-pg,postgres,smtp,full-stop   (default: all)
//   FAULTS_FANOUT=2000  FAULTS_N=300  FAULTS_SMTP_DOWN_MS=60000  FAULTS_REMINDERS=200
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fail, ok, step } from './lib/log.mjs';
import { ROOT } from './lib/paths.mjs';
import { addUnits, issueDirective, sleep, startStack } from '../bench/lib/stack.mjs';
import { emails, percentiles, tally, until } from '../bench/lib/tally.mjs';

const FANOUT = Number(process.env.FAULTS_FANOUT ?? 2000);
const N = Number(process.env.FAULTS_N ?? 300);
const SMTP_DOWN_MS = Number(process.env.FAULTS_SMTP_DOWN_MS ?? 60_000);
const REMINDERS = Number(process.env.FAULTS_REMINDERS ?? 150);
const WAIT_MS = 20 * 60_000;

/**
 * A fan-out of `size` tasks with a fault injected once `at` tasks are assigned.
 * `inject(stack)` does the fault and resolves when its part is over (the component is
 * back, or was killed and left to the supervisor).
 */
async function fanOutFault({ name, size, at, temporal = 'dev', inject }) {
  const stack = await startStack({ temporal });
  try {
    const units = await addUnits(stack, 'FT', size);
    const began = Date.now();
    const id = await issueDirective(stack, units);
    const assigned = async () => (await tally(stack, id, 'task_assigned')).audit_distinct;
    await until('before the fault', assigned, (n) => n >= at, WAIT_MS, 100);
    const atFault = await assigned();
    const faultAt = Date.now();
    await inject(stack);
    const faultOver = Date.now();
    await until('progress after the fault', assigned, (n) => n > atFault || n >= size, WAIT_MS, 200);
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
      atFault,
      faultMs: faultOver - faultAt,
      backMs,
      doneMs: Date.now() - faultOver - 3000,
      totalMs: Date.now() - began,
      final,
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
      name: `kill -9 worker during a fan-out of ${FANOUT}`,
      size: FANOUT,
      at: Math.min(150, FANOUT / 4),
      inject: async (stack) => stack.kill('worker'),
    }),
  'temporal-dev': () =>
    fanOutFault({
      name: `kill -9 Temporal dev server (SQLite) during a fan-out of ${N}`,
      size: N,
      at: N / 3,
      inject: async (stack) => stack.kill('temporal'),
    }),
  'temporal-pg': () =>
    fanOutFault({
      name: `kill -9 Temporal server (PostgreSQL) during a fan-out of ${N}`,
      size: N,
      at: N / 3,
      temporal: 'postgres',
      inject: async (stack) => stack.kill('temporal'),
    }),
  postgres: () =>
    fanOutFault({
      name: `PostgreSQL stopped 5 s and restarted during a fan-out of ${N}`,
      size: N,
      at: N / 3,
      inject: (stack) => stack.restartPostgres(5_000),
    }),
  smtp: smtpFault,
  'full-stop': fullStopFault,
};

async function main() {
  const wanted = (process.env.FAULTS ?? Object.keys(FAULTS).join(',')).split(',');
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
