#!/usr/bin/env node
// Benchmark (not a test): an instant of N SMS notices (default 500; the figure in
// bench/README.md is 20,000) through the delivery path against the fake SMS gateway
// (test/fakes), at SMS_RATE_PER_SECOND (default 100). N units under the Front, each with
// one officer who has a verified phone and takes reminders by SMS; one reminder per unit,
// planned in one DeliveryPlanner.planMany call as a cohort's instant would be. Prints the
// time until every SMS is sent, the rate achieved against the configured rate, the most
// SMS the gateway received in any one second, and that none was dropped (every delivery
// sent once, the gateway holding each delivery's RequestId, nothing dead or skipped).
//   npm run bench -- sms-pacing      BENCH_SMS=20000 SMS_RATE_PER_SECOND=200 for the recorded figure
import { loadavg } from 'node:os';
import { step } from '../scripts/lib/log.mjs';
import { fromDist } from '../scripts/lib/build.mjs';
import { saveResults } from './lib/results.mjs';
import { stopChild } from '../scripts/lib/proc.mjs';
import { BENCH_SCOPE, peakRssMb, sleep, startApp, startInfra } from './lib/app.mjs';
import { reminderNotices } from './lib/notices.mjs';

const N = Number(process.env.BENCH_SMS ?? 500);
const RATE = Number(process.env.SMS_RATE_PER_SECOND ?? 100);

/** N units DL-… under the Front, each with an officer who has a verified phone and takes reminders by SMS. */
async function seed(persistence, dataSource) {
  await new persistence.UnitsRepository(dataSource).import(
    BENCH_SCOPE,
    Array.from({ length: N }, (_, i) => ({
      line: i + 1,
      code: `DL-${String(i).padStart(6, '0')}`,
      name: `Chi hội ${i}`,
      kind: 'mass_organisation',
      parentCode: 'MTTQ-GL',
    })),
    'bench',
  );
  await dataSource.query(
    `INSERT INTO users (id, username, password_hash, full_name, role, unit_id)
     SELECT gen_random_uuid(), lower(code), 'x', name, 'officer', id FROM units WHERE code LIKE 'DL-%'`,
  );
  // Mobile numbers 091xxxxxxx (none of the fake's magic 0900… numbers), one per officer,
  // verified (decision 81's rows, written directly).
  await dataSource.query(
    `INSERT INTO channel_addresses (id, user_id, channel, address, verified_at)
     SELECT gen_random_uuid(), u.id, 'sms', '+8491' || lpad((row_number() OVER (ORDER BY u.username))::text, 7, '0'), now()
       FROM users u JOIN units n ON n.id = u.unit_id WHERE n.code LIKE 'DL-%'`,
  );
  await dataSource.query(
    `INSERT INTO notification_preferences (user_id, channels)
     SELECT u.id, '{"reminder": ["in_app", "sms"]}'::jsonb FROM users u JOIN units n ON n.id = u.unit_id WHERE n.code LIKE 'DL-%'`,
  );
  const [{ id: tu }] = await dataSource.query(`SELECT id FROM units WHERE code = 'TU-GL'`);
  const [{ id }] = await dataSource.query(
    `INSERT INTO directives (id, document_number, document_number_normalized, doc_number, doc_type, doc_issuer, issue_year, issue_date,
       issuing_unit_id, title, search_text, status, accepted_at, created_by)
     VALUES (gen_random_uuid(), '7-CV/TU', '7-CV/TU', 7, 'CV', 'TU', 2026, current_date, $1,
             'Công văn đôn đốc báo cáo sơ kết', '7-cv/tu cong van', 'active', now(), 'bench') RETURNING id`,
    [tu],
  );
  await dataSource.query(
    `INSERT INTO tasks (id, directive_id, position, title, lead_unit_id, assigning_unit_id, status, phase,
                        original_deadline, deadline, reminder_policy, escalation_policy)
     SELECT gen_random_uuid(), $1, row_number() OVER (ORDER BY code), 'Báo cáo sơ kết 6 tháng', id, $2, 'assigned',
            'in_progress', now() + interval '3 days', now() + interval '3 days', '{}', '{}'
       FROM units WHERE code LIKE 'DL-%'`,
    [id, tu],
  );
  return id;
}

