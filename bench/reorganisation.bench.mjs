#!/usr/bin/env node
// Benchmark (not a test): a province's communes merged about three into one while their
// tasks run (issue 21: 1,000 communes into 330 with 20,000 open tasks). Real API and worker
// on the Temporal dev server, real PostgreSQL (embedded, scratch).
//
// Seeds a region of BENCH_COMMUNES communes (set-based SQL, one officer each), issues
// BENCH_TASKS / BENCH_COMMUNES directives to every commune by expansion (so each commune
// leads that many tasks, followed in cohorts), then:
//   1. the peer: a plain SQL UPDATE of the same task rows to their successors, in a
//      transaction rolled back (what "writing behind the drivers" would cost);
//   2. the plan's preview (dryRun: true) and its apply (effectiveAt: now), timed until the
//      plan reads `applied`, every task's lead is a successor and every task has its one
//      `task.handed_over` row.
//   npm run bench -- reorganisation      BENCH_COMMUNES=1000 BENCH_TASKS=20000 (defaults)
import { ok, step } from '../scripts/lib/log.mjs';
import { stopChild } from '../scripts/lib/proc.mjs';
import { login, peakRssMb, postRetried, sleep, startApp, startInfra } from './lib/app.mjs';
import { saveResults } from './lib/results.mjs';

const COMMUNES = Number(process.env.BENCH_COMMUNES ?? 1000);
const TASKS = Number(process.env.BENCH_TASKS ?? 20000);
const DIRECTIVES = Math.max(1, Math.round(TASKS / COMMUNES));
/** About three into one: 1,000 → 330 (ten groups of four, the rest of three). */
const GROUPS = Math.max(1, Math.round(COMMUNES / 3.03));
const GIVE_UP_MS = 60 * 60_000;

async function seedRegion(dataSource) {
  const [{ id: tu, path: tuPath }] = await dataSource.query(`SELECT id, path FROM units WHERE code = 'TU-GL'`);
  const [{ id: root }] = await dataSource.query(
    `INSERT INTO units (id, code, name, name_folded, search_folded, kind, parent_id, path, depth)
     SELECT g.id, 'RG', 'Vùng sáp nhập', 'vung sap nhap', 'vung sap nhap', 'other', $1, $2 || g.id || '/', 1
       FROM (SELECT gen_random_uuid() AS id) g RETURNING id`,
    [tu, tuPath],
  );
  await dataSource.query(
    `INSERT INTO units (id, code, name, name_folded, search_folded, kind, parent_id, path, depth)
     SELECT g.id, 'RG-C' || g.n, 'Xã ' || g.n, 'xa ' || g.n, 'xa ' || g.n, 'commune', $1,
            (SELECT path FROM units WHERE id = $1) || g.id || '/', 2
       FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, $2::int) n) g`,
    [root, COMMUNES],
  );
  await dataSource.query(
    `INSERT INTO users (id, username, password_hash, full_name, role, unit_id)
     SELECT gen_random_uuid(), lower(code), 'x', name, 'officer', id FROM units WHERE parent_id = $1`,
    [root],
  );
  await dataSource.query('ANALYZE units; ANALYZE users');
  return { root, tu };
}

/** The communes numbered 1…COMMUNES in GROUPS consecutive runs, each merged into a new commune. */
function mergePlan() {
  const operations = [];
  let next = 1;
  for (let g = 0; g < GROUPS; g++) {
    const size = Math.floor(COMMUNES / GROUPS) + (g < COMMUNES % GROUPS ? 1 : 0);
    const from = Array.from({ length: size }, (_, i) => `RG-C${next + i}`);
    next += size;
    operations.push({ op: 'merge', from, into: { code: `RG-M${g + 1}`, name: `Xã mới ${g + 1}`, kind: 'commune' } });
  }
  return operations;
}

async function post(base, headers, path, body, key = `bench-reorg-${Date.now()}-${Math.random()}`) {
  const { response } = await postRetried(`${base}${path}`, headers, body, key);
  const text = await response.text();
  if (response.status >= 300) throw new Error(`${path} answered ${response.status}: ${text.slice(0, 400)}`);
  return JSON.parse(text);
}

async function waitUntil(what, probe) {
  const giveUpAt = Date.now() + GIVE_UP_MS;
  for (;;) {
    const done = await probe();
    if (done) return;
    if (Date.now() > giveUpAt) throw new Error(`${what}: not done after ${GIVE_UP_MS / 60_000} minutes`);
    await sleep(500);
  }
}

