#!/usr/bin/env node
// Benchmark (not a test): scale out on the engine (issue 20, item 10). One Temporal server
// on PostgreSQL (its services one process each, so their CPU can be told apart), N worker
// and M API processes from dist/ on this machine, all against one PostgreSQL; then, for
// each configuration of SCALE_CONFIGS (default N×M, 1×1, N×M: the peer between two runs of
// what is measured, on the same system):
//   fan-out   one directive to SCALE_SIZE units through the first API: its 201, every task
//             followed and told in-app, every cohort workflow running;
//   burst     a second directive of SCALE_SIZE tasks whose reminders fall due at one instant
//             (sent to the last API): lateness p50/p99/max of the in-app reminders beside the
//             cron-style SQL poller, and new one-task directives every 0.5 s from the instant
//             until it has drained, sent to the API processes in turn (201, task followed);
//   list      the task list at SCALE_LIST_RPS requests/s for SCALE_LIST_SECONDS, round robin
//             over the API processes;
// with CPU seconds per process for each phase (PostgreSQL by database, each Temporal
// service, each worker, each API, their busiest thread) and the load average.
//   npm run bench -- scale-out      SCALE_WORKERS=2 SCALE_APIS=2 SCALE_SIZE=20000
//   SCALE_CONFIGS=2x2,1x1,2x2  SCALE_TEMPORAL_SERVICES=split|one  SCALE_LIST_RPS=200 SCALE_LIST_SECONDS=15
//   SCALE_PROBE_EVERY_MS=500  SCALE_WAIT_LOAD=4 (wait up to 10 min for a 1-minute load average under it; 0: don't wait)
import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ok, step } from '../scripts/lib/log.mjs';
import { saveResults } from './lib/results.mjs';
import { lateness, openLoop, probeDirectives, probesRunning, startPoller } from './lib/burst.mjs';
import { cpuBetween, cpuSample, loadAverage, postmasterPid, quietMachine } from './lib/cpu.mjs';
import { addUnits, count, issueDirective, sleep, startStack } from './lib/stack.mjs';
import { percentiles, until } from './lib/tally.mjs';

const WORKERS = Number(process.env.SCALE_WORKERS ?? 2);
const APIS = Number(process.env.SCALE_APIS ?? 2);
const SIZE = Number(process.env.SCALE_SIZE ?? 20_000);
const CONFIGS = (process.env.SCALE_CONFIGS ?? `${WORKERS}x${APIS},1x1,${WORKERS}x${APIS}`).split(',').map((c) => {
  const [workers, apis] = c.split('x').map(Number);
  if (!(workers >= 1 && apis >= 1)) throw new Error(`SCALE_CONFIGS: "${c}" is not <workers>x<apis>`);
  return { workers, apis };
});
const SPLIT = (process.env.SCALE_TEMPORAL_SERVICES ?? 'split') === 'split';
const LIST_RPS = Number(process.env.SCALE_LIST_RPS ?? 200);
const LIST_SECONDS = Number(process.env.SCALE_LIST_SECONDS ?? 15);
const WAIT_LOAD = Number(process.env.SCALE_WAIT_LOAD ?? 4);
// A cohort's burst drains in seconds: new directives from the instant on, every half second.
const PROBE_EVERY_MS = Number(process.env.SCALE_PROBE_EVERY_MS ?? 500);
// The reminder falls 12 h before a deadline 12 h after the instant: nothing turns overdue meanwhile.
const HORIZON = 'PT12H';
const HORIZON_MS = 12 * 3_600_000;
const HOUR = 3_600_000;
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const rssMb = (pid, field) =>
  Math.round(Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))[1]) / 1024);

/** Until every worker process of the stack polls both its task queues (identity `<pid>@<host>`). */
async function untilWorkersPoll(stack, client) {
  const pids = stack
    .processes()
    .filter(({ name }) => name.startsWith('worker'))
    .map(({ pid }) => `${pid}@${hostname()}`);
  for (const queue of ['dondoc', 'dondoc-interactive']) {
    await until(
      `workers polling ${queue}`,
      async () => {
        const { pollers } = await client.workflowService.describeTaskQueue({
          namespace: 'default',
          taskQueue: { name: queue },
          taskQueueType: 1, // TASK_QUEUE_TYPE_WORKFLOW
        });
        return new Set((pollers ?? []).map((p) => p.identity));
      },
      (seen) => pids.every((pid) => seen.has(pid)),
      300_000,
      500,
    );
  }
}

/** The phase's CPU, sampled over every child of the stack, PostgreSQL and this bench process. */
const sampler = (stack) => {
  const postgres = postmasterPid(join(stack.dir, 'pg'));
  return () => cpuSample({ processes: [...stack.processes(), { name: 'bench', pid: process.pid }], postgres });
};

