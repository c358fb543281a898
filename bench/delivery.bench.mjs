#!/usr/bin/env node
// Benchmark (not a test): delivery beyond the inbox. One directive to N units (default
// 1,000), each unit with one user who has an e-mail address and one webhook endpoint:
// N new-task notices become N e-mails (to Mailpit, the local SMTP catcher) and N signed webhook
// calls (to a local receiver). Prints the time until every delivery is sent, the rate,
// and the worker's peak memory, beside the time until every task workflow runs.
//   npm run bench -- delivery          BENCH_UNITS=2000 to choose N
//
// BENCH_MODE=plan-many: a cohort's instant (docs/decisions/0060-batched-deliveries.md).
// BENCH_BATCH units (default 20,000), each with an e-mail user and a webhook; the tasks
// of two directives written directly in PostgreSQL (no task workflows). First the
// per-notice path: DeliveryPlanner.plan for each of BENCH_SINGLE notices (default
// 1,000), 16 at a time as the worker's notify activities would; then DeliveryPlanner.
// planMany with BENCH_BATCH notices in one call. Each timed from the first call until
// every delivery is sent and the catcher and receiver hold them all.
import { createServer } from 'node:http';
import { loadavg } from 'node:os';
import { step } from '../scripts/lib/log.mjs';
import { findMailpit, startMailpit } from '../scripts/lib/mailpit.mjs';
import { fromDist } from '../scripts/lib/build.mjs';
import { saveResults } from './lib/results.mjs';
import { stopChild, waitFor } from '../scripts/lib/proc.mjs';
import { BENCH_SCOPE, peakRssMb, sleep, startApp, startInfra } from './lib/app.mjs';
import { reminderNotices } from './lib/notices.mjs';

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
    saveResults('delivery', { date: new Date().toISOString(), node: process.version, result });
  } finally {
    for (const child of children.reverse()) await stopChild(child);
    await new Promise((resolve) => hooks.close(resolve));
    await mail.stop();
    await infra.stop();
  }
}

