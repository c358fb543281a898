#!/usr/bin/env node
// Benchmark (not a test): the task and directive lists at 26,000 open tasks, 200
// requests/s each (open loop, fixed rate, loopback): (a) the first page of the task list,
// (b) a keyset page deep in it (`after`), (c) the same depth by `offset` (the peer),
// (d) the directive list, (e) the overview (the dashboard's home: the task list once per
// bucket, limit=1, role any), (f) a commune's directive list and (g) its task list (role
// any: lead or coordinating), (h) the directive list while a write commits every 10 ms;
// (c) runs last (its abandoned requests keep the API busy after it). Achieved rate and
// latency p50/p99 of each, the 1-minute load average after each, and the plans (EXPLAIN
// ANALYZE) of the first page, the deep keyset page, the bucket's count and a directive
// page's progress (kept counts, and recounted as before decision 61).
// Real API process from dist/, scratch embedded PostgreSQL, no Temporal.
//   npm run bench -- lists      (BENCH_OPEN_TASKS=26000 BENCH_RPS=200 BENCH_LOAD_SECONDS=20)
// CPU per request instead of latency (on a shared machine the wall clock measures the
// neighbours; CPU time much less so): BENCH_CPU_REQUESTS=2000 runs each row as that many requests, BENCH_CPU_CONCURRENCY
// (4) at a time, and prints the API process's CPU ms per request (/proc/<pid>/stat), the
// PostgreSQL backends' CPU ms per request, and the statements per request with their
// execution time (pg_stat_statements; the bench's own connections and the writer of (h)
// are not counted). BENCH_ROWS=<text>|<text> runs only the rows whose name
// contains one of them; BENCH_CPU_PROFILE=<dir> starts the API under `node --cpu-prof` (profile
// written to <dir> when it stops; `node bench/lib/cpuprofile.mjs <file>` lists the top
// self times). Each row first runs BENCH_WARM_SECONDS (3) at its rate, not counted
// (printed as warm-up); each row says how many PostgreSQL sessions were opened during it
// and in which seconds its requests over 100 ms were due.
import { Buffer } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { step } from '../scripts/lib/log.mjs';
import { saveResults } from './lib/results.mjs';
import { stopChild } from '../scripts/lib/proc.mjs';
import { BENCH_SCOPE, login, sleep, startApi, startDatabase } from './lib/app.mjs';

const OPEN = Number(process.env.BENCH_OPEN_TASKS ?? 26_000);
const RPS = Number(process.env.BENCH_RPS ?? 200);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 20);
const COMMUNES = 100;
const PAGE = 50;
/** How deep the deep pages are: this many rows in (the offset peer reads them all). */
const DEPTH = Math.floor(OPEN * 0.8);

const CPU_REQUESTS = Number(process.env.BENCH_CPU_REQUESTS ?? 0);
const CPU_CONCURRENCY = Number(process.env.BENCH_CPU_CONCURRENCY ?? 4);
const ROWS = process.env.BENCH_ROWS?.split('|');
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE;
/** Seconds each row runs at its rate before it is measured (BENCH_WARM_SECONDS; 0: none). */
const WARM_SECONDS = Number(process.env.BENCH_WARM_SECONDS ?? 3);

const WITH_WRITES = 'directives, first page, a write committed every 10 ms';

const percentile = (sorted, p) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] : null;

/** PostgreSQL sessions opened so far in the bench's database (a cold backend's first statements are slow). */
const sessionsOpened = async (db) =>
  Number((await db.query('SELECT sessions FROM pg_stat_database WHERE datname = current_database()'))[0].sessions);

/**
 * Open loop: `rps` requests a second for `seconds`, each timed from when it was due. Also
 * says how many PostgreSQL sessions were opened meanwhile and in which seconds of the run
 * the requests slower than 100 ms were due (where a p99 comes from).
 */