async function issueDirectives(base, headers, dataSource, { root, tu }) {
  const issueDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
  for (let d = 1; d <= DIRECTIVES; d++) {
    await post(
      base,
      headers,
      '/api/v1/directives',
      {
        documentNumber: `${d}-KH/RG`,
        title: `Kế hoạch ${d} trước sáp nhập`,
        issueDate,
        issuingUnitId: tu,
        expansion: {
          rootUnitId: root,
          kinds: ['commune'],
          levels: [1],
          task: { title: 'Báo cáo kết quả', deadlineWorkingDays: 30 },
        },
      },
      `bench-reorg-${d}-${Date.now()}`,
    );
  }
  await waitUntil('tasks followed', async () => {
    const [{ n }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_events WHERE action = 'task.follow_up_started'`,
    );
    return n >= DIRECTIVES * COMMUNES;
  });
}

/** The peer: the same task rows moved to their successors by one UPDATE, rolled back. */
async function plainUpdate(dataSource, operations) {
  const from = [];
  const into = [];
  for (const op of operations)
    for (const code of op.from) {
      from.push(code);
      into.push(op.into.code);
    }
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.startTransaction();
    // The successors do not exist yet: stand-in rows inside the same rolled-back transaction.
    await runner.query(
      `INSERT INTO units (id, code, name, name_folded, search_folded, kind, parent_id, path, depth)
       SELECT g.id, g.code, g.code, lower(g.code), lower(g.code), 'commune', r.id, r.path || g.id || '/', 2
         FROM (SELECT c.code, gen_random_uuid() AS id FROM (SELECT DISTINCT unnest($1::text[]) AS code) c) g, units r WHERE r.code = 'RG'`,
      [into],
    );
    const started = performance.now();
    const result = await runner.query(
      `UPDATE tasks t SET lead_unit_id = s.id
         FROM unnest($1::text[], $2::text[]) AS m(from_code, into_code)
         JOIN units f ON f.code = m.from_code
         JOIN units s ON s.code = m.into_code
        WHERE t.lead_unit_id = f.id AND t.status NOT IN ('completed', 'cancelled')`,
      [from, into],
    );
    const ms = performance.now() - started;
    await runner.rollbackTransaction();
    return { ms: Math.round(ms), rows: result[1] };
  } finally {
    await runner.release();
  }
}

async function main() {
  const infra = await startInfra();
  const { url, persistence, dataSource, temporal } = infra;
  const children = [];
  try {
    step(`A region of ${COMMUNES} communes; ${DIRECTIVES} directive(s) to every one (${DIRECTIVES * COMMUNES} tasks)`);
    const region = await seedRegion(dataSource);
    const { worker, api, base, headers } = await startApp({
      databaseUrl: url,
      temporalAddress: temporal.address,
      password: persistence.DEMO_PASSWORD,
    });
    children.push(worker, api);
    const seeded = performance.now();
    await issueDirectives(base, headers, dataSource, region);
    ok(`  ${DIRECTIVES * COMMUNES} tasks followed after ${Math.round(performance.now() - seeded)} ms`);
    await dataSource.query('ANALYZE tasks; ANALYZE audit_events');

    const operations = mergePlan();
    step(`Peer: one SQL UPDATE of the same task rows (rolled back)`);
    const peer = await plainUpdate(dataSource, operations);
    ok(`  ${peer.rows} rows in ${peer.ms} ms`);

    step(`Preview: ${COMMUNES} communes into ${GROUPS}`);
    let started = performance.now();
    // Plans are an admin's: the province's leader issued the directives, its admin reorganises.
    const admin = await login(base, 'admin', persistence.DEMO_PASSWORD);
    const preview = await post(base, admin, '/api/v1/reorganisations', { dryRun: true, operations });
    const previewMs = Math.round(performance.now() - started);
    if (preview.conflicts?.length) throw new Error(`conflicts: ${JSON.stringify(preview.conflicts.slice(0, 3))}`);
    ok(`  answered in ${previewMs} ms: ${JSON.stringify(preview.counts)}`);

    step('Apply, effective now');
    started = performance.now();
    const plan = await post(base, admin, '/api/v1/reorganisations', { dryRun: false, effectiveAt: 'now', operations });
    const answeredMs = Math.round(performance.now() - started);
    let last;
    // A fresh token every 5 minutes: the apply may outlast an access token (15 minutes).
    let fresh = { headers: admin, at: Date.now() };
    await waitUntil('plan applied', async () => {
      if (Date.now() - fresh.at > 5 * 60_000)
        fresh = { headers: await login(base, 'admin', persistence.DEMO_PASSWORD), at: Date.now() };
      const response = await fetch(`${base}/api/v1/reorganisations/${plan.id}`, { headers: fresh.headers });
      last = await response.json();
      if (last.status === 'refused') throw new Error(`refused: ${JSON.stringify(last).slice(0, 400)}`);
      return last.status === 'applied';
    });
    const appliedMs = Math.round(performance.now() - started);
    const [check] = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM tasks t JOIN units u ON u.id = t.lead_unit_id
                WHERE u.code LIKE 'RG-C%' AND t.status NOT IN ('completed', 'cancelled')) AS left_behind,
              (SELECT count(*)::int FROM tasks t JOIN units u ON u.id = t.lead_unit_id
                WHERE u.code LIKE 'RG-M%') AS with_successor,
              (SELECT count(*)::int FROM audit_events WHERE action = 'task.handed_over') AS handed_over,
              (SELECT count(DISTINCT entity_id)::int FROM audit_events WHERE action = 'task.handed_over') AS tasks_handed_over`,
    );
    if (check.left_behind !== 0 || check.with_successor !== DIRECTIVES * COMMUNES)
      throw new Error(`after the apply: ${JSON.stringify(check)}`);
    const result = {
      communes: COMMUNES,
      into: GROUPS,
      tasks: DIRECTIVES * COMMUNES,
      peerUpdateMs: peer.ms,
      peerRows: peer.rows,
      previewMs,
      applyAnsweredMs: answeredMs,
      appliedMs,
      tasksPerSecond: Math.round((DIRECTIVES * COMMUNES * 1000) / appliedMs),
      handedOverRows: check.handed_over,
      tasksHandedOver: check.tasks_handed_over,
      progress: last.progress ?? null,
      workerPeakRssMb: Math.round(peakRssMb(worker.pid)),
      apiPeakRssMb: Math.round(peakRssMb(api.pid)),
    };
    console.log(JSON.stringify(result, null, 2));
    saveResults('reorganisation', { date: new Date().toISOString(), node: process.version, result });
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await infra.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
