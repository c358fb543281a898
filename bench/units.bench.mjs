#!/usr/bin/env node
// Benchmark (not a test): bulk import of 20,000 units in one request, the subtree
// read at that size, and "all open tasks in this subtree" with its query plan.
// Real API process, real PostgreSQL (embedded, scratch). Prints figures; writes
// bench/results/units-<timestamp>.json.
//   npm run bench -- units            (or: npx node bench/units.bench.mjs)
import { step } from '../scripts/lib/log.mjs';
import { saveResults } from './lib/results.mjs';
import { stopChild } from '../scripts/lib/proc.mjs';
import { BENCH_SCOPE, login, peakRssMb, startApi, startDatabase } from './lib/app.mjs';

const PROVINCES = Number(process.env.BENCH_PROVINCES ?? 34);
const COMMUNES = Number(process.env.BENCH_COMMUNES ?? 98);
const BODIES = ['MTTQ', 'HND', 'HLHPN', 'DTN', 'HCCB'];
const REPEAT = 5;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
async function timed(fn) {
  const started = performance.now();
  const result = await fn();
  return { ms: performance.now() - started, result };
}

function units() {
  const rows = [
    { code: 'B-ROOT', name: 'Ban Chấp hành Trung ương (gốc thử)', kind: 'party_committee', parentCode: 'B-SEED' },
  ];
  for (let p = 1; p <= PROVINCES; p++) {
    const province = `B-P${p}`;
    rows.push({ code: province, name: `Tỉnh ủy thử số ${p}`, kind: 'party_committee', parentCode: 'B-ROOT' });
    for (let c = 1; c <= COMMUNES; c++) {
      const commune = `${province}-X${c}`;
      rows.push({ code: commune, name: `Đảng ủy xã thử ${c} tỉnh ${p}`, kind: 'commune', parentCode: province });
      for (const body of BODIES)
        rows.push({
          code: `${commune}-${body}`,
          name: `${body} xã ${c} tỉnh ${p}`,
          kind: 'mass_organisation',
          parentCode: commune,
        });
    }
  }
  return rows;
}