async function load(db, request, rps, seconds) {
  const sessionsBefore = await sessionsOpened(db);
  const slow = new Map();
  const latencies = [];
  let errors = 0;
  const reasons = new Map();
  const inFlight = [];
  const start = performance.now();
  for (let i = 0; i < rps * seconds; i++) {
    const due = start + (i * 1000) / rps;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    inFlight.push(
      request().then(
        () => {
          const ms = performance.now() - due;
          latencies.push(ms);
          if (ms > 100) {
            const second = Math.floor(i / rps);
            const [n, max] = slow.get(second) ?? [0, 0];
            slow.set(second, [n + 1, Math.max(max, Math.round(ms))]);
          }
        },
        (error) => {
          errors++;
          const reason = String(error.cause?.code ?? error.message).slice(0, 80);
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        },
      ),
    );
  }
  await Promise.all(inFlight);
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    requests: rps * seconds,
    errors,
    reasons: Object.fromEntries(reasons),
    achievedRps: Math.round(latencies.length / elapsed),
    p50Ms: Math.round(percentile(latencies, 0.5)),
    p99Ms: Math.round(percentile(latencies, 0.99)),
    maxMs: Math.round(latencies[latencies.length - 1] ?? 0),
    sessionsOpened: (await sessionsOpened(db)) - sessionsBefore,
    // second of the run → [requests slower than 100 ms, the slowest]
    slowBySecond: Object.fromEntries(slow),
  };
}

/** CPU ms a process has used so far (user + system; /proc/<pid>/stat, clock ticks of 10 ms). */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0; // gone
  }
}

/** The system (kernel) part of `cpuMs`. */
function sysCpuMs(pid) {
  try {
    return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[12]) * 10;
  } catch {
    return 0; // gone
  }
}

/**
 * Closed loop: `count` requests, `concurrency` in flight; the API process's CPU, its
 * PostgreSQL backends' CPU and the statements (pg_stat_statements) they ran, per request.
 */
async function cpuPerRequest(db, apiPid, request, count, concurrency) {
  const backends = async () =>
    (
      await db.query(
        `SELECT pid FROM pg_stat_activity WHERE application_name LIKE 'dondoc-%' AND datname = current_database()`,
      )
    ).map((row) => row.pid);
  const pids = await backends();
  const pgBefore = new Map(pids.map((pid) => [pid, cpuMs(pid)]));
  await db.query('SELECT pg_stat_statements_reset()');
  const apiBefore = cpuMs(apiPid);
  const apiSysBefore = sysCpuMs(apiPid);
  const clientBefore = process.cpuUsage();
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < count) await request();
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const api = cpuMs(apiPid) - apiBefore;
  const apiSys = sysCpuMs(apiPid) - apiSysBefore;
  const client = process.cpuUsage(clientBefore);
  let pg = 0;
  for (const pid of await backends()) pg += cpuMs(pid) - (pgBefore.get(pid) ?? 0);
  const statements = await db.query(
    `SELECT calls::int, round(total_exec_time::numeric, 1)::float AS ms, round(total_plan_time::numeric, 1)::float AS plan_ms,
            left(regexp_replace(query, '[[:space:]]+', ' ', 'g'), 110) AS query
       FROM pg_stat_statements
      WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND query NOT LIKE '%pg_stat_%' AND query NOT LIKE 'SELECT pid FROM%'
        AND query NOT LIKE 'UPDATE tasks SET updated_at%'
      ORDER BY calls DESC, total_exec_time DESC`,
  );
  const calls = statements.reduce((sum, row) => sum + row.calls, 0);
  const execMs = statements.reduce((sum, row) => sum + row.ms, 0);
  const planMs = statements.reduce((sum, row) => sum + row.plan_ms, 0);
  const per = (value) => Math.round((value / count) * 100) / 100;
  return {
    requests: count,
    concurrency,
    apiCpuMsPerRequest: per(api),
    apiSystemCpuMsPerRequest: per(apiSys),
    pgCpuMsPerRequest: per(pg),
    clientCpuMsPerRequest: per((client.user + client.system) / 1000),
    statementsPerRequest: per(calls),
    statementExecMsPerRequest: per(execMs),
    statementPlanMsPerRequest: per(planMs),
    closedLoopRps: Math.round(count / seconds),
    statements: statements.slice(0, 8).map((row) => ({
      perRequest: per(row.calls),
      msPerCall: Math.round((row.ms / row.calls) * 1000) / 1000,
      planMsPerCall: Math.round((row.plan_ms / row.calls) * 1000) / 1000,
      query: row.query,
    })),
  };
}

