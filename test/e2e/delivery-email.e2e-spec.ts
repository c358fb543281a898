import { Client, Connection } from '@temporalio/client';
import { activityInfo } from '@temporalio/activity';
import { NativeConnection, Worker } from '@temporalio/worker';
import { DeliveryEntity, UserEntity } from '@dondoc/persistence';
import { DeliveryService } from '../../apps/worker/src/delivery/delivery.service';
import { deliveryWorkflow } from '../../workflows/delivery.workflow';
import { deliveryWorld, eventually, S, sleep } from '../support/delivery-world';
import { oneLanguageProblems } from '../support/one-language';
import { bundleWorkflows, uniqueTaskQueue } from '../support/temporal-testing';

/**
 * Notices reaching people (2/2): e-mail to a real SMTP server started here, through the
 * API, the worker and the Temporal dev server: preferences and quiet hours, a retried
 * send, the daily digest.
 */
describe('notifications beyond the inbox: e-mail preferences, retries and the digest (dev server, real SMTP)', () => {
  const world = deliveryWorld();
  const { call, issue, mailsTo, cancel, today } = world;
  // Their reminders are due seconds after each directive: not a time to wait for a cold worker.
  beforeAll(() => world.warmUp());

  describe('holds e-mail for the end of quiet hours, drops a held reminder whose task closed; refuses bad preferences by field', () => {
    // Quiet from an hour ago to six hours from now, local time.
    const hhmm = (offsetMs: number) =>
      new Intl.DateTimeFormat('en-GB', {
        timeZone: 'Asia/Ho_Chi_Minh',
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }).format(new Date(Date.now() + offsetMs));
    let directive: any;
    let taskId = '';
    let rows: DeliveryEntity[] = [];

    it('refuses bad preferences by field', async () => {
      const bad = await call('ca.tinh', 'PUT', '/api/v1/me/preferences', {
        quietHours: { start: '25:00', end: '06:30' },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.details.map((d: { field: string }) => d.field)).toContain('quietHours.start');
      const badKind = await call('ca.tinh', 'PUT', '/api/v1/me/preferences', { channels: { nonsense: ['email'] } });
      expect(badKind.status).toBe(400);
      expect(badKind.body.details.map((d: { field: string }) => d.field)).toEqual(['channels.nonsense']);
      const badEmail = await call('ca.tinh', 'PUT', '/api/v1/me/preferences', { email: 'không phải địa chỉ' });
      expect(badEmail.body.details.map((d: { field: string }) => d.field)).toEqual(['email']);
    });

    it('saves the address, the language and quiet hours, and reads them back', async () => {
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
    });

    it('holds the new-task e-mail and the reminder, in English, until the quiet hours end', async () => {
      const t0 = Date.now();
      directive = await issue({ title: 'Rà soát địa bàn trọng điểm' }, [
        {
          title: 'Báo cáo rà soát',
          leadUnitId: world.p.unit('CA-GL'),
          deadline: new Date(t0 + 12 * S).toISOString(),
          reminderPolicy: { before: [{ duration: 'PT10S' }], onDeadlineDayAt: null },
          escalationPolicy: { stepDelay: { duration: 'PT60S' }, repeatAtTop: { duration: 'PT60S' } },
        },
      ]);
      taskId = directive.tasks[0].id;
      rows = await eventually(
        'the held new-task e-mail and reminder',
        () => world.db.getRepository(DeliveryEntity).findBy({ taskId, channel: 'email', recipientId: world.caUserId }),
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
    });

    it('drops the held reminder once the task is closed before the quiet hours end', async () => {
      await cancel(directive.id);
      await eventually(
        'the task cancelled',
        async () => (await call('thuongtruc.tu', 'GET', `/api/v1/tasks/${taskId}`)).body.status,
        (status) => status === 'cancelled',
      );
      const reminder = rows.find((r) => r.kind === 'reminder')!;
      const service = world.system.worker!.get(DeliveryService);
      expect(await service.sendDelivery({ deliveryId: reminder.id })).toBe('skipped');
      expect(await world.db.getRepository(DeliveryEntity).findOneByOrFail({ id: reminder.id })).toMatchObject({
        status: 'skipped',
        lastError: 'task cancelled before sending',
      });
      expect((await mailsTo('ca.tinh')).filter((m) => m.notice?.startsWith(taskId))).toEqual([]);
    });
  });

  it('e-mails a recipient who chose English in English only, from the catalogues', async () => {
    const saved = await call('mttq.tinh', 'PUT', '/api/v1/me/preferences', { locale: 'en' });
    expect(saved.body.locale).toBe('en');
    const directive = await issue({ title: 'Tuyên truyền kỷ niệm ngày thành lập Mặt trận' }, [
      { title: 'Tổ chức hội nghị tuyên truyền', leadUnitId: world.p.unit('MTTQ-GL'), deadlineWorkingDays: 5 },
    ]);
    const taskId = directive.tasks[0].id;
    const [mail] = await eventually(
      'the new-task e-mail',
      async () => (await mailsTo('mttq.tinh')).filter((m) => m.notice?.startsWith(taskId)),
      (list) => list.length >= 1,
    );
    expect(mail!.subject).toMatch(/^\[Đôn Đốc\] New task: /);
    expect(mail!.text).toContain('Your unit has been assigned the task below.');
    // The names it carries are data (quoted for the judge); the link and the application's name too.
    let text = `${mail!.subject}\n${mail!.text}`;
    for (const name of [
      directive.documentNumber,
      directive.title,
      'Tổ chức hội nghị tuyên truyền',
      world.p.units.get('MTTQ-GL')!.name,
      'Đôn Đốc',
    ])
      text = text.split(name).join('"data"');
    expect(oneLanguageProblems(text.replace(/https:\/\/\S+/g, ''), 'en')).toEqual([]);
    expect(mail!.html).toContain('<html lang="en">');
    await cancel(directive.id);
  });

  it('a retried send that had already gone out sends nothing more (real retry on Temporal, real SMTP)', async () => {
    const service = world.system.worker!.get(DeliveryService);
    const user = await world.db.getRepository(UserEntity).findOneByOrFail({ username: world.p.user('qs.tinh') });
    const deliveryId = '5b0c8f0e-6a2e-4c55-9b54-0d7b3c9a1e01';
    await world.db.getRepository(DeliveryEntity).insert({
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
    expect((await world.smtp.mails()).filter((m) => m.delivery === deliveryId)).toHaveLength(1);
    await client.connection.close();
  });

  it('sends the daily digest once per user and day, listing what is due soon, in place of single reminders', async () => {
    const saved = await call('qs.tinh', 'PUT', '/api/v1/me/preferences', { digest: true });
    expect(saved.body.digest).toBe(true);
    const t0 = Date.now();
    const directive = await issue({ title: 'Huấn luyện dân quân tự vệ năm 2027' }, [
      {
        title: 'Báo cáo kết quả huấn luyện',
        leadUnitId: world.p.unit('BCHQS-GL'),
        deadline: new Date(t0 + 8 * S).toISOString(),
        reminderPolicy: { before: [{ duration: 'PT5S' }], onDeadlineDayAt: null },
        escalationPolicy: { stepDelay: { duration: 'PT60S' }, repeatAtTop: { duration: 'PT60S' } },
      },
    ]);
    const taskId = directive.tasks[0].id;
    // The reminder is held for the digest, not e-mailed on its own.
    const held = await eventually(
      'the held reminder',
      () => world.db.getRepository(DeliveryEntity).findOneBy({ taskId, kind: 'reminder', channel: 'email' }),
      (r) => r !== null,
    );
    expect(held!.status).toBe('held');
    const service = world.system.worker!.get(DeliveryService);
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
    expect((await world.db.getRepository(DeliveryEntity).findOneByOrFail({ id: held!.id })).status).toBe('digested');
    await call('thuongtruc.tu', 'POST', `/api/v1/directives/${directive.id}/cancel`, { reason: 'Kết thúc kiểm thử' });
  });
});