async function main() {
  const database = await startDatabase();
  let api;
  try {
    const { url, persistence, dataSource } = database;
    await new persistence.UnitsRepository(dataSource).import(
      BENCH_SCOPE,
      [{ line: 1, code: 'B-SEED', name: 'Gốc', kind: 'other', parentCode: null }],
      'bench',
    );
    const seed = await dataSource.getRepository(persistence.UnitEntity).findOneByOrFail({ code: 'B-SEED' });
    const bcrypt = (await import('bcryptjs')).default;
    await new persistence.UsersRepository(dataSource).create(
      {
        username: 'bench.admin',
        passwordHash: await bcrypt.hash('bench-password', 4),
        fullName: 'Bench',
        role: 'admin',
        unitId: seed.id,
      },
      'bench',
    );

    let base;
    ({ api, base } = await startApi({ databaseUrl: url, quiet: true }));
    const { authorization } = await login(base, 'bench.admin', 'bench-password');
    const auth = { authorization };
    const rssBefore = peakRssMb(api.pid);

    const rows = units();
    const body = JSON.stringify({ units: rows });
    step(`Import: ${rows.length} units, ${(body.length / 1e6).toFixed(1)} MB of JSON, one request`);
    const imported = await timed(async () => {
      const response = await fetch(`${base}/api/v1/units/import`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body,
      });
      if (response.status !== 201)
        throw new Error(`import answered ${response.status}: ${(await response.text()).slice(0, 500)}`);
      return response.json();
    });
    const rssAfterImport = peakRssMb(api.pid);

    const root = await dataSource.getRepository(persistence.UnitEntity).findOneByOrFail({ code: 'B-ROOT' });
    const province = await dataSource.getRepository(persistence.UnitEntity).findOneByOrFail({ code: 'B-P17' });
    const subtree = async (id) => {
      const times = [];
      let total = 0;
      for (let i = 0; i < REPEAT; i++) {
        const { ms, result } = await timed(async () =>
          (await fetch(`${base}/api/v1/units/${id}/subtree`, { headers: auth })).json(),
        );
        times.push(ms);
        total = result.total;
      }
      return { ms: median(times), total };
    };
    const wholeTree = await subtree(root.id);
    const provinceTree = await subtree(province.id);
    const rssAfterSubtree = peakRssMb(api.pid);

    step('Tasks: one open task for every unit (direct SQL), then the subtree query');
    await dataSource.query(
      `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year, issue_date,
         issuing_unit_id, title, search_text, status, accepted_at, created_by)
       VALUES (gen_random_uuid(), '1-KH/TW', '1-KH/TW', 1, 'KH', 'TW', 2026, '2026-11-23', $1, 'Bench', 'BENCH', 'active', now(), 'bench')`,
      [root.id],
    );
    await dataSource.query(
      `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, original_deadline, deadline, reminder_policy, escalation_policy)
       SELECT gen_random_uuid(), (SELECT id FROM directives WHERE title = 'Bench'), row_number() OVER (), 'Nhiệm vụ', u.id,
              (SELECT issuing_unit_id FROM directives WHERE title = 'Bench'),
              CASE WHEN random() < 0.8 THEN 'assigned' ELSE 'completed' END, now() + interval '30 days', now() + interval '30 days', '{}', '{}'
         FROM units u WHERE u.path LIKE $1`,
      [`${root.path}%`],
    );
    await dataSource.query('ANALYZE units; ANALYZE tasks;');
    const plan = await dataSource.query(
      `EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
       SELECT t.id FROM tasks t JOIN units u ON u.id = t.lead_unit_id
        WHERE u.path LIKE $1 AND t.status IN ('assigned', 'overdue')`,
      [`${province.path}%`],
    );
    const planText = plan.map((row) => row['QUERY PLAN']).join('\n');
    const openTasks = [];
    let openTotal = 0;
    for (let i = 0; i < REPEAT; i++) {
      const { ms, result } = await timed(async () =>
        (
          await fetch(`${base}/api/v1/tasks?unitId=${province.id}&subtree=true&bucket=open_within_deadline&limit=500`, {
            headers: auth,
          })
        ).json(),
      );
      openTasks.push(ms);
      openTotal = result.total;
    }
    await dataSource.destroy();

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      units: rows.length,
      importMs: Math.round(imported.ms),
      imported: imported.result.created,
      apiPeakRssMb: {
        beforeImport: Math.round(rssBefore),
        afterImport: Math.round(rssAfterImport),
        afterSubtreeReads: Math.round(rssAfterSubtree),
      },
      subtreeWholeMs: Math.round(wholeTree.ms),
      subtreeWholeUnits: wholeTree.total,
      subtreeProvinceMs: Math.round(provinceTree.ms),
      subtreeProvinceUnits: provinceTree.total,
      openTasksInProvinceMs: Math.round(median(openTasks)),
      openTasksInProvince: openTotal,
      plan: planText,
    };
    console.log(`
  units imported ............ ${results.imported} in ${results.importMs} ms (one request, one transaction)
  API peak RSS .............. ${results.apiPeakRssMb.beforeImport} MB before, ${results.apiPeakRssMb.afterImport} MB after the import, ${results.apiPeakRssMb.afterSubtreeReads} MB after subtree reads
  subtree of the root ....... ${results.subtreeWholeUnits} units in ${results.subtreeWholeMs} ms (median of ${REPEAT})
  subtree of a province ..... ${results.subtreeProvinceUnits} units in ${results.subtreeProvinceMs} ms (median of ${REPEAT})
  open tasks in a province .. ${results.openTasksInProvince} tasks, first page of 500 in ${results.openTasksInProvinceMs} ms (median of ${REPEAT})

  plan of "all open tasks in this subtree" (a province of ${results.subtreeProvinceUnits} units, ${rows.length} units and tasks in all):
${planText.replace(/^/gm, '    ')}
`);
    saveResults('units', results);
  } finally {
    if (api) await stopChild(api);
    await database.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
