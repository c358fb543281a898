#!/usr/bin/env node
// Benchmark (not a test): delivery beyond the inbox. One directive to N units (default
// 1,000), each unit with one user who has an e-mail address and one webhook endpoint:
// N new-task notices become N e-mails (to Mailpit, the local SMTP catcher) and N signed webhook
// calls (to a local receiver). Prints the time until every delivery is sent, the rate,
// and the worker's peak memory, beside the time until every task workflow runs.
//   npm run bench -- delivery          BENCH_UNITS=2000 to choose N
import { createServer } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ok, step } from '../scripts/lib/log.mjs';
import { findMailpit, startMailpit } from '../scripts/lib/mailpit.mjs';
import { ROOT } from '../scripts/lib/paths.mjs';
import { stopChild, waitFor } from '../scripts/lib/proc.mjs';
import { BENCH_SCOPE, peakRssMb, sleep, startApp, startInfra } from './lib/app.mjs';

const UNITS = Number(process.env.BENCH_UNITS ?? 1000);

async function main() {
  const infra = await startInfra();
  const { url, persistence, dataSource, temporal } = infra;
  const mail = await startMailpit({ bin: findMailpit(), quiet: true, max: 0 });
  let hookCalls = 0;
  const hooks = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      hookCalls++;
      response.writeHead(204).end();
    });
  });
  await new Promise((resolve) => hooks.listen(0, '127.0.0.1', resolve));
  const hookUrl = `http://127.0.0.1:${hooks.address().port}/hook`;
  const children = [];
  try {
    step(`Units: ${UNITS}, each with a user who has an e-mail address and a webhook`);
    await new persistence.UnitsRepository(dataSource).import(
      BENCH_SCOPE,
      Array.from({ length: UNITS }, (_, i) => ({
        line: i + 1,
        code: `DL-${i}`,
        name: `Chi hội ${i}`,
        kind: 'mass_organisation',
        parentCode: 'MTTQ-GL',
      })),
      'bench',
    );
    await dataSource.query(
      `INSERT INTO users (id, username, password_hash, full_name, role, unit_id, email)
       SELECT gen_random_uuid(), lower(code), 'x', name, 'officer', id, lower(code) || '@bench.example' FROM units WHERE code LIKE 'DL-%'`,
    );
    await dataSource.query(
      `INSERT INTO webhook_endpoints (id, unit_id, url, secret, created_by)
       SELECT gen_random_uuid(), id, $1, 'bench-secret', 'bench' FROM units WHERE code LIKE 'DL-%'`,
      [hookUrl],
    );
    const units = (await dataSource.query(`SELECT id FROM units WHERE code LIKE 'DL-%' ORDER BY code`)).map(
      (r) => r.id,
    );
    const tu = (await dataSource.query(`SELECT id FROM units WHERE code = 'TU-GL'`))[0].id;

    const { worker, api, base, headers } = await startApp({
      databaseUrl: url,
      temporalAddress: temporal.address,
      password: persistence.DEMO_PASSWORD,
      env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(mail.smtpPort) },
    });
    children.push(worker, api);

    step(`Directive to ${UNITS} units: ${UNITS} e-mails and ${UNITS} webhook calls to deliver`);
    const started = performance.now();
    const response = await fetch(`${base}/api/v1/directives`, {
      method: 'POST',
      headers,
      body: JSON.stringify({
        documentNumber: `${UNITS}-CV/TU`,
        title: `Công văn đôn đốc gửi ${UNITS} đơn vị`,
        issueDate: new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date()),
        issuingUnitId: tu,
        tasks: units.map((leadUnitId) => ({ title: 'Báo cáo sơ kết', leadUnitId, deadlineWorkingDays: 20 })),
      }),
    });
    if (response.status !== 201)
      throw new Error(`create answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
    let runningMs = null;
    let sent = 0;
    for (;;) {
      await sleep(250);
      const [{ assigned, delivered }] = await dataSource.query(
        `SELECT (SELECT count(*) FROM audit_events WHERE action = 'task.follow_up_started' AND event_id LIKE 'task:%')::int AS assigned,
                (SELECT count(*) FROM deliveries WHERE status = 'sent')::int AS delivered`,
      );
      if (runningMs === null && assigned >= UNITS) runningMs = performance.now() - started;
      sent = delivered;
      if (sent >= 2 * UNITS && runningMs !== null) break;
    }
    const allSentMs = performance.now() - started;
    const received = async () => (await (await fetch(`${mail.url}api/v1/messages?limit=1`)).json()).total;
    await waitFor('catcher and receiver', async () => (await received()) >= UNITS && hookCalls >= UNITS, 60_000, 100);
    const result = {
      units: UNITS,
      deliveries: sent,
      everyTaskRunningMs: Math.round(runningMs),
      everyDeliverySentMs: Math.round(allSentMs),
      deliveriesPerSecond: Math.round((sent / allSentMs) * 1000),
      emailsReceived: await received(),
      webhookCallsReceived: hookCalls,
      workerPeakRssMb: Math.round(peakRssMb(worker.pid)),
    };
    console.log(
      `  ${UNITS} units: every task workflow running after ${result.everyTaskRunningMs} ms; ${sent} deliveries sent after ` +
        `${result.everyDeliverySentMs} ms (${result.deliveriesPerSecond}/s); catcher ${result.emailsReceived} e-mails, ` +
        `receiver ${hookCalls} calls; worker peak RSS ${result.workerPeakRssMb} MB`,
    );
    mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
    const file = join(ROOT, 'bench/results', `delivery-${Date.now()}.json`);
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), node: process.version, result }, null, 2));
    ok(`results: ${file}`);
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await new Promise((resolve) => hooks.close(resolve));
    await mail.stop();
    await infra.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