/** A province: a root, COMMUNES communes under it, five bodies under each. */
function units() {
  const rows = [{ line: 1, code: 'L-ROOT', name: 'Tỉnh ủy thử', kind: 'party_committee', parentCode: null }];
  for (let c = 1; c <= COMMUNES; c++) {
    rows.push({
      line: rows.length + 1,
      code: `L-X${c}`,
      name: `Đảng ủy xã ${c}`,
      kind: 'commune',
      parentCode: 'L-ROOT',
    });
    for (let b = 1; b <= 5; b++)
      rows.push({
        line: rows.length + 1,
        code: `L-X${c}-${b}`,
        name: `Đoàn thể ${b} xã ${c}`,
        kind: 'mass_organisation',
        parentCode: `L-X${c}`,
      });
  }
  return rows;
}

/** OPEN open tasks (deadlines spread over the coming 60 days), a fifth as many closed, over 100 directives. */
async function seed(db, rootId) {
  await db.query(
    `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year, issue_date,
       issuing_unit_id, title, search_text, status, accepted_at, created_by)
     SELECT gen_random_uuid(), g || '-KH/TU', g || '-KH/TU', g, 'KH', 'TU', 2026, date '2026-01-01' + g, $1,
            'Kế hoạch thử ' || g, 'KE HOACH THU ' || g, 'active', now(), 'bench'
       FROM generate_series(1, 100) g`,
    [rootId],
  );
  await db.query(
    `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase, original_deadline, deadline,
                        completed_at, reminder_policy, escalation_policy)
     SELECT gen_random_uuid(), d.id, g, 'Nhiệm vụ thử ' || g, u.id, $1,
            CASE WHEN g % 6 = 0 THEN 'completed' ELSE 'assigned' END, CASE WHEN g % 6 = 0 THEN 'completed' ELSE 'in_progress' END,
            dl, dl, CASE WHEN g % 6 = 0 THEN now() END, '{}', '{}'
       FROM generate_series(1, $2::int) g
       CROSS JOIN LATERAL (SELECT now() + interval '1 day' + (g % 5000) * interval '17 minutes' AS dl) x
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM units WHERE id <> $1) u ON u.n = g % $3
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM directives) d ON d.n = g % 100`,
    [rootId, Math.round((OPEN * 6) / 5), COMMUNES * 6],
  );
  // A third of the tasks have a coordinating unit (another unit, seven along).
  await db.query(
    `INSERT INTO task_coordinators (task_id, unit_id, position)
     SELECT t.id, c.id, 0
       FROM tasks t
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM units WHERE id <> $1) c
         ON c.n = (t.position + 7) % $2
      WHERE t.position % 3 = 0 AND c.id <> t.lead_unit_id`,
    [rootId, COMMUNES * 6],
  );
  // Settled tables, as a running system has them: without the VACUUM, autovacuum's first pass
  // over 31,200 freshly written tasks and their indexes lands inside one of the timed rows.
  await db.query('VACUUM ANALYZE');
}