/** Units DL-0… under the Front, each with an e-mail user and a webhook to `hookUrl`; their ids in code order. */
async function seedUnits(persistence, dataSource, count, hookUrl) {
  await new persistence.UnitsRepository(dataSource).import(
    BENCH_SCOPE,
    Array.from({ length: count }, (_, i) => ({
      line: i + 1,
      code: `DL-${String(i).padStart(6, '0')}`,
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
  return (await dataSource.query(`SELECT id FROM units WHERE code LIKE 'DL-%' ORDER BY code`)).map((r) => r.id);
}

/** A directive with one open task per unit, written directly (no workflows); its id. */
async function seedDirective(dataSource, number, unitIds) {
  const [{ id: tu }] = await dataSource.query(`SELECT id FROM units WHERE code = 'TU-GL'`);
  const [{ id }] = await dataSource.query(
    `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year, issue_date,
       issuing_unit_id, title, search_text, status, accepted_at, created_by)
     VALUES (gen_random_uuid(), $1 || '-CV/TU', $1 || '-CV/TU', $1::int, 'CV', 'TU', 2026, current_date, $2,
             'Công văn đôn đốc báo cáo sơ kết', $1 || '-cv/tu cong van', 'active', now(), 'bench') RETURNING id`,
    [String(number), tu],
  );
  await dataSource.query(
    `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase,
                        original_deadline, deadline, reminder_policy, escalation_policy)
     SELECT gen_random_uuid(), $1, u.n, 'Báo cáo sơ kết 6 tháng', u.id, $2, 'assigned', 'in_progress',
            now() + interval '3 days', now() + interval '3 days', '{}', '{}'
       FROM unnest($3::uuid[]) WITH ORDINALITY AS u(id, n)`,
    [id, tu, unitIds],
  );
  return id;
}

/** One reminder per task of the directive, to its lead unit's active users. */
async function noticesOf(persistence, dataSource, planner, directiveId) {
  const users = await dataSource.getRepository(persistence.UserEntity).find({ where: { active: true } });
  return reminderNotices(persistence, dataSource, planner, directiveId, users);
}

async function planManyBench() {
  const BATCH = Number(process.env.BENCH_BATCH ?? 20_000);
  const SINGLE = Number(process.env.BENCH_SINGLE ?? 1_000);
  // The local receiver is not the limit under study: a rate far above what it gets.
  const RATE = process.env.WEBHOOK_RATE_PER_SECOND ?? '10000';
  const load = [loadavg()];
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
  const children = [];
  let temporalClient;
  try {
    step(`Units: ${Math.max(BATCH, SINGLE)}, each with a user who has an e-mail address and a webhook`);
    const units = await seedUnits(
      persistence,
      dataSource,
      Math.max(BATCH, SINGLE),
      `http://127.0.0.1:${hooks.address().port}/hook`,
    );
    const single = await seedDirective(dataSource, 1, units.slice(0, SINGLE));
    const batch = await seedDirective(dataSource, 2, units.slice(0, BATCH));
    const env = {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mail.smtpPort),
      WEBHOOK_RATE_PER_SECOND: RATE,
      TEMPORAL_TASK_QUEUE: 'dondoc',
    };
    const { worker, api } = await startApp({
      databaseUrl: url,
      temporalAddress: temporal.address,
      password: persistence.DEMO_PASSWORD,
      env,
    });
    children.push(worker, api);
    const { loadConfig } = await fromDist('libs/config/src/index.js');
    const { TemporalClientService } = await fromDist('libs/temporal-client/src/index.js');
    const { DeliveryPlanner } = await fromDist('apps/worker/src/delivery/delivery-planner.js');
    const config = loadConfig({ ...process.env, ...env, DATABASE_URL: url, TEMPORAL_ADDRESS: temporal.address });
    temporalClient = new TemporalClientService(config);
    const { ChannelSender } = await fromDist('apps/worker/src/delivery/channel-sender.js');
    const addresses = new persistence.ChannelAddressesRepository(dataSource);
    const planner = new DeliveryPlanner(
      config,
      new persistence.DeliveriesRepository(dataSource),
      new persistence.DeliveryBatchesRepository(dataSource),
      new persistence.CalendarRepository(dataSource),
      temporalClient,
      addresses,
      new ChannelSender(config, addresses, new persistence.ZaloTokensRepository(dataSource)),
    );
    const received = async () => (await (await fetch(`${mail.url}api/v1/messages?limit=1`)).json()).total;
    const sentOf = async (directiveId) =>
      (
        await dataSource.query(
          `SELECT count(*) FILTER (WHERE d.channel = 'email')::int AS email, count(*) FILTER (WHERE d.channel = 'webhook')::int AS webhook
             FROM deliveries d JOIN tasks t ON t.id = d.task_id
            WHERE t.directive_id = $1 AND d.status = 'sent'`,
          [directiveId],
        )
      )[0];
    const workflows = async () =>
      (
        await dataSource.query(`SELECT count(DISTINCT batch_id)::int AS n FROM deliveries WHERE batch_id IS NOT NULL`)
      )[0].n;
    const rows = [];
    const measure = async (label, directiveId, notices, plan) => {
      const mailsBefore = await received();
      const callsBefore = hookCalls;
      const workflowsBefore = await workflows();
      step(`${label}: ${notices.length} notices, ${2 * notices.length} deliveries`);
      const started = performance.now();
      await plan(notices);
      const plannedMs = performance.now() - started;
      const done = {};
      for (;;) {
        const sent = await sentOf(directiveId);
        for (const channel of ['email', 'webhook']) {
          if (done[channel] === undefined && sent[channel] >= notices.length)
            done[channel] = performance.now() - started;
        }
        if (done.email !== undefined && done.webhook !== undefined) break;
        await sleep(250);
      }
      const sentMs = performance.now() - started;
      await waitFor(
        'catcher and receiver',
        async () => (await received()) - mailsBefore >= notices.length && hookCalls - callsBefore >= notices.length,
        300_000,
        100,
      );
      const row = {
        path: label,
        notices: notices.length,
        deliveries: 2 * notices.length,
        plannedMs: Math.round(plannedMs),
        allSentMs: Math.round(sentMs),
        emailsSentMs: Math.round(done.email),
        webhooksSentMs: Math.round(done.webhook),
        deliveriesPerSecond: Math.round((2 * notices.length * 1000) / sentMs),
        workflows: (await workflows()) - workflowsBefore,
        emailsReceived: (await received()) - mailsBefore,
        webhookCallsReceived: hookCalls - callsBefore,
        load1: Number(loadavg()[0].toFixed(2)),
      };
      console.log(`  ${JSON.stringify(row)}`);
      rows.push(row);
    };
    const singles = await noticesOf(persistence, dataSource, planner, single);
    await measure('plan() per notice, 16 at a time', single, singles, async (notices) => {
      let next = 0;
      const lane = async () => {
        while (next < notices.length) await planner.plan(notices[next++]);
      };
      await Promise.all(Array.from({ length: 16 }, lane));
    });
    const cohort = await noticesOf(persistence, dataSource, planner, batch);
    await measure('planMany() in one call', batch, cohort, (notices) => planner.planMany(notices));
    load.push(loadavg());
    const result = {
      rows,
      webhookRatePerSecond: Number(RATE),
      smtpMaxConnections: config.delivery.smtpMaxConnections,
      workerPeakRssMb: Math.round(peakRssMb(worker.pid)),
      loadAverage: { before: load[0], after: load[1] },
    };
    console.log(`  worker peak RSS ${result.workerPeakRssMb} MB; load average before ${load[0]}, after ${load[1]}`);
    saveResults('delivery-plan-many', { date: new Date().toISOString(), node: process.version, result });
  } finally {
    await temporalClient?.connection.close().catch(() => undefined);
    for (const child of children.reverse()) await stopChild(child);
    await new Promise((resolve) => hooks.close(resolve));
    await mail.stop();
    await infra.stop();
  }
}

(process.env.BENCH_MODE === 'plan-many' ? planManyBench() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
