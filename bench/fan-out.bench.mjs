#!/usr/bin/env node
// Benchmark (not a test): one directive to 1,000, 5,000 and 20,000 units on the
// Temporal dev server, through the real API and a real worker process. Prints the
// time until every task workflow runs (each has recorded its "assigned" transition),
// the worker's peak memory, and the same number of bare workflow starts timed in the
// same run as the engine's own ceiling.
//   npm run bench -- fan-out          BENCH_SIZES=1000,5000 to choose sizes
import { ok, step } from '../scripts/lib/log.mjs';
import { saveResults } from './lib/results.mjs';
import { stopChild } from '../scripts/lib/proc.mjs';
import { BENCH_SCOPE, peakRssMb, postRetried, sleep, startApp, startInfra } from './lib/app.mjs';

const SIZES = (process.env.BENCH_SIZES ?? '1000,5000,20000').split(',').map(Number);
const MAX = Math.max(...SIZES);
const PARALLEL = 32;

async function main() {
  const infra = await startInfra();
  const { url, persistence, dataSource, temporal } = infra;
  const children = [];
  try {
    step(`Units: ${MAX} under the demo province's Fatherland Front, one user each`);
    await new persistence.UnitsRepository(dataSource).import(
      BENCH_SCOPE,
      Array.from({ length: MAX }, (_, i) => ({
        line: i + 1,
        code: `FO-${i}`,
        name: `Chi hội ${i}`,
        kind: 'mass_organisation',
        parentCode: 'MTTQ-GL',
      })),
      'bench',
    );
    await dataSource.query(
      `INSERT INTO users (id, username, password_hash, full_name, role, unit_id)
       SELECT gen_random_uuid(), lower(code), 'x', name, 'officer', id FROM units WHERE code LIKE 'FO-%'`,
    );
    const units = (await dataSource.query(`SELECT id FROM units WHERE code LIKE 'FO-%' ORDER BY code`)).map(
      (row) => row.id,
    );
    const tu = (await dataSource.query(`SELECT id FROM units WHERE code = 'TU-GL'`))[0].id;

    const { worker, api, base, headers } = await startApp({
      databaseUrl: url,
      temporalAddress: temporal.address,
      password: persistence.DEMO_PASSWORD,
    });
    children.push(worker, api);
    const { Client, Connection } = await import('@temporalio/client');
    const client = new Client({ connection: await Connection.connect({ address: temporal.address }) });

    const results = [];
    for (const size of SIZES) {
      step(`Directive to ${size} units`);
      const started = performance.now();
      const body = JSON.stringify({
        documentNumber: `${size}-CV/TU`,
        title: `Công văn đôn đốc gửi ${size} đơn vị`,
        issueDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
        issuingUnitId: tu,
        tasks: units
          .slice(0, size)
          .map((leadUnitId) => ({ title: 'Báo cáo sơ kết', leadUnitId, deadlineWorkingDays: 20 })),
      });
      const key = `bench-fan-out-${size}-${Date.now()}`;
      const { response, retries } = await postRetried(`${base}/api/v1/directives`, headers, body, key);
      if (response.status !== 201 && response.status !== 200)
        throw new Error(`create answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
      if (retries) ok(`  the 201 came after ${retries} answer(s) 503 + Retry-After`);
      const { id } = await response.json();
      const recordedMs = performance.now() - started;
      let running = 0;
      while (running < size) {
        await sleep(250);
        running = Number(
          (
            await dataSource.query(
              `SELECT count(*) AS n FROM audit_events a JOIN tasks t ON t.id = a.entity_id
              WHERE t.directive_id = $1 AND a.action = 'task.follow_up_started' AND a.event_id LIKE 'task:%'`,
              [id],
            )
          )[0].n,
        );
      }
      const allRunningMs = performance.now() - started;
      const [{ n: rows }] = await dataSource.query('SELECT count(*)::int AS n FROM tasks WHERE directive_id = $1', [
        id,
      ]);

      step(`Bare starts: ${size} workflows on a queue nobody polls`);
      const bareStarted = performance.now();
      for (let i = 0; i < size; i += PARALLEL) {
        await Promise.all(
          Array.from({ length: Math.min(PARALLEL, size - i) }, (_, k) =>
            client.workflow.start('benchBareStart', { taskQueue: 'bench-nobody', workflowId: `bare-${size}-${i + k}` }),
          ),
        );
      }
      const bareMs = performance.now() - bareStarted;
      const result = {
        size,
        recordedMs: Math.round(recordedMs),
        allRunningMs: Math.round(allRunningMs),
        perSecond: Math.round((size / allRunningMs) * 1000),
        readModelTasks: rows,
        bareStartsMs: Math.round(bareMs),
        barePerSecond: Math.round((size / bareMs) * 1000),
        workerPeakRssMb: Math.round(peakRssMb(worker.pid)),
      };
      results.push(result);
      console.log(
        `  ${size} units: recorded in ${result.recordedMs} ms; every task workflow running after ${result.allRunningMs} ms ` +
          `(${result.perSecond}/s); read model ${rows} tasks; ${size} bare starts in ${result.bareStartsMs} ms (${result.barePerSecond}/s); ` +
          `worker peak RSS ${result.workerPeakRssMb} MB`,
      );
    }
    await client.connection.close();
    saveResults('fan-out', { date: new Date().toISOString(), node: process.version, results });
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await infra.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
