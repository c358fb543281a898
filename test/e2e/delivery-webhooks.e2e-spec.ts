import { DeliveryEntity } from '@dondoc/persistence';
import { deliveryWorld, eventually, S, sleep } from '../support/delivery-world';

/**
 * Notices reaching people (1/2): e-mail to a real SMTP server and signed webhook calls
 * to a local receiver, through the API, the worker and the Temporal dev server, with
 * second-scale policies: the escalation ladder, a secret directive, a failing webhook.
 */
describe('notifications beyond the inbox: webhooks and the escalation ladder (dev server, real SMTP)', () => {
  const world = deliveryWorld();
  const { call, hook, issue, mailsTo, cancel } = world;

  it('lets admins and unit leaders register webhooks for units in their scope, refusing bad input by field', async () => {
    const path = (code: string) => `/api/v1/units/${world.p.unit(code)}/webhooks`;
    const body = { url: `${world.hooks.base}/nowhere` };
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

  describe('e-mails and calls webhooks for new task → reminder → overdue → escalation, each signed and in Vietnamese', () => {
    let directive: any;
    let taskId = '';

    beforeAll(async () => {
      await hook('HND-GL', '/hnd');
      await hook('MTTQ-GL', '/mttq', ['escalation']);
      const t0 = Date.now();
      directive = await issue({ title: 'Giao ban tình hình nhân dân quý IV theo Quyết định số 461-QĐ/TU' }, [
        {
          title: 'Báo cáo tình hình nông dân quý IV',
          leadUnitId: world.p.unit('HND-GL'),
          deadline: new Date(t0 + 12 * S).toISOString(),
          reminderPolicy: { before: [{ duration: 'PT6S' }], onDeadlineDayAt: null },
          escalationPolicy: { stepDelay: { duration: 'PT3S' }, repeatAtTop: { duration: 'PT60S' } },
        },
      ]);
      taskId = directive.tasks[0].id;
    });
    afterAll(async () => {
      if (directive) await cancel(directive.id);
    });

    it('reaches the standing board with an escalation e-mail when the unit acknowledges and stays silent', async () => {
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
    });

    it('e-mails the late unit new task, reminder and overdue, in Vietnamese with a link to the task', async () => {
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
    });

    it('calls the late unit’s webhook for the same three', () => {
      const hndHooks = world.hooks.calls.filter((c) => c.path === '/hnd' && c.json.task?.id === taskId);
      expect(hndHooks.map((c) => c.json.kind)).toEqual(['task_assigned', 'reminder', 'overdue']);
    });

    it('escalates to the head of each unit up the chain, not to everyone in it', async () => {
      const front = (await mailsTo('chutich.mttq')).filter((m) => m.notice?.startsWith(taskId));
      expect(front).toHaveLength(1);
      expect(front[0]!.text).toMatch(/Cấp đôn đốc:? 2/);
      expect(front[0]!.text).toContain('Hội Nông dân tỉnh');
      expect((await mailsTo('mttq.tinh')).filter((m) => m.notice?.startsWith(taskId))).toEqual([]);
      const board = (await mailsTo('thuongtruc.tu')).filter((m) => m.notice?.includes(':esc:'));
      expect(board[0]!.text).toMatch(/Cấp đôn đốc:? 3/);
    });

    it('calls a webhook that asked for escalations only with the escalation, signed', () => {
      const frontHooks = world.hooks.calls.filter((c) => c.path === '/mttq' && c.json.task?.id === taskId);
      expect(frontHooks.map((c) => [c.json.kind, c.json.level, c.json.lateUnit])).toEqual([
        ['escalation', 2, 'Hội Nông dân tỉnh'],
      ]);
      expect(world.hooks.calls.every((c) => c.signatureValid)).toBe(true);
    });

    it('sends each notice once per recipient: the delivery rows say sent, one each', async () => {
      const rows = await world.db.getRepository(DeliveryEntity).findBy({ taskId });
      expect(rows.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
      expect(new Set(rows.map((r) => `${r.noticeId}|${r.channel}|${r.recipientId}`)).size).toBe(rows.length);
    });
  });

  it('says nothing of a secret directive in any e-mail or webhook body', async () => {
    const spies = ['MẬT-TIÊU-ĐỀ-7731', 'MẬT-TÓM-TẮT-7731', 'MẬT-NHIỆM-VỤ-7731', 'MẬT-MÔ-TẢ-7731'];
    const directive = await issue(
      { title: `Kế hoạch ${spies[0]}`, summary: `Nội dung ${spies[1]}`, confidentiality: 'secret' },
      [
        {
          title: `Nhiệm vụ ${spies[2]}`,
          description: `Chi tiết ${spies[3]}`,
          leadUnitId: world.p.unit('HND-GL'),
          deadlineWorkingDays: 5,
        },
      ],
    );
    const taskId = directive.tasks[0].id;
    await eventually(
      'the secret task’s e-mail and webhook',
      async () => [
        (await mailsTo('hnd.tinh')).filter((m) => m.notice?.startsWith(taskId)),
        world.hooks.calls.filter((c) => c.json.noticeId?.startsWith(taskId)),
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
      ...(await world.smtp.mails())
        .filter((m) => m.notice?.startsWith(taskId))
        .flatMap((m) => [m.subject, m.text, m.html]),
      ...world.hooks.calls.filter((c) => c.json.noticeId?.startsWith(taskId)).map((c) => c.body),
    ];
    expect(bodies.length).toBeGreaterThanOrEqual(5);
    for (const body of bodies) for (const spy of spies) expect(body).not.toContain(spy);
    expect(world.hooks.calls.find((c) => c.json.noticeId?.startsWith(taskId))!.json).toMatchObject({
      confidential: true,
    });
  });

  describe('dead-letters a webhook that keeps failing and, re-driven after it recovers, delivers once', () => {
    let endpointId = '';
    let directive: any;
    let delivery: { id: string; taskId: string };

    beforeAll(async () => {
      world.hooks.failing.add('/ca');
      endpointId = await hook('CA-GL', '/ca');
      directive = await issue({ title: 'Bảo đảm an ninh trật tự dịp cuối năm' }, [
        { title: 'Báo cáo tình hình an ninh trật tự', leadUnitId: world.p.unit('CA-GL'), deadlineWorkingDays: 5 },
      ]);
    });
    afterAll(async () => {
      if (directive) await cancel(directive.id);
    });

    it('dead-letters the delivery after three failed attempts', async () => {
      const taskId = directive.tasks[0].id;
      const dead = await eventually(
        'a dead webhook delivery',
        async () => (await call('admin', 'GET', '/api/v1/deliveries?status=dead&channel=webhook')).body.items,
        (items: { id: string; taskId: string }[]) => items.some((d) => d.taskId === taskId),
      );
      delivery = dead.find((d: { taskId: string }) => d.taskId === taskId) as { id: string; taskId: string };
      expect(delivery).toMatchObject({ attempts: 3, status: 'dead', lastError: expect.stringContaining('HTTP 503') });
      expect(world.hooks.calls.filter((c) => c.delivery === delivery.id).map((c) => c.answered)).toEqual([
        503, 503, 503,
      ]);
    });

    it('hides it from a unit outside, which cannot re-drive it either', async () => {
      expect((await call('hnd.tinh', 'GET', '/api/v1/deliveries?status=dead')).body.items).toEqual([]);
      expect((await call('hnd.tinh', 'POST', `/api/v1/deliveries/${delivery.id}/redrive`)).status).toBe(404);
    });

    it('sends it once when re-driven after the receiver recovers, and not re-drivable twice', async () => {
      world.hooks.failing.delete('/ca');
      const redriven = await call('admin', 'POST', `/api/v1/deliveries/${delivery.id}/redrive`);
      expect(redriven.status).toBe(202);
      await eventually(
        'the re-driven delivery sent',
        () => world.db.getRepository(DeliveryEntity).findOneByOrFail({ id: delivery.id }),
        (row) => row.status === 'sent',
      );
      expect((await call('admin', 'POST', `/api/v1/deliveries/${delivery.id}/redrive`)).status).toBe(409);
      await sleep(1 * S);
      const ok = world.hooks.calls.filter((c) => c.delivery === delivery.id && c.answered === 204);
      expect(ok).toHaveLength(1);
      expect(ok[0]!.signatureValid).toBe(true);
    });

    it('keeps the endpoint listed, without its secret', async () => {
      const listed = await call('admin', 'GET', `/api/v1/units/${world.p.unit('CA-GL')}/webhooks`);
      expect(listed.body.map((e: { id: string }) => e.id)).toContain(endpointId);
      expect(JSON.stringify(listed.body)).not.toContain(world.hooks.secrets.get('/ca'));
    });
  });
});
