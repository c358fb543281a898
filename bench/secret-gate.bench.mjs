#!/usr/bin/env node
// Benchmark (not a test): what the one door for secret content costs a request
// (docs/secret-content.md). A secret directive with one task and one report for each of
// N units; the same reads as an auditor with clearance (the gate finds nothing hidden: the
// peer) and as one without (the gate loads every text of the directive and scrubs the
// answer). Real API process, real PostgreSQL (embedded, scratch).
//   npm run bench -- secret-gate        (BENCH_TASKS=20000 by default)
import { step } from '../scripts/lib/log.mjs';
import { saveResults } from './lib/results.mjs';
import { stopChild } from '../scripts/lib/proc.mjs';
import { BENCH_SCOPE, login, peakRssMb, startApi, startDatabase } from './lib/app.mjs';

const TASKS = Number(process.env.BENCH_TASKS ?? 20_000);
const REPEAT = 7;
const PASSWORD = 'bench-password';

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function timedGet(base, authorization, path) {
  const times = [];
  let bytes = 0;
  for (let i = 0; i < REPEAT; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}`, { headers: { authorization } });
    const body = await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    times.push(performance.now() - started);
    bytes = body.byteLength;
  }
  return { ms: median(times), bytes };
}

async function timedOnce(base, authorization, path) {
  const started = performance.now();
  const response = await fetch(`${base}${path}`, { headers: { authorization } });
  await response.arrayBuffer();
  return { ms: performance.now() - started };
}

async function main() {
  const database = await startDatabase();
  let api;
  try {
    const { url, persistence, dataSource } = database;
    step(`Units: a root and ${TASKS} units under it`);
    const rows = [{ line: 1, code: 'G-ROOT', name: 'Gốc thử', kind: 'party_committee', parentCode: null }];
    for (let i = 1; i <= TASKS; i++)
      rows.push({ line: i + 1, code: `G-U${i}`, name: `Đơn vị thử ${i}`, kind: 'commune', parentCode: 'G-ROOT' });
    await new persistence.UnitsRepository(dataSource).import(BENCH_SCOPE, rows, 'bench');
    const root = await dataSource.getRepository(persistence.UnitEntity).findOneByOrFail({ code: 'G-ROOT' });
    const bcrypt = (await import('bcryptjs')).default;
    const passwordHash = await bcrypt.hash(PASSWORD, 4);
    const users = new persistence.UsersRepository(dataSource);
    for (const [username, secretClearance] of [
      ['bench.cleared', true],
      ['bench.uncleared', false],
    ])
      await users.create(
        { username, passwordHash, fullName: 'Bench', role: 'auditor', unitId: root.id, secretClearance },
        'bench',
      );

    step(`A secret directive: ${TASKS} tasks, each with a report and an audit row (direct SQL)`);
    const [{ id: directiveId }] = await dataSource.query(
      `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year, issue_date,
         issuing_unit_id, title, summary, search_text, status, accepted_at, created_by, confidentiality)
       VALUES (gen_random_uuid(), '1-CT/TW', '1-CT/TW', 1, 'CT', 'TW', 2026, '2026-12-07', $1, 'Chỉ thị mật thử', 'Tóm tắt mật',
               '1-ct/tw chi thi mat thu', 'active', now(), 'bench', 'secret')
       RETURNING id`,
      [root.id],
    );
    await dataSource.query(
      `INSERT INTO tasks (id, directive_id, position, title, description, lead_unit_id, assigning_unit_id, status,
                          original_deadline, deadline, reminder_policy, escalation_policy)
       SELECT gen_random_uuid(), $1, row_number() OVER (), 'Nhiệm vụ mật của ' || u.name, 'Mô tả mật ' || u.code, u.id, $2,
              'assigned', now() + interval '30 days', now() + interval '30 days', '{}', '{}'
         FROM units u WHERE u.parent_id = $2`,
      [directiveId, root.id],
    );
    await dataSource.query(
      `INSERT INTO task_reports (id, task_id, version, text, indicator_values, attachments, submitted_by, submitted_at, late)
       SELECT gen_random_uuid(), t.id, 1, 'Báo cáo mật của đơn vị ' || t.position, '[]', '[]', 'bench', now(), false
         FROM tasks t WHERE t.directive_id = $1`,
      [directiveId],
    );
    await dataSource.query(
      `INSERT INTO audit_events (event_id, entity_type, entity_id, action, actor, after)
       SELECT 'bench:' || t.id, 'task', t.id, 'task.report_submitted', 'bench', jsonb_build_object('text', 'Báo cáo mật ' || t.position)
         FROM tasks t WHERE t.directive_id = $1`,
      [directiveId],
    );
    await dataSource.query('ANALYZE');

    let base;
    ({ api, base } = await startApi({ databaseUrl: url, quiet: true }));
    const cleared = (await login(base, 'bench.cleared', PASSWORD)).authorization;
    const uncleared = (await login(base, 'bench.uncleared', PASSWORD)).authorization;
    const reads = [
      ['first page of 100 tasks', '/api/v1/tasks?subtree=true&limit=100'],
      ['directive list', '/api/v1/directives?limit=50'],
      ['unit list (no secret text in it)', '/api/v1/units?limit=100'],
    ];
    const results = { date: new Date().toISOString(), node: process.version, tasks: TASKS, reads: [] };
    for (const [what, path] of reads) {
      const peer = await timedGet(base, cleared, path);
      const gated = await timedGet(base, uncleared, path);
      results.reads.push({ what, path, clearedMs: peer.ms, unclearedMs: gated.ms, bytes: gated.bytes });
    }
    // The first read after a change pays for loading the texts again (the kept ones are dropped).
    const afterChange = [];
    for (let i = 0; i < REPEAT; i++) {
      await dataSource.query(
        `INSERT INTO audit_events (event_id, entity_type, entity_id, action, actor)
         VALUES ('bench:change:' || gen_random_uuid(), 'directive', $1, 'bench.touched', 'bench')`,
        [directiveId],
      );
      afterChange.push((await timedOnce(base, uncleared, reads[0][1])).ms);
    }
    results.firstReadAfterChangeMs = median(afterChange);
    const secrecy = new persistence.SecrecyRepository(dataSource);
    const started = performance.now();
    const texts = await secrecy.textsOf([directiveId]);
    results.textsOfMs = performance.now() - started;
    results.texts = texts.length;
    results.apiPeakRssMb = Math.round(peakRssMb(api.pid));
    await dataSource.destroy();

    console.log(
      `\n  secret directive of ${TASKS} tasks, ${results.texts} texts under it (loaded in ${Math.round(results.textsOfMs)} ms)`,
    );
    for (const r of results.reads)
      console.log(
        `  ${r.what.padEnd(36, '.')} cleared ${r.clearedMs.toFixed(1)} ms, not cleared ${r.unclearedMs.toFixed(1)} ms (median of ${REPEAT})`,
      );
    console.log(
      `  first page after a change (not cleared) ${results.firstReadAfterChangeMs.toFixed(1)} ms (texts read again; median of ${REPEAT})`,
    );
    console.log(`  API peak RSS .......................... ${results.apiPeakRssMb} MB\n`);
    saveResults('secret-gate', results);
  } finally {
    if (api) await stopChild(api);
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