async function main() {
  const database = await startDatabase({
    flags: CPU_REQUESTS
      ? ['-c', 'shared_preload_libraries=pg_stat_statements', '-c', 'pg_stat_statements.track_planning=on']
      : [],
  });
  let api;
  try {
    const { url, persistence, dataSource: db } = database;
    if (CPU_REQUESTS) await db.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    step(`Units: ${COMMUNES * 6 + 1}; tasks: ${OPEN} open and a fifth as many completed (direct SQL)`);
    await new persistence.UnitsRepository(db).import(BENCH_SCOPE, units(), 'bench');
    const root = await db.getRepository(persistence.UnitEntity).findOneByOrFail({ code: 'L-ROOT' });
    const bcrypt = (await import('bcryptjs')).default;
    await new persistence.UsersRepository(db).create(
      {
        username: 'bench.leader',
        passwordHash: await bcrypt.hash('bench-password', 4),
        fullName: 'Bench',
        role: 'leader',
        unitId: root.id,
      },
      'bench',
    );
    const commune = await db.getRepository(persistence.UnitEntity).findOneByOrFail({ code: 'L-X7' });
    await new persistence.UsersRepository(db).create(
      {
        username: 'bench.commune',
        passwordHash: await bcrypt.hash('bench-password', 4),
        fullName: 'Bench commune',
        role: 'officer',
        unitId: commune.id,
      },
      'bench',
    );
    await seed(db, root.id);
    const [{ open }] = await db.query(
      `SELECT count(*)::int AS open FROM tasks WHERE status IN ('assigned', 'overdue')`,
    );

    let base;
    const env = PROFILE_DIR ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${PROFILE_DIR}` } : {};
    ({ api, base } = await startApi({ databaseUrl: url, quiet: true, env }));
    const { authorization } = await login(base, 'bench.leader', 'bench-password');
    const communeLogin = await login(base, 'bench.commune', 'bench-password');
    const get = async (path, as = authorization) => {
      const response = await fetch(`${base}/api/v1${path}`, { headers: { authorization: as } });
      if (response.status !== 200)
        throw new Error(`${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
      return response.json();
    };
    const list = `/tasks?subtree=true&bucket=open_within_deadline&role=lead&limit=${PAGE}`;
    // The cursor DEPTH rows in: walk there by keyset pages of 500 (not timed).
    step(`Finding the cursor ${DEPTH} rows deep`);
    let cursor = null;
    for (let seen = 0; seen < DEPTH; seen += 500) {
      const page = await get(
        `/tasks?subtree=true&bucket=open_within_deadline&role=lead&limit=500${cursor ? `&after=${cursor}` : ''}`,
      );
      cursor = page.nextCursor;
    }
    const first = await get(list);
    // The overview (apps/web/src/pages/Overview.tsx): one limit=1 request per bucket, role any.
    const overview = ['open_within_deadline', 'open_overdue', 'completed_on_time', 'completed_late', 'cancelled'].map(
      (bucket) => `/tasks?bucket=${bucket}&subtree=true&limit=1`,
    );
    const requests = {
      'tasks, first page': [`${list}`],
      [`tasks, keyset page ${DEPTH} rows in (after)`]: [`${list}&after=${cursor}`],
      'directives, first page': [`/directives?limit=${PAGE}`],
      'overview (5 buckets in turn, role any)': overview,
      "a commune's directives, first page": [`/directives?limit=${PAGE}`, communeLogin.authorization],
      "a commune's tasks, first page (role any)": [
        `/tasks?subtree=true&bucket=open_within_deadline&limit=${PAGE}`,
        communeLogin.authorization,
      ],
      // With writes: a task's row changed and committed every 10 ms meanwhile (as reports and
      // acknowledgements arrive), so no count kept "while nothing has ended" survives.
      [WITH_WRITES]: [`/directives?limit=${PAGE}`],
      // Last: the API is still working off this one's queue when its clients have given up.
      [`tasks, offset page ${DEPTH} rows in (the peer)`]: [`${list}&offset=${DEPTH}`],
    };
    const plans = {};
    const explain = async (name, sql, params) => {
      const rows = await db.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${sql}`, params);
      plans[name] = rows.map((row) => row['QUERY PLAN']).join('\n');
    };
    const keyset = (extra) =>
      `SELECT t.id FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id
        WHERE lu.path LIKE $1 AND t.status IN ('assigned', 'overdue') AND t.deadline >= now() ${extra}
        ORDER BY t.deadline, t.id LIMIT ${PAGE + 1}`;
    const [deadline, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString());
    await explain('first page', keyset(''), [`${root.path}%`]);
    await explain('keyset page deep', keyset(`AND (t.deadline, t.id) > ($2::timestamptz, $3::uuid)`), [
      `${root.path}%`,
      deadline,
      id,
    ]);
    await explain(
      'the count (one commune)',
      `SELECT count(*) FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id
        WHERE lu.path LIKE $1 AND t.status IN ('assigned', 'overdue') AND t.deadline >= now()`,
      [`${(await db.query(`SELECT path FROM units WHERE code = 'L-X7'`))[0].path}%`],
    );
    const firstDirectives = (
      await db.query(`SELECT id FROM directives ORDER BY issue_date DESC, created_at DESC, id DESC LIMIT ${PAGE}`)
    ).map((row) => row.id);
    await explain(
      "a directive page's progress, kept counts (directive_task_counts)",
      `SELECT directive_id, CASE WHEN state <> 'open' THEN state
                                 WHEN deadline < now() THEN 'open_overdue' ELSE 'open_within_deadline' END, sum(n)
         FROM directive_task_counts WHERE directive_id = ANY($1) GROUP BY 1, 2`,
      [firstDirectives],
    );
    await explain(
      "a directive page's progress, recounted (the peer: before decision 61)",
      `SELECT t.directive_id, CASE WHEN t.status = 'cancelled' THEN 'cancelled'
                WHEN t.status = 'completed' AND t.completed_at <= t.deadline THEN 'completed_on_time'
                WHEN t.status = 'completed' THEN 'completed_late'
                WHEN t.deadline < now() THEN 'open_overdue' ELSE 'open_within_deadline' END AS bucket, count(*)
         FROM tasks t JOIN units u ON u.id = t.lead_unit_id
         JOIN directives d ON d.id = t.directive_id JOIN units iu ON iu.id = d.issuing_unit_id
        WHERE t.directive_id = ANY($1)
          AND (CASE WHEN iu.path LIKE $2 THEN t.parent_task_id IS NULL
                    ELSE u.path LIKE $2 OR EXISTS (
                      SELECT 1 FROM task_coordinators c JOIN units cu ON cu.id = c.unit_id
                       WHERE c.task_id = t.id AND cu.path LIKE $2) END)
        GROUP BY 1, 2`,
      [firstDirectives, `${root.path}%`],
    );
    const communePath = (await db.query(`SELECT path FROM units WHERE code = 'L-X7'`))[0].path;
    await explain(
      "a commune's directive page's progress (its subtree's tasks, as DirectivesRepository.bucketCounts)",
      `WITH seen AS (
         SELECT t.id, t.directive_id, t.status, t.completed_at, t.deadline
           FROM units u JOIN tasks t ON t.lead_unit_id = u.id
          WHERE u.path LIKE $2 AND t.directive_id = ANY($1)
         UNION
         SELECT ct.id, ct.directive_id, ct.status, ct.completed_at, ct.deadline
           FROM units cu JOIN task_coordinators c ON c.unit_id = cu.id
           JOIN tasks ct ON ct.id = c.task_id
          WHERE cu.path LIKE $2 AND ct.directive_id = ANY($1))
       SELECT t.directive_id, CASE WHEN t.status = 'cancelled' THEN 'cancelled'
                WHEN t.status = 'completed' AND t.completed_at <= t.deadline THEN 'completed_on_time'
                WHEN t.status = 'completed' THEN 'completed_late'
                WHEN t.deadline < now() THEN 'open_overdue' ELSE 'open_within_deadline' END AS bucket, count(*) AS n
         FROM seen t
        GROUP BY 1, 2`,
      [firstDirectives, `${communePath}%`],
    );
    await explain(
      'the count (the province)',
      `SELECT count(*) FROM tasks t JOIN units lu ON lu.id = t.lead_unit_id
        WHERE lu.path LIKE $1 AND t.status IN ('assigned', 'overdue') AND t.deadline >= now()`,
      [`${root.path}%`],
    );
    const written = (await db.query('SELECT id FROM tasks ORDER BY id LIMIT 1000')).map((row) => row.id);
    const figures = {};
    for (const [name, [path, as]] of Object.entries(requests)) {
      if (ROWS && !ROWS.some((part) => name.includes(part))) continue;
      // The overview's five requests in turn; the others one request with its reader.
      const paths = name.startsWith('overview') ? requests[name] : [path];
      const reader = name.startsWith('overview') ? undefined : as;
      for (const each of paths) await get(each, reader); // warm: the plan cache, the total
      let turn = 0;
      step(`${name}: ${RPS} requests/s for ${SECONDS} s`);
      let writing = name === WITH_WRITES;
      const writer = (async () => {
        let writes = 0;
        while (writing) {
          await db.query('UPDATE tasks SET updated_at = now() WHERE id = $1', [written[writes++ % written.length]]);
          await sleep(10);
        }
        return writes;
      })();
      const request = () => get(paths[turn++ % paths.length], reader);
      // The rate for a few seconds before it is measured: the steady state is what the
      // target is about; what the first seconds after a start cost is printed beside it.
      const warmUp = CPU_REQUESTS || !WARM_SECONDS ? null : await load(db, request, RPS, WARM_SECONDS);
      if (warmUp) console.log(`  warm-up: ${JSON.stringify(warmUp)}`);
      figures[name] = CPU_REQUESTS
        ? await cpuPerRequest(db, api.pid, request, CPU_REQUESTS, CPU_CONCURRENCY)
        : await load(db, request, RPS, SECONDS);
      writing = false;
      if (name === WITH_WRITES) figures[name].writes = await writer;
      figures[name].loadAverage1m = loadavg()[0];
      if (warmUp)
        figures[name].warmUp = { p99Ms: warmUp.p99Ms, maxMs: warmUp.maxMs, sessionsOpened: warmUp.sessionsOpened };
      console.log(`  ${JSON.stringify(figures[name])}`);
      await sleep(2_000);
    }
    await db.destroy();
    const results = {
      date: new Date().toISOString(),
      loadAverage: loadavg(),
      node: process.version,
      openTasks: open,
      total: first.total,
      rps: RPS,
      seconds: SECONDS,
      depth: DEPTH,
      figures,
      plans,
    };
    for (const [name, plan] of Object.entries(plans)) console.log(`\n  plan, ${name}:\n${plan.replace(/^/gm, '    ')}`);
    if (CPU_REQUESTS) {
      console.log(
        `\n  | request | API CPU ms/req (of it system) | PostgreSQL CPU ms/req | statements/req | their exec ms/req | their planning ms/req | client CPU ms/req | closed loop req/s | load (1 min) |\n  | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |`,
      );
      for (const [name, f] of Object.entries(figures))
        console.log(
          `  | ${name} | ${f.apiCpuMsPerRequest} (${f.apiSystemCpuMsPerRequest}) | ${f.pgCpuMsPerRequest} | ${f.statementsPerRequest} | ${f.statementExecMsPerRequest} | ${f.statementPlanMsPerRequest} | ${f.clientCpuMsPerRequest} | ${f.closedLoopRps} | ${f.loadAverage1m.toFixed(1)} |`,
        );
    } else {
      console.log(
        `\n  | request | achieved | p50 | p99 | errors | load (1 min) |\n  | --- | ---: | ---: | ---: | ---: | ---: |`,
      );
      for (const [name, f] of Object.entries(figures))
        console.log(
          `  | ${name} | ${f.achievedRps}/s | ${f.p50Ms} ms | ${f.p99Ms} ms | ${f.errors} | ${f.loadAverage1m.toFixed(1)} |`,
        );
    }
    saveResults('lists', results);
  } finally {
    if (api) await stopChild(api);
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
