#!/usr/bin/env node
// Benchmark (not a test): one directive to 20,000 and to 100,000 units named by a rule
// (`expansion`: every active mass organisation two levels under a root), through the
// real API and a real worker process on the Temporal dev server. The units are seeded
// with set-based SQL: per size, a region under the province with size/5 communes of
// five organisations each, one user per organisation, and one wound-up organisation per
// hundred communes (inactive: it must get no task). Prints the API's answer time (the
// 201: the recording transaction has committed), the time until every task is recorded,
// in a cohort (`follow_up_started`) and told in-app (one `task_assigned` row per user),
// and the worker's and the API's peak memory.
//   npm run bench -- expansion          BENCH_SIZES=2000,5000 to choose sizes (default 20000,100000)
import { ok, step } from '../scripts/lib/log.mjs';
import { saveResults } from './lib/results.mjs';
import { stopChild } from '../scripts/lib/proc.mjs';
import { peakRssMb, postRetried, sleep, startApp, startInfra } from './lib/app.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '20000,100000').split(',').map(Number);
const PER_COMMUNE = 5;

/** A region of `size` organisations under the province, in three INSERT … SELECT statements. */
async function seedRegion(dataSource, size) {
  const region = `EX${size}`;
  const [{ id: tu, path: tuPath }] = await dataSource.query(`SELECT id, path FROM units WHERE code = 'TU-GL'`);
  const [{ id: root }] = await dataSource.query(
    `INSERT INTO units (id, code, name, name_folded, search_folded, kind, parent_id, path, depth)
     SELECT g.id, $1, 'Vùng ' || $1, lower($1), lower($1), 'other', $2, $3 || g.id || '/', 1
       FROM (SELECT gen_random_uuid() AS id) g
     RETURNING id`,
    [region, tu, tuPath],
  );
  const communes = Math.ceil(size / PER_COMMUNE);
  await dataSource.query(
    `INSERT INTO units (id, code, name, name_folded, search_folded, kind, parent_id, path, depth)
     SELECT g.id, $1 || '-C' || g.n, 'Xã ' || g.n, 'xa ' || g.n, 'xa ' || g.n, 'commune', $2,
            (SELECT path FROM units WHERE id = $2) || g.id || '/', 2
       FROM (SELECT gen_random_uuid() AS id, n FROM generate_series(1, $3::int) n) g`,
    [region, root, communes],
  );
  // Five organisations per commune (the last commune may have fewer), and one wound up per hundred communes.
  await dataSource.query(
    `INSERT INTO units (id, code, name, name_folded, search_folded, kind, parent_id, path, depth, active)
     SELECT o.id, o.code, o.name, 'chi hoi', 'chi hoi', 'mass_organisation', o.parent_id, o.parent_path || o.id || '/', 3, o.active
       FROM (SELECT gen_random_uuid() AS id, c.code || '-O' || k AS code, 'Chi hội ' || k || ' ' || c.name AS name,
                    c.id AS parent_id, c.path AS parent_path, true AS active
               FROM units c CROSS JOIN generate_series(1, $3::int) k
              WHERE c.parent_id = $1 AND (substring(c.code from '-C([0-9]+)$')::int - 1) * $3 + k <= $2
             UNION ALL
             SELECT gen_random_uuid(), c.code || '-OLD', 'Chi hội đã giải thể', c.id, c.path, false
               FROM units c WHERE c.parent_id = $1 AND substring(c.code from '-C([0-9]+)$')::int % 100 = 0) o`,
    [root, size, PER_COMMUNE],
  );
  await dataSource.query(
    `INSERT INTO users (id, username, password_hash, full_name, role, unit_id)
     SELECT gen_random_uuid(), lower(code), 'x', name, 'officer', id FROM units
      WHERE code LIKE $1 AND kind = 'mass_organisation' AND active`,
    [`${region}-%`],
  );
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n FROM units WHERE code LIKE $1 AND kind = 'mass_organisation' AND active`,
    [`${region}-%`],
  );
  if (n !== size) throw new Error(`seeded ${n} organisations for ${size}`);
  return { root, tu };
}

async function main() {
  const infra = await startInfra();
  const { url, persistence, dataSource, temporal } = infra;
  const children = [];
  try {
    const regions = new Map();
    for (const size of SIZES) {
      step(`Units: a region of ${size} organisations (set-based SQL)`);
      const seeded = performance.now();
      regions.set(size, await seedRegion(dataSource, size));
      ok(`  seeded in ${Math.round(performance.now() - seeded)} ms`);
    }
    await dataSource.query('ANALYZE units; ANALYZE users');

    const { worker, api, base, headers } = await startApp({
      databaseUrl: url,
      temporalAddress: temporal.address,
      password: persistence.DEMO_PASSWORD,
    });
    children.push(worker, api);

    const results = [];
    for (const size of SIZES) {
      const { root, tu } = regions.get(size);
      step(`One directive to every organisation of the region: ${size} units by expansion`);
      const body = JSON.stringify({
        documentNumber: `${size}-CV/TU`,
        title: `Công văn đôn đốc gửi ${size} đơn vị`,
        issueDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
        issuingUnitId: tu,
        expansion: {
          rootUnitId: root,
          kinds: ['mass_organisation'],
          levels: [2],
          task: { title: 'Báo cáo sơ kết', deadlineWorkingDays: 20 },
        },
      });
      const started = performance.now();
      const key = `bench-expansion-${size}-${Date.now()}`;
      const { response, retries } = await postRetried(`${base}/api/v1/directives`, headers, body, key);
      if (response.status !== 201 && response.status !== 200)
        throw new Error(`create answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
      const text = await response.text();
      const answeredMs = performance.now() - started;
      if (retries) ok(`  the 201 came after ${retries} answer(s) 503 + Retry-After`);
      const { id } = JSON.parse(text);
      let live = { started: 0, told: 0 };
      // A bench that never ends tells nothing (and would hang CI's small run): give up after 15 minutes.
      const giveUpAt = Date.now() + 15 * 60_000;
      while (live.started < size || live.told < size) {
        if (Date.now() > giveUpAt)
          throw new Error(`${live.started} of ${size} tasks followed, ${live.told} told, after 15 minutes`);
        [live] = await dataSource.query(
          `SELECT (SELECT count(*)::int FROM audit_events a JOIN tasks t ON t.id = a.entity_id
                    WHERE t.directive_id = $1 AND a.action = 'task.follow_up_started') AS started,
                  (SELECT count(*)::int FROM notifications WHERE directive_id = $1 AND kind = 'task_assigned') AS told`,
          [id],
        );
        if (live.started < size || live.told < size) await sleep(250);
      }
      const liveMs = performance.now() - started;
      const [{ tasks, cohorts }] = await dataSource.query(
        `SELECT count(*)::int AS tasks, count(DISTINCT cohort_id)::int AS cohorts FROM tasks WHERE directive_id = $1`,
        [id],
      );
      if (tasks !== size) throw new Error(`${tasks} tasks recorded for ${size} units`);
      const result = {
        size,
        answeredMs: Math.round(answeredMs),
        liveMs: Math.round(liveMs),
        perSecond: Math.round((size / liveMs) * 1000),
        retries,
        responseMb: Math.round((text.length / 1024 / 1024) * 10) / 10,
        tasks,
        cohorts,
        workerPeakRssMb: Math.round(peakRssMb(worker.pid)),
        apiPeakRssMb: Math.round(peakRssMb(api.pid)),
      };
      results.push(result);
      console.log(
        `  ${size} units: answered (${response.status}, ${result.responseMb} MB) after ${result.answeredMs} ms; ` +
          `every task recorded, in a cohort and told in-app after ${result.liveMs} ms (${result.perSecond}/s); ` +
          `${tasks} tasks in ${cohorts} cohort(s); worker peak RSS ${result.workerPeakRssMb} MB, API ${result.apiPeakRssMb} MB`,
      );
    }
    saveResults('expansion', { date: new Date().toISOString(), node: process.version, results });
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await infra.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
