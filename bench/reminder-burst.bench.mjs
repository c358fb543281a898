#!/usr/bin/env node
// Benchmark (not a test): N tasks of one directive whose reminders fall due at one
// instant (as 08:00 on a shared deadline day does), on the Temporal dev server with the
// real worker and API. Per size: lateness p50/p99/max of the in-app reminders the task
// workflows write, and, in the same run, a cron-style SQL poller (one statement a tick,
// every second) writing the same reminders into a copy of the notifications table;
// one POST /directives fired a second after the instant (its 201, and how long until
// its task workflow ran); the worker's memory. Then, with every task still open, the
// API's task list at a fixed request rate beside the same query in PostgreSQL alone.
// Each worker configuration in BENCH_TUNINGS runs the same sizes on the same system.
//   npm run bench -- reminder-burst     BENCH_SIZES=1000,5000  BENCH_TUNINGS=default,tuned
//   BENCH_TUNINGS=default,tuned:5000,small_cache:5000 (a tuning with its own sizes)
//   BENCH_RPS=200 BENCH_LOAD_SECONDS=15
//   BENCH_TEMPORAL=postgres: the Temporal server on PostgreSQL (4 history shards) instead of the dev server
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { step } from '../scripts/lib/log.mjs';
import { saveResults } from './lib/results.mjs';
import { lateness, openLoop, probeDirectives, probesRunning, startPoller } from './lib/burst.mjs';
import { addUnits, issueDirective, sleep, startStack } from './lib/stack.mjs';
import { percentiles, tally, until } from './lib/tally.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000').split(',').map(Number);
const TUNINGS = {
  // The SDK's defaults.
  default: {},
  // More workflow-task slots and pollers, a cache that holds every open task workflow.
  tuned: {
    TEMPORAL_MAX_CONCURRENT_WORKFLOW_TASKS: '200',
    TEMPORAL_WORKFLOW_POLLERS: '20',
    TEMPORAL_MAX_CONCURRENT_ACTIVITIES: '200',
    TEMPORAL_ACTIVITY_POLLERS: '10',
    TEMPORAL_MAX_CACHED_WORKFLOWS: '25000',
  },
  // Memory's other side: a small cache, so a woken workflow is replayed from its history.
  small_cache: { TEMPORAL_MAX_CACHED_WORKFLOWS: '100' },
};
// "name" runs BENCH_SIZES; "name:5000" (sizes joined by "+") runs its own.
const WANTED = (process.env.BENCH_TUNINGS ?? 'default,tuned').split(',').map((entry) => {
  const [name, sizes] = entry.split(':');
  if (!(name in TUNINGS)) throw new Error(`no worker configuration named ${name}`);
  return { name, sizes: sizes ? sizes.split('+').map(Number) : SIZES };
});
// The reminder falls this long before the deadline, and the deadline this long after the
// instant: long enough that no task turns overdue (a second burst) while the bench runs.
const HORIZON = 'PT12H';
const HORIZON_MS = 12 * 3_600_000;
const PROBE_EVERY_MS = Number(process.env.BENCH_PROBE_EVERY_MS ?? 2000);
const RPS = Number(process.env.BENCH_RPS ?? 200);
const LOAD_SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 15);
const LEAD_MS_PER_TASK = Number(process.env.BENCH_LEAD_MS_PER_TASK ?? 300);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rss = (pid, field) =>
  Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024;

async function burst(stack, poller, units, size, tuning) {
  // The instant: after the fan-out has had time to finish (≈30 tasks/s on a quiet machine,
  // under 5/s with other work on it; a workflow started after the instant skips the reminder).
  const due = new Date(Math.ceil((Date.now() + 60_000 + size * LEAD_MS_PER_TASK) / 1000) * 1000);
  const issued = performance.now();
  const id = await issueDirective(stack, units.slice(0, size), {
    title: `Nhắc hạn đồng loạt ${size} (${tuning})`,
    task: {
      deadline: new Date(due.getTime() + HORIZON_MS).toISOString(),
      deadlineWorkingDays: undefined,
      reminderPolicy: { before: [{ duration: HORIZON }] },
    },
  });
  const fannedOut = await until(
    'fan-out',
    async () => (await tally(stack, id, 'task_assigned')).audit_distinct,
    (n) => n >= size,
    3_600_000,
    500,
  );
  const fanOutMs = performance.now() - issued;
  const slack = due.getTime() - Date.now();
  if (slack < 2000) console.log(`  ! the fan-out of ${size} finished only ${slack} ms before the instant`);
  await poller.schedule(id, due);
  await sleep(Math.max(0, due.getTime() + 1000 - Date.now()));
  // New directives while the burst drains, one every PROBE_EVERY_MS from a second after the
  // instant: each one's 201 waits for its directive workflow to record it.
  const probing = probeDirectives(stack, units[units.length - 1], {
    everyMs: PROBE_EVERY_MS,
    title: `Chỉ đạo mới giữa đợt nhắc (${tuning})`,
  });
  await until(
    'reminders',
    async () => (await tally(stack, id, 'reminder')).notices_distinct,
    (n) => n >= size,
    3_600_000,
    250,
  );
  const { probes, errors: probeErrors } = await probing.stop();
  const probeRunning = await probesRunning(stack, probes);
  const late = await lateness(stack, id, due);
  const polled = await poller.written(id, due, size);
  const worker = stack.child('worker').pid;
  return {
    tuning,
    size,
    fannedOut,
    fanOutMs: Math.round(fanOutMs),
    workflows: percentiles(late),
    poller: percentiles(polled),
    postDirective: percentiles(probes.map((probe) => probe.postMs)),
    probeErrors,
    newTaskRunning: percentiles(probeRunning),
    workerRssMb: Math.round(rss(worker, 'VmRSS')),
    workerPeakRssMb: Math.round(rss(worker, 'VmHWM')),
  };
}

