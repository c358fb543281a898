import { DeliveryEntity, NotificationEntity } from '@dondoc/persistence';
import { Like } from 'typeorm';
import { startChannelFakes } from '../fakes';
import { deliveryWorld, eventually, S } from '../support/delivery-world';

/**
 * The fall-back (issue 24, deliverable 5, docs/decisions/0083): a notice whose e-mail the
 * mail server refuses for good goes at once on the person's next channel (Zalo), and an
 * escalation still unread after ESCALATION_UNREAD_FALLBACK_SECONDS goes by SMS, while one
 * read in time goes no further. Real SMTP (Mailpit refusing addresses outside
 * gialai.example), the providers' fakes, the API and the worker on the Temporal dev server.
 */
describe('the fall-back to the next channel: a refused e-mail → Zalo, an unread escalation → SMS (fakes, dev server)', () => {
  const UNREAD_SECONDS = 12;
  const env: Record<string, string> = { ESCALATION_UNREAD_FALLBACK_SECONDS: String(UNREAD_SECONDS) };
  let fakes: Awaited<ReturnType<typeof startChannelFakes>>;
  beforeAll(async () => {
    fakes = await startChannelFakes();
    Object.assign(env, fakes.env);
  });
  // Before the world's own hooks, so the directives are cancelled while the system runs.
  const directives: string[] = [];
  afterAll(async () => {
    for (const id of directives) await world.cancel(id);
    await fakes?.stop();
  });
  const world = deliveryWorld(env, { allowedRecipients: '@gialai\\.example$' });
  const { call, issue } = world;

  const FOLLOWER = 'zalo-follower-fallback-hnd';
  const BOARD_PHONE = '0903 111 222';
  const zalo = () => fakes.servers.zalo.received.filter((r) => r.to === `follower ${FOLLOWER}`);
  const boardSms = () => fakes.servers.sms.received.filter((r) => r.to.replace(/\D/g, '').endsWith('903111222'));
  const rowsOf = (taskId: string) => world.db.getRepository(DeliveryEntity).findBy({ taskId });

  it('keeps an order of channels per person, refusing an unknown or repeated channel by field', async () => {
    for (const channelOrder of [['email', 'fax'], ['zalo', 'zalo'], ['in_app']]) {
      const bad = await call('hnd.tinh', 'PUT', '/api/v1/me/preferences', { channelOrder });
      expect([bad.status, bad.body.details?.map((d: { field: string }) => d.field)]).toEqual([400, ['channelOrder']]);
    }
    // An address the mail server refuses for good (5xx), and Zalo next.
    const saved = await call('hnd.tinh', 'PUT', '/api/v1/me/preferences', {
      email: 'hnd.tinh@hop-thu-khong-ton-tai.example',
      channelOrder: ['email', 'zalo', 'sms'],
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ channelOrder: ['email', 'zalo', 'sms'] });
    expect((await call('hnd.tinh', 'GET', '/api/v1/me/preferences')).body.channelOrder).toEqual([
      'email',
      'zalo',
      'sms',
    ]);
  });

  it('links the officer’s Zalo and the board chair’s phone (the verification flows of decision 81)', async () => {
    const created = await call('hnd.tinh', 'POST', '/api/v1/me/channels/zalo');
    expect(created.status).toBe(201);
    const zaloFake = fakes.servers.zalo;
    const url = `${world.system.baseUrl}/api/v1/channels/zalo/webhook`;
    expect(await zaloFake.sendEvent(url, zaloFake.textEvent(FOLLOWER, created.body.code))).toBe(204);
    const added = await call('thuongtruc.tu', 'POST', '/api/v1/me/channels/sms', { phone: BOARD_PHONE });
    expect(added.status).toBe(201);
    const [message] = await eventually('the code by SMS', boardSms, (l) => l.length === 1);
    const code = /(\d{6})/.exec(message!.text)![1]!;
    expect((await call('thuongtruc.tu', 'POST', '/api/v1/me/channels/sms/verify', { code })).status).toBe(200);
    const board = await call('thuongtruc.tu', 'PUT', '/api/v1/me/preferences', { channelOrder: ['email', 'sms'] });
    expect(board.status).toBe(200);
    const linked = (await call('hnd.tinh', 'GET', '/api/v1/me/channels')).body.addresses;
    expect(linked).toMatchObject([{ channel: 'zalo', address: FOLLOWER, verified: true }]);
  });

  describe('a task for the officer, left late until it escalates to the standing board', () => {
    let directive: any;
    let taskId = '';
    beforeAll(async () => {
      const t0 = Date.now();
      directive = await issue({ title: 'Kế hoạch vận động nông dân tham gia chuyển đổi số' }, [
        {
          title: 'Báo cáo kết quả chuyển đổi số trong nông dân',
          leadUnitId: world.p.unit('HND-GL'),
          deadline: new Date(t0 + 10 * S).toISOString(),
          reminderPolicy: { before: [], onDeadlineDayAt: null },
          escalationPolicy: { stepDelay: { duration: 'PT3S' }, repeatAtTop: { duration: 'PT1H' } },
        },
      ]);
      directives.push(directive.id);
      taskId = directive.tasks[0].id;
    });

    it('sends the new task by Zalo at once when the mail server refuses the officer’s address for good', async () => {
      const rows = await eventually(
        'the new task refused by e-mail and sent by Zalo',
        () => rowsOf(taskId),
        (list) => list.some((r) => r.kind === 'task_assigned' && r.channel === 'zalo' && r.status === 'sent'),
      );
      const email = rows.find((r) => r.kind === 'task_assigned' && r.channel === 'email')!;
      const viaZalo = rows.find((r) => r.kind === 'task_assigned' && r.channel === 'zalo')!;
      // Dead at the first attempt: a 5xx to RCPT TO is permanent, no retries spent.
      expect(email).toMatchObject({ status: 'dead', attempts: 1, address: 'hnd.tinh@hop-thu-khong-ton-tai.example' });
      expect(email.lastError).toMatch(/5\d\d/);
      expect(viaZalo).toMatchObject({ noticeId: email.noticeId, address: FOLLOWER, batchId: email.batchId });
      expect(viaZalo.payload.fallbackOf).toBe(email.id);
      expect(viaZalo.providerMessageId).toBeTruthy();
      const [message] = zalo().filter((m) => m.text.includes('Báo cáo kết quả chuyển đổi số trong nông dân'));
      expect(message!.text).toContain('Nhiệm vụ mới');
      expect(message!.text).toContain(directive.documentNumber);
      // Zalo was not chosen for new tasks: it is the fall-back alone, once.
      expect(rows.filter((r) => r.kind === 'task_assigned' && r.channel === 'zalo')).toHaveLength(1);
      expect(rows.filter((r) => r.kind === 'task_assigned' && r.channel === 'sms')).toEqual([]);
    });

    it('plans the escalation’s SMS to the board chair for later, to go only if still unread', async () => {
      await eventually(
        'acknowledged',
        async () => (await call('hnd.tinh', 'POST', `/api/v1/tasks/${taskId}/acknowledge`)).status,
        (status) => status === 200,
      );
      const rows = await eventually(
        'an SMS planned for the escalation that reached the board',
        () => rowsOf(taskId),
        (list) => list.some((r) => r.kind === 'escalation' && r.channel === 'sms'),
        60 * S,
      );
      const sms = rows.find((r) => r.kind === 'escalation' && r.channel === 'sms')!;
      expect(sms.address).toBe('+84903111222');
      // Beside the e-mail of the same escalation to the same person, which went.
      await eventually(
        'the escalation e-mailed to the board chair',
        async () =>
          (await rowsOf(taskId)).find(
            (r) => r.noticeId === sms.noticeId && r.recipientId === sms.recipientId && r.channel === 'email',
          ),
        (email) => email?.status === 'sent',
      );
      expect(sms.payload.unlessRead).toBe(true);
      expect(sms.notBefore.getTime() - sms.createdAt.getTime()).toBeGreaterThanOrEqual((UNREAD_SECONDS - 1) * S);
    });

    it('sends it by SMS once the time passes and the escalation is still unread', async () => {
      const rows = await eventually(
        'the unread escalation by SMS',
        () => rowsOf(taskId),
        (list) => list.some((r) => r.kind === 'escalation' && r.channel === 'sms' && r.status === 'sent'),
        60 * S,
      );
      const sms = rows.find((r) => r.kind === 'escalation' && r.channel === 'sms')!;
      expect(sms.providerMessageId).toBeTruthy();
      const texts = boardSms().map((m) => m.text);
      expect(texts.some((t) => t.includes('Bao cao ket qua chuyen doi so trong nong dan'))).toBe(true);
    });
  });

  it('sends no SMS for an escalation the board chair read in time', async () => {
    const t0 = Date.now();
    const directive = await issue({ title: 'Kế hoạch giám sát đối thoại tại cơ sở' }, [
      {
        title: 'Báo cáo giám sát đối thoại',
        leadUnitId: world.p.unit('MTTQ-GL'),
        deadline: new Date(t0 + 8 * S).toISOString(),
        reminderPolicy: { before: [], onDeadlineDayAt: null },
        escalationPolicy: { stepDelay: { duration: 'PT3S' }, repeatAtTop: { duration: 'PT1H' } },
      },
    ]);
    directives.push(directive.id);
    const taskId = directive.tasks[0].id;
    await eventually(
      'acknowledged',
      async () => (await call('mttq.tinh', 'POST', `/api/v1/tasks/${taskId}/acknowledge`)).status,
      (status) => status === 200,
    );
    const board = world.p.user('thuongtruc.tu');
    const inbox = await eventually(
      'the escalation in the board chair’s inbox',
      () =>
        world.db
          .getRepository(NotificationEntity)
          .createQueryBuilder('n')
          .innerJoin('users', 'u', 'u.id = n.user_id')
          .where('u.username = :board', { board })
          .andWhere({ kind: 'escalation', noticeId: Like(`${taskId}%`) })
          .getOne(),
      (n) => n !== null,
      60 * S,
    );
    expect((await call('thuongtruc.tu', 'POST', `/api/v1/notifications/${inbox!.id}/read`)).status).toBeLessThan(300);
    const sms = await eventually(
      'the planned SMS dropped',
      async () => (await rowsOf(taskId)).find((r) => r.kind === 'escalation' && r.channel === 'sms'),
      (row) => row?.status === 'skipped',
      (UNREAD_SECONDS + 30) * S,
    );
    expect(sms!.lastError).toBe('read before sending');
    expect(boardSms().some((m) => m.text.includes('Bao cao giam sat doi thoai'))).toBe(false);
  });
});
