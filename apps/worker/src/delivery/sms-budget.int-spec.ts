import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig } from '@dondoc/config';
import { localDate, nextLocalTime } from '@dondoc/domain';
import {
  ChannelAddressesRepository,
  DeliveriesRepository,
  DeliveryBatchesRepository,
  DeliveryEntity,
  UserEntity,
  ZaloTokensRepository,
} from '@dondoc/persistence';
import { ESMS_PATH, FAKE_CREDENTIALS, startSmsGatewayFake, type FakeServer } from '../../../../test/fakes';
import { connectTestDatabase } from '../../../../test/support/database';
import { seedTestProvince, type TestProvince } from '../../../../test/support/province';
import { BatchSender } from './batch-sender';
import { ChannelFallback } from './channel-fallback';
import { ChannelSender } from './channel-sender';
import { MailSender, WebhookSender } from './senders';

/**
 * The daily SMS budget per unit (docs/decisions/0083): a pass sends a unit's SMS up to
 * SMS_DAILY_BUDGET_PER_UNIT for the local day, counted in `sms_budget`; the rest stay
 * pending until the next local midnight (never dropped); two passes reserving at once
 * never go past it; another unit has its own budget. Real PostgreSQL, the SMS gateway fake,
 * the batch sender called directly (no Temporal: its activity is a plain method).
 */
describe('the daily SMS budget of a unit (real PostgreSQL, SMS fake)', () => {
  const BUDGET = 3;
  const retry = { maxAttempts: 3, initialIntervalMs: 100, maximumIntervalMs: 1000 };
  let db: DataSource;
  let p: TestProvince;
  let gateway: FakeServer;
  let sender: BatchSender;
  let batches: DeliveryBatchesRepository;
  const config = () =>
    loadConfig({
      ...process.env,
      SMS_GATEWAY_URL: `${gateway.url}${ESMS_PATH}`,
      SMS_GATEWAY_TEMPLATE: 'esms',
      SMS_API_KEY: FAKE_CREDENTIALS.sms.apiKey,
      SMS_SECRET_KEY: FAKE_CREDENTIALS.sms.secretKey,
      SMS_BRANDNAME: 'DONDOC',
      SMS_DAILY_BUDGET_PER_UNIT: String(BUDGET),
      SMS_RATE_PER_SECOND: '1000',
    });

  beforeAll(async () => {
    db = await connectTestDatabase('owner');
    p = await seedTestProvince(db);
    gateway = await startSmsGatewayFake(FAKE_CREDENTIALS.sms);
    const c = config();
    batches = new DeliveryBatchesRepository(db);
    const addresses = new ChannelAddressesRepository(db);
    const channels = new ChannelSender(c, addresses, new ZaloTokensRepository(db));
    sender = new BatchSender(
      c,
      batches,
      new MailSender(c),
      new WebhookSender(c),
      channels,
      new ChannelFallback(new DeliveriesRepository(db), batches, addresses, channels),
    );
  });
  afterAll(async () => {
    await gateway?.close();
    await db?.destroy();
  });

  /** `count` SMS reminders of a unit's officer, in a batch of their own; the batch id. */
  const plan = async (unitCode: string, username: string, phone: string, count: number) => {
    const user = await db.getRepository(UserEntity).findOneByOrFail({ username: p.user(username) });
    await db.query(
      `INSERT INTO channel_addresses (id, user_id, channel, address, verified_at) VALUES ($1, $2, 'sms', $3, now())`,
      [randomUUID(), user.id, phone],
    );
    const batchId = `budget:${randomUUID()}`;
    await batches.add(
      Array.from({ length: count }, (_, i) => ({
        id: randomUUID(),
        noticeId: `${batchId}:${i}`,
        channel: 'sms' as const,
        recipientId: user.id,
        address: phone,
        unitId: p.unit(unitCode),
        kind: 'reminder',
        taskId: null,
        status: 'pending' as const,
        notBefore: new Date(),
        payload: { text: `Nhac han ${i}` },
        batchId,
      })),
    );
    return batchId;
  };
  const rows = (batchId: string) => db.getRepository(DeliveryEntity).findBy({ batchId });
  const used = async (unitCode: string) =>
    (
      await db.query(`SELECT used FROM sms_budget WHERE unit_id = $1 AND day = $2`, [
        p.unit(unitCode),
        localDate(new Date(), config().timezone),
      ])
    )[0]?.used;

  it('sends a unit’s SMS up to its budget and keeps the rest pending until the next local day', async () => {
    const batchId = await plan('HND-GL', 'hnd.tinh', '+84912000001', BUDGET + 2);
    const pass = await sender.sendDeliveryBatch({ batchId, retry });
    expect(pass).toMatchObject({ sent: BUDGET, dead: 0, skipped: 0 });
    const after = await rows(batchId);
    expect(after.filter((r) => r.status === 'sent')).toHaveLength(BUDGET);
    const waiting = after.filter((r) => r.status === 'pending');
    expect(waiting).toHaveLength(2);
    const midnight = nextLocalTime(new Date(), 0, config().timezone).getTime();
    for (const r of waiting) {
      expect(r.notBefore.getTime()).toBe(midnight);
      expect(r.attempts).toBe(0); // waiting for the budget is no failed attempt
    }
    expect(new Date(pass.nextAt!).getTime()).toBe(midnight);
    expect(gateway.received.filter((r) => r.to.includes('912000001'))).toHaveLength(BUDGET);
    expect(await used('HND-GL')).toBe(BUDGET);
  });

  it('never goes past the budget when two passes reserve at once, and gives another unit its own', async () => {
    const first = await plan('MTTQ-GL', 'mttq.tinh', '+84912000002', 2);
    const other = await plan('MTTQ-GL', 'chutich.mttq', '+84912000003', 2);
    const passes = await Promise.all([
      sender.sendDeliveryBatch({ batchId: first, retry }),
      sender.sendDeliveryBatch({ batchId: other, retry }),
    ]);
    expect(passes.reduce((n, pass) => n + pass.sent, 0)).toBe(BUDGET);
    const all = [...(await rows(first)), ...(await rows(other))];
    expect(all.filter((r) => r.status === 'sent')).toHaveLength(BUDGET);
    expect(all.filter((r) => r.status === 'pending')).toHaveLength(1);
    expect(await used('MTTQ-GL')).toBe(BUDGET);
    expect(await used('HND-GL')).toBe(BUDGET); // untouched by the Front's SMS
  });
});