async function apiUnderLoad(stack) {
  await stack.login(); // the bursts before took longer than a token lives
  const [{ id: mttq, path }] = await stack.dataSource.query(`SELECT id, path FROM units WHERE code = 'MTTQ-GL'`);
  const [{ n: open }] = await stack.dataSource.query(
    `SELECT count(*)::int AS n FROM tasks WHERE status IN ('assigned', 'overdue')`,
  );
  const url = `${stack.base}/api/v1/tasks?unitId=${mttq}&subtree=true&bucket=open_within_deadline&role=lead`;
  const api = await openLoop(
    async () => {
      const response = await fetch(url, { headers: stack.headers });
      if (response.status !== 200) throw new Error(String(response.status));
      await response.arrayBuffer();
    },
    RPS,
    LOAD_SECONDS,
  );
  const pool = new pg.Pool({ connectionString: stack.url, max: 20 });
  const sql = await openLoop(
    () =>
      pool.query(
        `SELECT t.*, lu.name, d.document_number, count(*) OVER () AS total FROM tasks t
           JOIN units lu ON lu.id = t.lead_unit_id JOIN directives d ON d.id = t.directive_id
          WHERE lu.path LIKE $1 AND t.status IN ('assigned', 'overdue') AND t.deadline > now()
          ORDER BY t.deadline, t.id LIMIT 50`,
        [`${path}%`],
      ),
    RPS,
    LOAD_SECONDS,
  );
  await pool.end();
  return { openTasks: open, rps: RPS, seconds: LOAD_SECONDS, api, sql };
}

async function main() {
  const stack = await startStack({ temporal: process.env.BENCH_TEMPORAL ?? 'dev' });
  const poller = await startPoller(stack.url);
  const results = [];
  let apiLoad;
  try {
    const total = Math.max(...WANTED.flatMap(({ sizes }) => sizes));
    step(`Units: ${total} under the demo province's Fatherland Front, one user each`);
    const units = await addUnits(stack, 'RB', total);
    for (const { name: tuning, sizes } of WANTED) {
      step(`Worker configuration: ${tuning} ${JSON.stringify(TUNINGS[tuning])}`);
      await stack.stopApps();
      stack.setEnv(Object.fromEntries(Object.keys(TUNINGS.tuned).map((key) => [key, TUNINGS[tuning][key]])));
      await stack.startApps();
      await stack.login();
      for (const size of sizes) {
        step(`Burst: ${size} reminders at one instant (${tuning})`);
        const result = await burst(stack, poller, units, size, tuning);
        results.push(result);
        const w = result.workflows;
        const p = result.poller;
        console.log(
          `  ${tuning} ${size}: fan-out ${seconds(result.fanOutMs)}; workflows p50 ${seconds(w.p50)} p99 ${seconds(w.p99)} max ${seconds(w.max)}; poller p50 ${seconds(p.p50)} p99 ${seconds(p.p99)} max ${seconds(p.max)}; ` +
            `POST /directives (${result.postDirective.n} during the burst) p50 ${seconds(result.postDirective.p50)} p99 ${seconds(result.postDirective.p99)}, ` +
            `their task running after p50 ${seconds(result.newTaskRunning.p50)} max ${seconds(result.newTaskRunning.max)}; worker RSS ${result.workerRssMb} MB (peak ${result.workerPeakRssMb})`,
        );
      }
    }
    step(`API under load: ${RPS} list requests/s for ${LOAD_SECONDS} s`);
    apiLoad = await apiUnderLoad(stack);
    console.log(`  ${JSON.stringify(apiLoad)}`);
  } finally {
    await poller.stop().catch(() => undefined);
    await stack.stop();
  }
  const temporal = process.env.BENCH_TEMPORAL ?? 'dev';
  saveResults('reminder-burst', { date: new Date().toISOString(), temporal, results, apiLoad });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