/** One reminder per task of the directive, to its lead unit's officer. */
async function noticesOf(persistence, dataSource, planner, directiveId) {
  const users = await dataSource
    .getRepository(persistence.UserEntity)
    .createQueryBuilder('u')
    .innerJoin('units', 'n', 'n.id = u.unit_id')
    .where("n.code LIKE 'DL-%'")
    .getMany();
  return reminderNotices(persistence, dataSource, planner, directiveId, users);
}

async function main() {
  const load = [loadavg()];
  const infra = await startInfra();
  const { url, persistence, dataSource, temporal } = infra;
  const { startChannelFakes } = await fromDist('test/fakes/index.js');
  const fakes = await startChannelFakes();
  const gateway = fakes.servers.sms;
  const children = [];
  let temporalClient;
  try {
    step(`Units: ${N}, each with an officer who has a verified phone and takes reminders by SMS`);
    const directiveId = await seed(persistence, dataSource);
    const smsEnv = Object.fromEntries(Object.entries(fakes.env).filter(([name]) => name.startsWith('SMS_')));
    const env = { ...smsEnv, SMS_RATE_PER_SECOND: String(RATE), TEMPORAL_TASK_QUEUE: 'dondoc' };
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
    const { ChannelSender } = await fromDist('apps/worker/src/delivery/channel-sender.js');
    const config = loadConfig({ ...process.env, ...env, DATABASE_URL: url, TEMPORAL_ADDRESS: temporal.address });
    temporalClient = new TemporalClientService(config);
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
    const notices = await noticesOf(persistence, dataSource, planner, directiveId);
    gateway.received.length = 0;
    step(`planMany: ${notices.length} reminders → ${notices.length} SMS at ${RATE}/s`);
    const started = performance.now();
    await planner.planMany(notices);
    const plannedMs = performance.now() - started;
    const counts = async () =>
      (
        await dataSource.query(
          `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent, count(*) FILTER (WHERE status = 'dead')::int AS dead,
                  count(*) FILTER (WHERE status = 'skipped')::int AS skipped, count(*)::int AS planned
             FROM deliveries WHERE channel = 'sms' AND notice_id LIKE '%:reminder:bench'`,
        )
      )[0];
    let last;
    for (;;) {
      last = await counts();
      if (last.sent + last.dead + last.skipped >= notices.length) break;
      await sleep(250);
    }
    const allSentMs = performance.now() - started;
    // The gateway's own record: every delivery's RequestId once, and its busiest second.
    const sends = gateway.received.filter((r) => r.path.includes('SendMultipleMessage'));
    const requestIds = new Set(sends.map((r) => r.request?.RequestId));
    const perSecond = new Map();
    for (const r of sends) {
      const second = Math.floor(Date.parse(r.at) / 1000);
      perSecond.set(second, (perSecond.get(second) ?? 0) + 1);
    }
    const firstAt = Math.min(...sends.map((r) => Date.parse(r.at)));
    const lastAt = Math.max(...sends.map((r) => Date.parse(r.at)));
    const result = {
      notices: notices.length,
      smsRatePerSecond: RATE,
      plannedMs: Math.round(plannedMs),
      allSentMs: Math.round(allSentMs),
      achievedPerSecond: Number(((sends.length - 1) / ((lastAt - firstAt) / 1000)).toFixed(1)),
      busiestSecond: Math.max(...perSecond.values()),
      sent: last.sent,
      dead: last.dead,
      skipped: last.skipped,
      gatewayRequests: sends.length,
      distinctRequestIds: requestIds.size,
      dropped: notices.length - requestIds.size,
      workerPeakRssMb: Math.round(peakRssMb(worker.pid)),
    };
    load.push(loadavg());
    console.log(`  ${JSON.stringify(result)}`);
    saveResults('sms-pacing', {
      date: new Date().toISOString(),
      node: process.version,
      result,
      loadAverage: { before: load[0], after: load[1] },
    });
  } finally {
    await temporalClient?.connection.close().catch(() => undefined);
    for (const child of children.reverse()) await stopChild(child);
    await fakes.stop();
    await infra.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