// Counts for one directive, polled while it fans out or its burst drains: cheap statements
// (the shared tally's one statement over tasks, audit, notices and deliveries ran past the
// 30 s statement timeout at 20,000 tasks, and a burst must not be measured beside it).
const followed = async (stack, id) =>
  (
    await count(
      stack,
      `SELECT count(*)::int AS n FROM audit_events WHERE entity_type = 'task' AND action = 'task.follow_up_started'
          AND entity_id IN (SELECT id FROM tasks WHERE directive_id = $1)`,
      [id],
    )
  ).n;
/** In-app notices of a kind (rows: one user per unit here, so one per task). */
const told = async (stack, id, kind) =>
  (await count(stack, 'SELECT count(*)::int AS n FROM notifications WHERE directive_id = $1 AND kind = $2', [id, kind]))
    .n;

/** A directive of `size` tasks until every task is followed and told in-app and every cohort workflow runs. */
async function fanOut(stack, client, units, { title, task, base }) {
  const started = performance.now();
  const id = await issueDirective(stack, units, { title, task, base });
  const postMs = performance.now() - started;
  await until(
    'every task followed',
    () => followed(stack, id),
    (n) => n >= units.length,
    HOUR,
    250,
  );
  await until(
    'every task told in-app',
    () => told(stack, id, 'task_assigned'),
    (n) => n >= units.length,
    HOUR,
    250,
  );
  const liveMs = performance.now() - started;
  const cohorts = (await stack.dataSource.query('SELECT id FROM task_cohorts WHERE directive_id = $1', [id])).map(
    (row) => row.id,
  );
  for (const cohort of cohorts) {
    await until(
      `cohort ${cohort} running`,
      async () => {
        try {
          return (await client.workflow.getHandle(`cohort:${cohort}`).describe()).status.name;
        } catch {
          return 'not yet';
        }
      },
      (status) => status === 'RUNNING',
      HOUR,
      250,
    );
  }
  return {
    id,
    postMs: Math.round(postMs),
    liveMs: Math.round(liveMs),
    cohortsRunningMs: Math.round(performance.now() - started),
    cohorts: cohorts.length,
  };
}

async function runConfig(stack, client, poller, units, config, sample) {
  const label = `${config.workers}x${config.apis}`;
  const bases = stack.bases;
  const result = { config: label, workers: config.workers, apis: config.apis, load: { start: loadAverage() } };

  step(`${label}: fan-out of ${SIZE} through ${bases[0]}`);
  let before = sample();
  const fan = await fanOut(stack, client, units, { title: `Công văn ${SIZE} đơn vị (${label})`, base: bases[0] });
  result.fanOut = { ...fan, cpu: cpuBetween(before, sample()), load: loadAverage() };
  console.log(
    `  201 after ${s(fan.postMs)}; every task followed and told in-app after ${s(fan.liveMs)}; ` +
      `${fan.cohorts} cohort workflow(s) running after ${s(fan.cohortsRunningMs)}; load ${result.fanOut.load}`,
  );

  // The instant: once the burst's own directive is surely live (twice the fan-out just measured, and a margin).
  const due = new Date(Math.ceil((Date.now() + Math.max(60_000, 2 * fan.cohortsRunningMs + 30_000)) / 1000) * 1000);
  step(`${label}: ${SIZE} reminders at ${due.toISOString()} (directive through ${bases[bases.length - 1]})`);
  const burstDirective = await fanOut(stack, client, units, {
    title: `Nhắc hạn đồng loạt ${SIZE} (${label})`,
    base: bases[bases.length - 1],
    task: {
      deadline: new Date(due.getTime() + HORIZON_MS).toISOString(),
      deadlineWorkingDays: undefined,
      reminderPolicy: { before: [{ duration: HORIZON }] },
    },
  });
  const slack = due.getTime() - Date.now();
  if (slack < 5000) console.log(`  ! the burst's directive was live only ${slack} ms before the instant`);
  await poller.schedule(burstDirective.id, due);
  await sleep(Math.max(0, due.getTime() - 1000 - Date.now()));
  const loadAtInstant = loadAverage();
  before = sample();
  await sleep(Math.max(0, due.getTime() - Date.now()));
  const probing = probeDirectives(stack, units[units.length - 1], {
    everyMs: PROBE_EVERY_MS,
    bases,
    title: `Chỉ đạo mới giữa đợt nhắc (${label})`,
  });
  await until(
    'every reminder written',
    () => told(stack, burstDirective.id, 'reminder'),
    (n) => n >= SIZE,
    HOUR,
    500,
  );
  const burstCpu = cpuBetween(before, sample());
  const { probes, errors } = await probing.stop();
  const running = await probesRunning(stack, probes);
  result.burst = {
    directive: burstDirective,
    due: due.toISOString(),
    workflows: percentiles(await lateness(stack, burstDirective.id, due)),
    poller: percentiles(await poller.written(burstDirective.id, due, SIZE)),
    postDirective: percentiles(probes.map((p) => p.postMs)),
    probesPerApi: Object.fromEntries(bases.map((b) => [b, probes.filter((p) => p.base === b).length])),
    probeErrors: errors,
    newTaskFollowed: percentiles(running),
    cpu: burstCpu,
    load: { atInstant: loadAtInstant, end: loadAverage() },
  };
  const b = result.burst;
  console.log(
    `  reminders late p50 ${s(b.workflows.p50)} p99 ${s(b.workflows.p99)} max ${s(b.workflows.max)}; ` +
      `poller p50 ${s(b.poller.p50)} p99 ${s(b.poller.p99)} max ${s(b.poller.max)}; ` +
      `${b.postDirective.n} new directives: 201 p50 ${s(b.postDirective.p50)} p99 ${s(b.postDirective.p99)}, ` +
      `task followed p50 ${s(b.newTaskFollowed.p50)} max ${s(b.newTaskFollowed.max)}` +
      (errors.length ? `; ${errors.length} refused (${errors[0]})` : '') +
      `; load ${b.load.atInstant} → ${b.load.end}`,
  );

  if (LIST_RPS > 0) {
    step(`${label}: the task list at ${LIST_RPS} requests/s for ${LIST_SECONDS} s over ${bases.length} API(s)`);
    const headers = await stack.login();
    const [{ id: mttq }] = await stack.dataSource.query(`SELECT id FROM units WHERE code = 'MTTQ-GL'`);
    const path = `/api/v1/tasks?unitId=${mttq}&subtree=true&bucket=open_within_deadline&role=lead&limit=50`;
    before = sample();
    const list = await openLoop(
      async (i) => {
        const response = await fetch(`${bases[i % bases.length]}${path}`, { headers });
        if (response.status !== 200) throw new Error(String(response.status));
        await response.arrayBuffer();
      },
      LIST_RPS,
      LIST_SECONDS,
    );
    result.list = {
      rps: LIST_RPS,
      seconds: LIST_SECONDS,
      ...list,
      cpu: cpuBetween(before, sample()),
      load: loadAverage(),
    };
    console.log(
      `  achieved ${list.achievedRps}/s, p50 ${Math.round(list.p50)} ms, p99 ${Math.round(list.p99)} ms, ${list.errors} failed; load ${result.list.load}`,
    );
  }
  result.memory = Object.fromEntries(
    stack.processes().map(({ name, pid }) => [name, { rssMb: rssMb(pid, 'VmRSS'), peakRssMb: rssMb(pid, 'VmHWM') }]),
  );
  for (const phase of ['fanOut', 'burst', 'list']) if (result[phase]) printCpu(`${label} ${phase}`, result[phase].cpu);
  return result;
}

