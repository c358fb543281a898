#!/usr/bin/env node
// Benchmark (not a test): GET /stats/completion over 20,000 units with 5 tasks each in
// the quarter (live and `asOf`, rebuilt from the audit log), with the facts query's
// plan (EXPLAIN ANALYZE); then the overdue pack exported as CSV and XLSX, 100,000 rows
// streamed, with the API's peak memory. Real API process, real PostgreSQL (embedded,
// scratch); no Temporal needed. Writes bench/results/stats-<timestamp>.json.
//   npm run bench -- stats     (BENCH_UNITS=20000 by default)
import { step } from '../scripts/lib/log.mjs';
import { saveResults } from './lib/results.mjs';
import { stopChild } from '../scripts/lib/proc.mjs';
import { BENCH_SCOPE, login, peakRssMb, startApi, startDatabase } from './lib/app.mjs';

const UNITS = Number(process.env.BENCH_UNITS ?? 20_000);
const EXPORT_ROWS = Number(process.env.BENCH_EXPORT_ROWS ?? 100_000);
const REPEAT = 3;
const Q3 = { from: '2026-07-01', to: '2026-09-30', asOf: '2026-09-30T23:59:59+07:00' };
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function timed(fn) {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

/** A province of UNITS units: 100 communes' parties under the root, the rest under them. */
function units() {
  const rows = [{ line: 1, code: 'S-ROOT', name: 'Tỉnh ủy thử', kind: 'party_committee', parentCode: null }];
  const communes = 100;
  for (let c = 1; c <= communes; c++)
    rows.push({
      line: rows.length + 1,
      code: `S-X${c}`,
      name: `Đảng ủy xã thử ${c}`,
      kind: 'commune',
      parentCode: 'S-ROOT',
    });
  for (let i = rows.length; i < UNITS; i++)
    rows.push({
      line: i + 1,
      code: `S-U${i}`,
      name: `Đơn vị thử số ${i}`,
      kind: 'mass_organisation',
      parentCode: `S-X${(i % communes) + 1}`,
    });
  return rows;
}

/**
 * 5 tasks per unit assigned in the quarter: on time, late, extended then done, open
 * overdue, cancelled; the audit rows the worker writes for each (review, extension,
 * cancellation) at past instants. Then open overdue tasks of an earlier quarter, so the
 * overdue pack has EXPORT_ROWS rows.
 */
async function seedTasks(dataSource, rootId) {
  // One transaction without the statement timeout: the audit chain's trigger hashes 100,000 rows in one statement.
  await dataSource.transaction(async (db) => {
    await db.query('SET LOCAL statement_timeout = 0');
    await seedInTransaction(db, rootId);
  });
  await dataSource.query('ANALYZE');
}

async function seedInTransaction(db, rootId) {
  await db.query(
    `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year, issue_date,
       issuing_unit_id, title, search_text, status, accepted_at, created_by)
     VALUES (gen_random_uuid(), '461-QĐ/TU', '461-QĐ/TU', 461, 'QĐ', 'TU', 2026, '2026-07-01', $1, 'Giao ban quý III', 'GIAO BAN', 'active', now(), 'bench')`,
    [rootId],
  );
  const directive = `(SELECT id FROM directives WHERE document_number = '461-QĐ/TU')`;
  await db.query(
    `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase, original_deadline, deadline,
                        completed_at, created_at, reminder_policy, escalation_policy)
     SELECT gen_random_uuid(), ${directive}, row_number() OVER (), 'Báo cáo giao ban quý III', u.id, $1,
            CASE k WHEN 1 THEN 'completed' WHEN 2 THEN 'completed' WHEN 3 THEN 'completed' WHEN 4 THEN 'overdue' ELSE 'cancelled' END,
            CASE k WHEN 4 THEN 'in_progress' WHEN 5 THEN 'cancelled' ELSE 'completed' END,
            timestamptz '2026-08-31 17:00+07', CASE k WHEN 3 THEN timestamptz '2026-09-30 17:00+07' ELSE timestamptz '2026-08-31 17:00+07' END,
            CASE k WHEN 1 THEN timestamptz '2026-08-20 09:00+07' WHEN 2 THEN timestamptz '2026-09-10 09:00+07'
                   WHEN 3 THEN timestamptz '2026-09-20 09:00+07' END,
            timestamptz '2026-07-05 08:00+07' + (k || ' hours')::interval, '{}', '{}'
       FROM units u CROSS JOIN generate_series(1, 5) k WHERE u.id <> $1`,
    [rootId],
  );
  // The audit rows: acceptance of the three completed, the extension of the third, the cancellation.
  await db.query(
    `INSERT INTO audit_events (event_id, entity_type, entity_id, action, actor, occurred_at, before, after)
     SELECT 'bench:' || t.id || ':' || a.action, 'task', t.id, a.action, 'bench', a.at, a.before, a.after
       FROM tasks t CROSS JOIN LATERAL (VALUES
         ('task.review', t.completed_at + interval '1 day', NULL::jsonb, jsonb_build_object('status', 'completed', 'outcome', 'accepted')),
         ('task.extension_decided', timestamptz '2026-08-25 10:00+07', jsonb_build_object('deadline', t.original_deadline),
            jsonb_build_object('approved', true, 'deadline', t.deadline)),
         ('task.cancelled', timestamptz '2026-08-01 08:00+07', NULL::jsonb, jsonb_build_object('status', 'cancelled'))
       ) AS a(action, at, before, after)
      WHERE t.directive_id = ${directive}
        AND ((a.action = 'task.review' AND t.status = 'completed')
          OR (a.action = 'task.extension_decided' AND t.deadline <> t.original_deadline)
          OR (a.action = 'task.cancelled' AND t.status = 'cancelled'))`,
  );
  const [{ open }] = await db.query(`SELECT count(*)::int AS open FROM tasks WHERE status = 'overdue'`);
  await db.query(
    `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase, original_deadline, deadline,
                        created_at, reminder_policy, escalation_policy)
     SELECT gen_random_uuid(), ${directive}, 1000000 + g, 'Nhiệm vụ quý II còn tồn', u.id, $1, 'overdue', 'in_progress',
            timestamptz '2026-06-14 17:00+07', timestamptz '2026-06-14 17:00+07', timestamptz '2026-04-05 08:00+07', '{}', '{}'
       FROM generate_series(1, $2::int) g
       JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n FROM units WHERE id <> $1) u ON u.n = g % $3`,
    [rootId, Math.max(0, EXPORT_ROWS - open), UNITS - 1],
  );
}

async function download(base, auth, path) {
  const response = await fetch(`${base}${path}`, { headers: auth });
  if (response.status !== 200) throw new Error(`${path}: ${response.status} ${(await response.text()).slice(0, 300)}`);
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body) {
    bytes += chunk.length;
    for (const b of chunk) if (b === 10) lines++;
  }
  return { bytes, lines };
}

