import { Client, Connection, WorkflowNotFoundError } from '@temporalio/client';
import { DeliveryEntity, TaskEntity, UserEntity } from '@dondoc/persistence';
import { deliveryBatchWorkflowId, deliveryWorkflowId } from '@dondoc/workflow-contract';
import { DeliveryPlanner, type PlannedNotice } from '../../apps/worker/src/delivery/delivery-planner';
import { deliveryWorld, eventually } from '../support/delivery-world';
import { startHookReceiverProcess, type HookCall } from '../support/mail-and-hooks';

/** Calls per second to one webhook server, set low so that the pace shows at the receiver. */
const RATE = 10;
const NOTICES = 250;
const WORKING = ['HND-GL', 'MTTQ-GL', 'CA-GL', 'BCHQS-GL'];
const FAILING = 'HLHPN-GL';

/**
 * A cohort's instant (issue 20, item 4): the deliveries of 250 notices in five units
 * planned by one `planMany` call and sent by a few batch workflows, not one workflow per
 * notice: real SMTP (Mailpit), two webhook servers (one answering 503) in processes of
 * their own, the worker and the Temporal dev server. Assertions on what the receivers
 * counted, never on how long the system took.
 */
describe('a cohort’s deliveries planned at once: 250 notices, five units, two webhook servers (dev server, real SMTP)', () => {
  const world = deliveryWorld({ WEBHOOK_RATE_PER_SECOND: String(RATE), DELIVERY_BATCH_NOTICES: '100' });
  let up: Awaited<ReturnType<typeof startHookReceiverProcess>>;
  let down: Awaited<ReturnType<typeof startHookReceiverProcess>>;
  let notices: PlannedNotice[] = [];
  let planner: DeliveryPlanner;
  let expectedMails = 0;
  const bulk = (noticeId: string | null | undefined) => Boolean(noticeId?.includes(':bulk:'));
  const rows = () =>
    world.db.getRepository(DeliveryEntity).createQueryBuilder('d').where(`d.notice_id LIKE '%:bulk:%'`).getMany();

  beforeAll(async () => {
    [up, down] = await Promise.all([startHookReceiverProcess(), startHookReceiverProcess(['/down'])]);
    const register = async (receiver: typeof up, code: string, path: string) => {
      const created = await world.call('admin', 'POST', `/api/v1/units/${world.p.unit(code)}/webhooks`, {
        url: `${receiver.base}${path}`,
      });
      expect(created.status).toBe(201);
      await receiver.secret(path, created.body.secret);
    };
    for (const code of WORKING) await register(up, code, `/${code.toLowerCase()}`);
    await register(down, FAILING, '/down');
    const codes = [...WORKING, FAILING];
    const directive = await world.issue(
      { title: 'Đôn đốc báo cáo sơ kết 6 tháng' },
      codes.map((code) => ({
        title: `Báo cáo sơ kết 6 tháng (${code})`,
        leadUnitId: world.p.unit(code),
        deadlineWorkingDays: 5,
      })),
    );
    const tasks = await world.db
      .getRepository(TaskEntity)
      .find({ where: { directiveId: directive.id }, relations: { directive: true } });
    planner = world.system.worker!.get(DeliveryPlanner);
    const usersOf = new Map<string, UserEntity[]>();
    for (const code of codes) {
      usersOf.set(
        world.p.unit(code),
        await world.db.getRepository(UserEntity).findBy({ unitId: world.p.unit(code), active: true }),
      );
    }
    notices = await Promise.all(
      Array.from({ length: NOTICES }, async (_, i) => {
        const task = tasks.find((t) => t.leadUnitId === world.p.unit(codes[i % codes.length]!))!;
        const users = usersOf.get(task.leadUnitId)!;
        return {
          input: {
            noticeId: `${task.id}:bulk:${i}`,
            kind: 'reminder' as const,
            taskId: task.id,
            targetUnitId: task.leadUnitId,
            dueAt: task.deadline.toISOString(),
          },
          task: task as PlannedNotice['task'],
          users,
          preferences: await planner.preferences(users.map((u) => u.id)),
          lateUnitName: null,
        };
      }),
    );
    expectedMails = notices.reduce((sum, n) => sum + n.users.filter((u) => u.email).length, 0);
  });
  afterAll(async () => {
    await Promise.all([up?.stop(), down?.stop()]);
  });

  it('plans every e-mail and webhook call of the 250 notices in one call, in three batches', async () => {
    // One e-mail user in three units, two in the Front, none in the failing unit: 50 × 5.
    expect(expectedMails).toBe(250);
    const planned = await planner.planMany(notices);
    expect(planned).toBe(expectedMails + NOTICES);
    const planedRows = await rows();
    expect(planedRows).toHaveLength(planned);
    expect(new Set(planedRows.map((r) => r.batchId)).size).toBe(3);
  });

  it('adds nothing when the same call is retried, its notices in another order', async () => {
    const before = await rows();
    const again = await planner.planMany([...notices].reverse());
    expect(again).toBe(before.length);
    const after = await rows();
    expect(after.map((r) => `${r.id}|${r.batchId}`).sort()).toEqual(before.map((r) => `${r.id}|${r.batchId}`).sort());
  });

  it('e-mails each recipient once per notice, with the notice and delivery headers (real SMTP)', async () => {
    const mails = await eventually(
      'every e-mail of the cohort at the catcher',
      async () => (await world.smtp.mails()).filter((m) => bulk(m.notice)),
      (list) => list.length >= expectedMails,
      120_000,
    );
    expect(mails).toHaveLength(expectedMails);
    const emailRows = (await rows()).filter((r) => r.channel === 'email');
    expect(new Set(mails.map((m) => m.delivery))).toEqual(new Set(emailRows.map((r) => r.id)));
    for (const mail of mails) expect(mail.subject).toMatch(/^\[Đôn Đốc\] Nhắc hạn/);
  });

  it('calls each working endpoint once per notice, signed, with its delivery id', async () => {
    const hookRows = (await rows()).filter((r) => r.channel === 'webhook' && r.unitId !== world.p.unit(FAILING));
    const calls = await eventually(
      'every call of the cohort at the working server',
      async () => (await up.calls()).filter((c) => bulk(c.json.noticeId)),
      (list) => list.length >= hookRows.length,
      120_000,
    );
    expect(calls).toHaveLength(200);
    expect(new Set(calls.map((c) => c.delivery))).toEqual(new Set(hookRows.map((r) => r.id)));
    expect(calls.every((c) => c.signatureValid && c.json.kind === 'reminder')).toBe(true);
    const sent = await eventually(
      'the rows recorded as sent',
      async () => (await rows()).filter((r) => r.status === 'sent'),
      (list) => list.length >= expectedMails + 200,
    );
    expect(sent.every((r) => r.attempts === 1)).toBe(true);
  });

  it(`keeps each webhook server to ${RATE} calls a second, all batches together`, async () => {
    const perSecond = (calls: HookCall[]) => {
      const counts = new Map<number, number>();
      for (const call of calls)
        counts.set(Math.floor(call.at / 1000), (counts.get(Math.floor(call.at / 1000)) ?? 0) + 1);
      return [...counts.values()];
    };
    const upCalls = await up.calls();
    const working = perSecond(upCalls);
    // Slots are 1/RATE apart; a calendar second can catch one more, the call sent at its boundary.
    expect(Math.max(...working)).toBeLessThanOrEqual(RATE + 1);
    // 200 calls or more at RATE a second cannot fit in fewer seconds.
    expect(working.length).toBeGreaterThanOrEqual(Math.ceil(upCalls.length / (RATE + 1)));
    expect(Math.max(...perSecond(await down.calls()))).toBeLessThanOrEqual(RATE + 1);
  });

  it('retries the failing endpoint with backoff, then dead-letters each call after its last attempt', async () => {
    const failingRows = await eventually(
      'every call to the failing server dead',
      async () => (await rows()).filter((r) => r.unitId === world.p.unit(FAILING)),
      (list) => list.length === 50 && list.every((r) => r.status === 'dead'),
      120_000,
    );
    expect(failingRows.every((r) => r.attempts === 3 && r.lastError?.includes('HTTP 503'))).toBe(true);
    const calls = await down.calls();
    for (const row of failingRows) {
      expect(calls.filter((c) => c.delivery === row.id).map((c) => c.answered)).toEqual([503, 503, 503]);
    }
  });

  it('sent them through three batch workflows, none per notice', async () => {
    const connection = await Connection.connect({ address: world.system.config.temporal.address });
    try {
      const client = new Client({ connection });
      const batchIds = [...new Set((await rows()).map((r) => r.batchId!))];
      expect(batchIds).toHaveLength(3);
      const results = await Promise.all(
        batchIds.map((id) => client.workflow.getHandle(deliveryBatchWorkflowId(id)).result()),
      );
      expect(results.reduce((sum, r) => sum + r.sent, 0)).toBe(expectedMails + 200);
      expect(results.reduce((sum, r) => sum + r.dead, 0)).toBe(50);
      await expect(
        client.workflow.getHandle(deliveryWorkflowId(notices[0]!.input.noticeId)).describe(),
      ).rejects.toThrow(WorkflowNotFoundError);
    } finally {
      await connection.close();
    }
  });
});