function printCpu(what, cpu) {
  const parts = Object.entries(cpu.processes).map(
    ([name, p]) => `${name} ${p.cores} (${p.busiestThread.comm} ${p.busiestThread.cores})`,
  );
  const pg = cpu.postgres
    ? `postgres ${cpu.postgres.cores} (busiest backend ${cpu.postgres.busiestBackend.database} ${cpu.postgres.busiestBackend.cores}) [${Object.entries(
        cpu.postgres.byDatabase,
      )
        .map(([db, c]) => `${db} ${c.cores}`)
        .join(', ')}]`
    : '';
  console.log(
    `  cores used, ${what} (${cpu.wallS} s; machine ${cpu.machineBusyCores}, others ${cpu.othersCores}): ${pg}; ${parts.join('; ')}`,
  );
}

async function main() {
  const waited = WAIT_LOAD > 0 ? await quietMachine({ below: WAIT_LOAD }) : { waitedS: 0, load: loadAverage() };
  ok(`load average ${waited.load} (waited ${waited.waitedS} s)`);
  const first = CONFIGS[0];
  const stack = await startStack({
    temporal: 'postgres',
    workers: first.workers,
    apis: first.apis,
    temporalServices: SPLIT ? ['frontend', 'history', 'matching', 'worker'] : undefined,
    env: {
      RATE_LIMIT_PER_ADDRESS: '0',
      RATE_LIMIT_PER_USER: '0',
      JWT_ACCESS_TTL_SECONDS: '86400',
      JWT_REFRESH_TTL_SECONDS: '86400',
    },
  });
  const { Client, Connection } = await import('@temporalio/client');
  const client = new Client({ connection: await Connection.connect({ address: stack.temporalAddress }) });
  const poller = await startPoller(stack.url);
  const sample = sampler(stack);
  const results = [];
  try {
    step(`Units: ${SIZE} under the demo province's Fatherland Front, one user each`);
    const units = await addUnits(stack, 'SO', SIZE);
    for (const [i, config] of CONFIGS.entries()) {
      if (i > 0) {
        step(`Apps: ${config.workers} worker(s), ${config.apis} API process(es)`);
        await stack.scale(config);
      }
      await untilWorkersPoll(stack, client);
      results.push(await runConfig(stack, client, poller, units, config, sample));
    }
  } finally {
    await poller.stop().catch(() => undefined);
    await client.connection.close().catch(() => undefined);
    await stack.stop();
  }
  saveResults('scale-out', {
    date: new Date().toISOString(),
    node: process.version,
    size: SIZE,
    temporal: SPLIT ? 'postgres, one process per service' : 'postgres, one process',
    loadBefore: waited,
    results,
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
