import { Client, Connection } from '@temporalio/client';
import { activityInfo } from '@temporalio/activity';
import { NativeConnection, Worker } from '@temporalio/worker';
import type { DataSource } from 'typeorm';
import { DeliveryEntity, UserEntity } from '@dondoc/persistence';
import { DeliveryService } from '../../apps/worker/src/delivery/delivery.service';
import { deliveryWorkflow } from '../../workflows/delivery.workflow';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { startHookReceiver, startSmtp } from '../support/mail-and-hooks';
import { markTodayAndTomorrowWorking, ownDatabase } from '../support/own-database';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';
import { bundleWorkflows, uniqueTaskQueue } from '../support/temporal-testing';

const S = 1000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function eventually<T>(what: string, read: () => Promise<T> | T, done: (value: T) => boolean, ms = 30 * S) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`${what}: not reached in ${ms} ms; last ${JSON.stringify(value)}`);
    await sleep(100);
  }
}

/**
 * Notices reaching people: e-mail to Mailpit (real SMTP) started here, read through its API, signed webhook
 * calls to a local receiver that checks each signature, through the API, the worker
 * and the Temporal dev server, with second-scale policies. Own database (today is
 * marked a working day in its calendar).
 */
describe('notifications beyond the inbox: e-mail and webhooks (dev server, real SMTP to Mailpit)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let hooks: Awaited<ReturnType<typeof startHookReceiver>>;
  const today = todayInVietnam();

  beforeAll(async () => {
    let url: string;
    ({ url, db } = await ownDatabase('delivery'));
    [smtp, hooks] = await Promise.all([startSmtp(), startHookReceiver()]);
    system = await startSystem({
      DATABASE_URL: url,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtp.port),
      PUBLIC_URL: 'https://dondoc.gialai.example',
      DELIVERY_MAX_ATTEMPTS: '3',
      DELIVERY_RETRY_INITIAL_MS: '300',
      DELIVERY_RETRY_MAX_MS: '2000',
      WEBHOOK_TIMEOUT_MS: '2000',
    });
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    for (const name of ['hnd.tinh', 'mttq.tinh', 'chutich.mttq', 'thuongtruc.tu', 'ca.tinh', 'qs.tinh']) {
      await db.getRepository(UserEntity).update({ username: p.user(name) }, { email: `${name}@gialai.example` });
    }
    caUserId = (await db.getRepository(UserEntity).findOneByOrFail({ username: p.user('ca.tinh') })).id;
    await markTodayAndTomorrowWorking(http, await http.login(p.user('admin'), PASSWORD));
  });
  afterAll(async () => {
    await system?.stop();
    await Promise.all([smtp?.stop(), hooks?.stop(), db?.destroy()]);
  });

  const as = (username: string) => http.login(p.user(username), PASSWORD);
  const call = async (username: string, method: string, path: string, body?: unknown) =>
    http.request(method, path, { token: await as(username), body });
  let caUserId = '';
  const caUser = () => caUserId;
  const mailsTo = async (name: string) => (await smtp.mails()).filter((m) => m.to.includes(`${name}@gialai.example`));
  const hook = async (unitCode: string, path: string, kinds?: string[]) => {
    const created = await call('admin', 'POST', `/api/v1/units/${p.unit(unitCode)}/webhooks`, {
      url: `${hooks.base}${path}`,
      ...(kinds ? { kinds } : {}),
    });
    expect(created.status).toBe(201);
    hooks.secrets.set(path, created.body.secret);
    return created.body.id as string;
  };
  const issue = async (body: Record<string, unknown>, tasks: Record<string, unknown>[]) => {
    const created = await call('thuongtruc.tu', 'POST', '/api/v1/directives', {
      documentNumber: `${Math.floor(Math.random() * 90_000) + 1000}-TB/TU`,
      issueDate: today,
      issuingUnitId: p.unit('TU-GL'),
      ...body,
      tasks,
    });
    expect(created.status).toBe(201);
    return created.body;
  };

  it('lets admins and unit leaders register webhooks for units in their scope, refusing bad input by field', async () => {
    const path = (code: string) => `/api/v1/units/${p.unit(code)}/webhooks`;
    const body = { url: `${hooks.base}/nowhere` };
    expect((await call('hnd.tinh', 'POST', path('HND-GL'), body)).status).toBe(403); // an officer
    expect((await call('chutich.mttq', 'POST', path('CA-GL'), body)).status).toBe(404); // outside the Front
    const badUrl = await call('chutich.mttq', 'POST', path('HND-GL'), { url: 'ftp://x' });
    expect(badUrl.body.details.map((d: { field: string }) => d.field)).toEqual(['url']);
    const badKind = await call('chutich.mttq', 'POST', path('HND-GL'), { ...body, kinds: ['gossip'] });
    expect(badKind.body.details.map((d: { field: string }) => d.field)).toEqual(['kinds']);
    const created = await call('chutich.mttq', 'POST', path('HND-GL'), { ...body, kinds: ['cancelled'] });
    expect(created.status).toBe(201);
    expect(created.body.secret).toMatch(/^[\w-]{40,}$/);
    expect((await call('chutich.mttq', 'DELETE', `${path('HND-GL')}/${created.body.id}`)).status).toBe(204);
    expect((await call('chutich.mttq', 'DELETE', `${path('HND-GL')}/${created.body.id}`)).status).toBe(404);
  });

  it('e-mails and calls webhooks for new task → reminder → overdue → escalation, each signed and in Vietnamese', async () => {
    await hook('HND-GL', '/hnd');
    await hook('MTTQ-GL', '/mttq', ['escalation']);
    const t0 = Date.now();
    const directive = await issue({ title: 'Giao ban tình hình nhân dân quý IV theo Quyết định số 461-QĐ/TU' }, [
      {
        title: 'Báo cáo tình hình nông dân quý IV',
        leadUnitId: p.unit('HND-GL'),
        deadline: new Date(t0 + 12 * S).toISOString(),
        reminderPolicy: { before: [{ duration: 'PT6S' }], onDeadlineDayAt: null },
        escalationPolicy: { stepDelay: { duration: 'PT3S' }, repeatAtTop: { duration: 'PT60S' } },
      },
    ]);
    const taskId = directive.tasks[0].id;
    // The unit acknowledges (so the only ladder is the report's) and then stays silent.
    await eventually(
      'acknowledged',
      async () => (await call('hnd.tinh', 'POST', `/api/v1/tasks/${taskId}/acknowledge`)).status,
      (status) => status === 200,
    );
    await eventually(
      'escalation e-mail to the standing board',
      async () => (await mailsTo('thuongtruc.tu')).filter((m) => m.notice?.includes(':esc:')),
      (list) => list.length >= 1,
    );
    // The late unit: new task, reminder, overdue; its webhook the same three.
    const hnd = (await mailsTo('hnd.tinh')).filter((m) => m.notice?.startsWith(taskId));
    expect(hnd.map((m) => m.subject.split(':')[0])).toEqual([
      '[Đôn Đốc] Nhiệm vụ mới',
      '[Đôn Đốc] Nhắc hạn',
      '[Đôn Đốc] Quá hạn',
    ]);
    for (const mail of hnd) {
      expect(mail.text).toContain(directive.documentNumber);
      expect(mail.text).toContain('Báo cáo tình hình nông dân quý IV');
      expect(mail.text).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
      expect(mail.text).toContain(`https://dondoc.gialai.example/api/v1/tasks/${taskId}`);
      expect(mail.html).toContain('<html');
    }
    const hndHooks = hooks.calls.filter((c) => c.path === '/hnd' && c.json.task?.id === taskId);
    expect(hndHooks.map((c) => c.json.kind)).toEqual(['task_assigned', 'reminder', 'overdue']);
    // Escalations go to the head of each unit up the chain, not to everyone in it.
    const front = (await mailsTo('chutich.mttq')).filter((m) => m.notice?.startsWith(taskId));
    expect(front).toHaveLength(1);
    expect(front[0]!.text).toMatch(/Cấp đôn đốc:? 2/);
    expect(front[0]!.text).toContain('Hội Nông dân tỉnh');
    expect((await mailsTo('mttq.tinh')).filter((m) => m.notice?.startsWith(taskId))).toEqual([]);
    const board = (await mailsTo('thuongtruc.tu')).filter((m) => m.notice?.includes(':esc:'));
    expect(board[0]!.text).toMatch(/Cấp đôn đốc:? 3/);
    const frontHooks = hooks.calls.filter((c) => c.path === '/mttq' && c.json.task?.id === taskId);
    expect(frontHooks.map((c) => [c.json.kind, c.json.level, c.json.lateUnit])).toEqual([
      ['escalation', 2, 'Hội Nông dân tỉnh'],
    ]);
    expect(hooks.calls.every((c) => c.signatureValid)).toBe(true);
    // Each notice once per recipient: the delivery rows say sent, one each.
    const rows = await db.getRepository(DeliveryEntity).findBy({ taskId });
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    expect(new Set(rows.map((r) => `${r.noticeId}|${r.channel}|${r.recipientId}`)).size).toBe(rows.length);
    await call('thuongtruc.tu', 'POST', `/api/v1/directives/${directive.id}/cancel`, { reason: 'Kết thúc kiểm thử' });
  });

  it('says nothing of a secret directive in any e-mail or webhook body', async () => {
    const spies = ['MẬT-TIÊU-ĐỀ-7731', 'MẬT-TÓM-TẮT-7731', 'MẬT-NHIỆM-VỤ-7731', 'MẬT-MÔ-TẢ-7731'];
    const directive = await issue(
      { title: `Kế hoạch ${spies[0]}`, summary: `Nội dung ${spies[1]}`, confidentiality: 'secret' },
      [
        {
          title: `Nhiệm vụ ${spies[2]}`,
          description: `Chi tiết ${spies[3]}`,
          leadUnitId: p.unit('HND-GL'),
          deadlineWorkingDays: 5,
        },
      ],
    );
    const taskId = directive.tasks[0].id;
    await eventually(
      'the secret task’s e-mail and webhook',
      async () => [
        (await mailsTo('hnd.tinh')).filter((m) => m.notice?.startsWith(taskId)),
        hooks.calls.filter((c) => c.json.noticeId?.startsWith(taskId)),
      ],
      ([mails, calls]) => mails.length >= 1 && calls.length >= 1,
    );
    await call('thuongtruc.tu', 'POST', `/api/v1/directives/${directive.id}/cancel`, { reason: 'Kết thúc kiểm thử' });
    await eventually(
      'the cancellation e-mail',
      async () => (await mailsTo('hnd.tinh')).filter((m) => m.notice?.startsWith(taskId)),
      (l) => l.length >= 2,
    );
    const bodies = [
      ...(await smtp.mails()).filter((m) => m.notice?.startsWith(taskId)).flatMap((m) => [m.subject, m.text, m.html]),
      ...hooks.calls.filter((c) => c.json.noticeId?.startsWith(taskId)).map((c) => c.body),
    ];
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    for (const body of bodies) for (const spy of spies) expect(body).not.toContain(spy);
    expect(hooks.calls.find((c) => c.json.noticeId?.startsWith(taskId))!.json).toMatchObject({ confidential: true });
  });

  it('dead-letters a webhook that keeps failing and, re-driven after it recovers, delivers once', async () => {
    hooks.failing.add('/ca');
    const endpointId = await hook('CA-GL', '/ca');
    const directive = await issue({ title: 'Bảo đảm an ninh trật tự dịp cuối năm' }, [
      { title: 'Báo cáo tình hình an ninh trật tự', leadUnitId: p.unit('CA-GL'), deadlineWorkingDays: 5 },
    ]);
    const taskId = directive.tasks[0].id;
    const dead = await eventually(
      'a dead webhook delivery',
      async () => (await call('admin', 'GET', '/api/v1/deliveries?status=dead&channel=webhook')).body.items,
      (items: { id: string; taskId: string }[]) => items.some((d) => d.taskId === taskId),
    );
    const delivery = dead.find((d: { taskId: string }) => d.taskId === taskId) as { id: string; taskId: string };
    expect(delivery).toMatchObject({ attempts: 3, status: 'dead', lastError: expect.stringContaining('HTTP 503') });
    expect(hooks.calls.filter((c) => c.delivery === delivery.id).map((c) => c.answered)).toEqual([503, 503, 503]);
    // Not visible to a unit outside it; not re-drivable twice.
    expect((await call('hnd.tinh', 'GET', '/api/v1/deliveries?status=dead')).body.items).toEqual([]);
    expect((await call('hnd.tinh', 'POST', `/api/v1/deliveries/${delivery.id}/redrive`)).status).toBe(404);

    hooks.failing.delete('/ca');
    const redriven = await call('admin', 'POST', `/api/v1/deliveries/${delivery.id}/redrive`);
    expect(redriven.status).toBe(202);
    await eventually(
      'the re-driven delivery sent',
      () => db.getRepository(DeliveryEntity).findOneByOrFail({ id: delivery.id }),
      (row) => row.status === 'sent',
    );
    expect((await call('admin', 'POST', `/api/v1/deliveries/${delivery.id}/redrive`)).status).toBe(409);
    await sleep(1 * S);
    const ok = hooks.calls.filter((c) => c.delivery === delivery.id && c.answered === 204);
    expect(ok).toHaveLength(1);
    expect(ok[0]!.signatureValid).toBe(true);
    // The quiet hours of ca.tinh (set below) did not exist yet; the endpoint stays listed.
    const listed = await call('admin', 'GET', `/api/v1/units/${p.unit('CA-GL')}/webhooks`);
    expect(listed.body.map((e: { id: string }) => e.id)).toContain(endpointId);
    expect(JSON.stringify(listed.body)).not.toContain(hooks.secrets.get('/ca'));
    await call('thuongtruc.tu', 'POST', `/api/v1/directives/${directive.id}/cancel`, { reason: 'Kết thúc kiểm thử' });
  });

  it('holds e-mail for the end of quiet hours, drops a held reminder whose task closed; refuses bad preferences by field', async () => {
    const bad = await call('ca.tinh', 'PUT', '/api/v1/me/preferences', {
      quietHours: { start: '25:00', end: '06:30' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('quietHours.start');
    const badKind = await call('ca.tinh', 'PUT', '/api/v1/me/preferences', { channels: { nonsense: ['email'] } });
    expect(badKind.status).toBe(400);
    expect(badKind.body.details.map((d: { field: string }) => d.field)).toEqual(['channels.nonsense']);
    // Quiet from an hour ago to six hours from now, local time.
    const hhmm = (offsetMs: number) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Ho_Chi_Minh',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(Date.now() + offsetMs));
    const badEmail = await call('ca.tinh', 'PUT', '/api/v1/me/preferences', { email: 'không phải địa chỉ' });
    expect(badEmail.body.details.map((d: { field: string }) => d.field)).toEqual(['email']);
    const saved = await call('ca.tinh', 'PUT', '/api/v1/me/preferences', {
      email: 'CA.tinh@gialai.example',
      locale: 'en',
      quietHours: { start: hhmm(-3600 * S), end: hhmm(6 * 3600 * S) },
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({
      email: 'ca.tinh@gialai.example',
      locale: 'en',
      digest: false,
      quietHours: { start: hhmm(-3600 * S) },
    });
    expect((await call('ca.tinh', 'GET', '/api/v1/me/preferences')).body).toEqual(saved.body);
    const t0 = Date.now();
    const directive = await issue({ title: 'Rà soát địa bàn trọng điểm' }, [
      {
        title: 'Báo cáo rà soát',
        leadUnitId: p.unit('CA-GL'),
        deadline: new Date(t0 + 12 * S).toISOString(),
        reminderPolicy: { before: [{ duration: 'PT10S' }], onDeadlineDayAt: null },
        escalationPolicy: { stepDelay: { duration: 'PT60S' }, repeatAtTop: { duration: 'PT60S' } },
      },
    ]);
    const taskId = directive.tasks[0].id;
    const rows = await eventually(
      'the held new-task e-mail and reminder',
      () => db.getRepository(DeliveryEntity).findBy({ taskId, channel: 'email', recipientId: caUser() }),
      (found) => found.length >= 2,
    );
    for (const row of rows) {
      expect(row.status).toBe('pending');
      expect(row.notBefore.getTime() - Date.now()).toBeGreaterThan(5 * 3600 * S);
    }
    expect(rows.map((r) => r.payload.subject!.split(':')[0]).sort()).toEqual([
      '[Đôn Đốc] Deadline reminder',
      '[Đôn Đốc] New task',
    ]);
    await sleep(1 * S);
    expect((await mailsTo('ca.tinh')).filter((m) => m.notice?.startsWith(taskId))).toEqual([]);
    // Closed before the quiet hours end: the held reminder is not worth sending any more.
    await call('thuongtruc.tu', 'POST', `/api/v1/directives/${directive.id}/cancel`, { reason: 'Kết thúc kiểm thử' });
    await eventually(
      'the task cancelled',
      async () => (await call('thuongtruc.tu', 'GET', `/api/v1/tasks/${taskId}`)).body.status,
      (status) => status === 'cancelled',
    );
    const reminder = rows.find((r) => r.kind === 'reminder')!;
    const service = system.worker!.get(DeliveryService);
    expect(await service.sendDelivery({ deliveryId: reminder.id })).toBe('skipped');
    expect(await db.getRepository(DeliveryEntity).findOneByOrFail({ id: reminder.id })).toMatchObject({
      status: 'skipped',
      lastError: 'task cancelled before sending',
    });
    expect((await mailsTo('ca.tinh')).filter((m) => m.notice?.startsWith(taskId))).toEqual([]);
  });

  it('a retried send that had already gone out sends nothing more (real retry on Temporal, real SMTP)', async () => {
    const service = system.worker!.get(DeliveryService);
    const user = await db.getRepository(UserEntity).findOneByOrFail({ username: p.user('qs.tinh') });
    const deliveryId = '5b0c8f0e-6a2e-4c55-9b54-0d7b3c9a1e01';
    await db.getRepository(DeliveryEntity).insert({
      id: deliveryId,
      noticeId: `retry-test:${Date.now()}`,
      channel: 'email',
      recipientId: user.id,
      address: 'qs.tinh@gialai.example',
      unitId: user.unitId,
      kind: 'reminder',
      taskId: null,
      status: 'pending',
      notBefore: new Date(),
      payload: {
        subject: '[Đôn Đốc] Nhắc hạn: thử gửi lại',
        text: 'Thử gửi lại',
        html: '<html><body>Thử</body></html>',
      },
    });
    const taskQueue = uniqueTaskQueue('retry');
    const attempts: string[] = [];
    const worker = await Worker.create({
      connection: await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! }),
      taskQueue,
      workflowBundle: await bundleWorkflows(),
      activities: {
        ...service.asActivities(),
        // The send goes out, then the attempt fails as if the worker died before reporting it.
        async sendDelivery(input: { deliveryId: string }) {
          const outcome = await service.sendDelivery(input);
          attempts.push(outcome);
          if (activityInfo().attempt === 1) throw new Error('lost after sending');
          return outcome;
        },
      },
    });
    const client = new Client({ connection: await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! }) });
    const result = await worker.runUntil(
      client.workflow.execute(deliveryWorkflow, {
        workflowId: `retry-test-${Date.now()}`,
        taskQueue,
        args: [
          {
            noticeId: 'retry-test',
            deliveries: [{ deliveryId, notBefore: new Date().toISOString() }],
            retry: { maxAttempts: 3, initialIntervalMs: 200, maximumIntervalMs: 1000 },
          },
        ],
      }),
    );
    expect(result).toEqual({ [deliveryId]: 'already_sent' });
    expect(attempts).toEqual(['sent', 'already_sent']);
    await sleep(500);
    expect((await smtp.mails()).filter((m) => m.delivery === deliveryId)).toHaveLength(1);
    await client.connection.close();
  });

  it('sends the daily digest once per user and day, listing what is due soon, in place of single reminders', async () => {
    const saved = await call('qs.tinh', 'PUT', '/api/v1/me/preferences', { digest: true });
    expect(saved.body.digest).toBe(true);
    const t0 = Date.now();
    const directive = await issue({ title: 'Huấn luyện dân quân tự vệ năm 2027' }, [
      {
        title: 'Báo cáo kết quả huấn luyện',
        leadUnitId: p.unit('BCHQS-GL'),
        deadline: new Date(t0 + 8 * S).toISOString(),
        reminderPolicy: { before: [{ duration: 'PT5S' }], onDeadlineDayAt: null },
        escalationPolicy: { stepDelay: { duration: 'PT60S' }, repeatAtTop: { duration: 'PT60S' } },
      },
    ]);
    const taskId = directive.tasks[0].id;
    // The reminder is held for the digest, not e-mailed on its own.
    const held = await eventually(
      'the held reminder',
      () => db.getRepository(DeliveryEntity).findOneBy({ taskId, kind: 'reminder', channel: 'email' }),
      (r) => r !== null,
    );
    expect(held!.status).toBe('held');
    const service = system.worker!.get(DeliveryService);
    const first = await service.sendDigests({ date: today });
    expect(first.sent).toBeGreaterThanOrEqual(1);
    expect((await service.sendDigests({ date: today })).sent).toBe(0);
    const digests = (await mailsTo('qs.tinh')).filter((m) => m.notice === `digest:${today}`);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain('Báo cáo kết quả huấn luyện');
    expect(digests[0]!.text).toContain(directive.documentNumber);
    expect(
      (await mailsTo('qs.tinh')).filter((m) => m.notice?.startsWith(taskId) && m.notice.includes('reminder')),
    ).toEqual([]);
    expect((await db.getRepository(DeliveryEntity).findOneByOrFail({ id: held!.id })).status).toBe('digested');
    await call('thuongtruc.tu', 'POST', `/api/v1/directives/${directive.id}/cancel`, { reason: 'Kết thúc kiểm thử' });
  });
});