async function main() {
  const database = await startDatabase();
  let api;
  try {
    const { url, persistence, dataSource: db } = database;
    step(`Units: ${UNITS}; tasks: 5 per unit in the quarter (direct SQL, with their audit rows)`);
    await new persistence.UnitsRepository(db).import(BENCH_SCOPE, units(), 'bench');
    const root = await db.getRepository(persistence.UnitEntity).findOneByOrFail({ code: 'S-ROOT' });
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
    await seedTasks(db, root.id);
    const [{ tasks, audit }] = await db.query(
      `SELECT (SELECT count(*)::int FROM tasks) AS tasks, (SELECT count(*)::int FROM audit_events) AS audit`,
    );

    const stats = new persistence.StatsRepository(db);
    const factsQuery = {
      scope: { unitId: root.id, unitPath: root.path, subtree: true },
      from: new Date('2026-07-01T00:00:00+07:00'),
      to: new Date('2026-10-01T00:00:00+07:00'),
      basis: 'assigned',
      mode: 'current',
      subtasks: 'include',
    };
    const planLive = await stats.explainFacts(factsQuery);
    const planAsOf = await stats.explainFacts({ ...factsQuery, asOf: new Date(Q3.asOf) });

    let base;
    ({ api, base } = await startApi({ databaseUrl: url, quiet: true }));
    const { authorization } = await login(base, 'bench.leader', 'bench-password');
    const auth = { authorization };
    const rssStart = peakRssMb(api.pid);

    const completion = async (extra) => {
      const times = [];
      let body;
      for (let i = 0; i < REPEAT; i++) {
        const q = new globalThis.URLSearchParams({ from: Q3.from, to: Q3.to, ...extra });
        const { ms, result } = await timed(async () =>
          (await fetch(`${base}/api/v1/stats/completion?${q}`, { headers: auth })).json(),
        );
        times.push(ms);
        body = result;
      }
      return { ms: Math.round(median(times)), rows: body.rows?.length, total: body.total };
    };
    step('GET /stats/completion, the whole province grouped by unit');
    const live = await completion({});
    const asOf = await completion({ asOf: Q3.asOf });
    const byQuarter = await completion({ grouping: 'quarter', asOf: Q3.asOf });
    const rssAfterStats = peakRssMb(api.pid);

    step(`The overdue pack exported: ${EXPORT_ROWS} rows as CSV, then XLSX, streamed`);
    const csv = await timed(() => download(base, auth, `/api/v1/stats/overdue?format=csv&limit=${EXPORT_ROWS}`));
    const rssAfterCsv = peakRssMb(api.pid);
    const xlsx = await timed(() => download(base, auth, `/api/v1/stats/overdue?format=xlsx&limit=${EXPORT_ROWS}`));
    const rssAfterXlsx = peakRssMb(api.pid);
    await db.destroy();

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      units: UNITS,
      tasks,
      auditRows: audit,
      completion: {
        liveMs: live.ms,
        asOfMs: asOf.ms,
        byQuarterAsOfMs: byQuarter.ms,
        rows: live.rows,
        total: live.total,
        totalAsOf: asOf.total,
      },
      export: {
        rows: EXPORT_ROWS,
        csv: { ms: Math.round(csv.ms), bytes: csv.result.bytes, lines: csv.result.lines },
        xlsx: { ms: Math.round(xlsx.ms), bytes: xlsx.result.bytes },
      },
      apiPeakRssMb: {
        start: Math.round(rssStart),
        afterStats: Math.round(rssAfterStats),
        afterCsv: Math.round(rssAfterCsv),
        afterXlsx: Math.round(rssAfterXlsx),
      },
      planLive,
      planAsOf,
    };
    saveResults('stats', results);
    console.log(planLive);
    console.log(planAsOf);
    console.log(JSON.stringify({ ...results, planLive: undefined, planAsOf: undefined }, null, 2));
  } finally {
    if (api) await stopChild(api);
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
