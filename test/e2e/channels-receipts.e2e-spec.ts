import { DeliveryEntity } from '@dondoc/persistence';
import { SMS_MAGIC, startChannelFakes } from '../fakes';
import { deliveryWorld, eventually } from '../support/delivery-world';

/**
 * Delivery receipts (issue 24, docs/decisions/0084): the SMS gateway and the Zalo OA report
 * that a message reached the handset; the inbox shows each channel's state on the notice
 * (sent, delivered, failed) in the reader's language; a message the gateway reports
 * undelivered falls back to the person's next channel, once, however often the report
 * comes; a report that is not the provider's changes nothing.
 */
describe('delivery receipts on the notice, and the fall-back after an undelivered SMS (fakes, dev server)', () => {
  const env: Record<string, string> = {};
  let fakes: Awaited<ReturnType<typeof startChannelFakes>>;
  beforeAll(async () => {
    fakes = await startChannelFakes();
    Object.assign(env, fakes.env);
  });
  const directives: string[] = [];
  afterAll(async () => {
    for (const id of directives) await world.cancel(id);
    await fakes?.stop();
  });
  const world = deliveryWorld(env);
  const { call, issue } = world;
  // The API listens on a port known only now: the fakes' receipts go there from here on.
  beforeAll(() => fakes.receiptsTo(world.system.baseUrl));

  const HND_PHONE = '0912 777 001';
  const FOLLOWER = 'zalo-follower-receipts-hnd';
  const CHAT = 700_777;
  const smsTo = (phone: string) =>
    fakes.servers.sms.received.filter((r) => r.to.replace(/\D/g, '').endsWith(phone.replace(/\D/g, '').slice(1)));
  const telegram = () => fakes.servers.telegram.received.filter((r) => r.to === `chat ${CHAT}`);
  const rowsOf = (taskId: string) => world.db.getRepository(DeliveryEntity).findBy({ taskId });
  const inboxOf = async (user: string, lang = 'vi') =>
    (
      await world.http.request('GET', '/api/v1/notifications', {
        token: await world.as(user),
        headers: { 'accept-language': lang },
      })
    ).body;
  const receiptGet = (query: Record<string, string>) =>
    fetch(`${world.system.baseUrl}/api/v1/channels/sms/receipts?${new URLSearchParams(query)}`).then((r) => r.status);

  /** Submits a form of a fake's "act as a person" page; answers the line the page then shows. */
  const act = async (fake: string, action: string, fields: Record<string, string>) => {
    const posted = await fetch(`${fake}/_act/${action}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
      redirect: 'manual',
    });
    expect(posted.status).toBe(303);
    const page = await (await fetch(new URL(posted.headers.get('location')!, fake))).text();
    return /<strong>([^<]*)<\/strong>/.exec(page)![1]!;
  };

  /** Adds and verifies a phone with the code the fake gateway received. */
  const verifyPhone = async (user: string, phone: string) => {
    expect((await call(user, 'POST', '/api/v1/me/channels/sms', { phone })).status).toBe(201);
    const [message] = await eventually(
      'the code by SMS',
      async () => smsTo(phone),
      (l) => l.length === 1,
    );
    const code = /(\d{6})/.exec(message!.text)![1]!;
    expect((await call(user, 'POST', '/api/v1/me/channels/sms/verify', { code })).status).toBe(200);
  };

  it('links the officer’s phone and Zalo; new tasks go to both', async () => {
    await verifyPhone('hnd.tinh', HND_PHONE);
    // As a newcomer does on `npm start`: the Zalo fake's page writes the code to the OA.
    const created = await call('hnd.tinh', 'POST', '/api/v1/me/channels/zalo');
    expect(await act(fakes.servers.zalo.url, 'write', { follower: FOLLOWER, text: created.body.code })).toMatch(
      /answered 204$/,
    );
    const linked = (await call('hnd.tinh', 'GET', '/api/v1/me/channels')).body.addresses;
    expect(linked).toContainEqual(expect.objectContaining({ channel: 'zalo', address: FOLLOWER, verified: true }));
    const saved = await call('hnd.tinh', 'PUT', '/api/v1/me/preferences', {
      channels: { task_assigned: ['in_app', 'email', 'sms', 'zalo'] },
    });
    expect(saved.status).toBe(200);
  });

  describe('a new task by SMS and Zalo, both reported delivered', () => {
    let taskId = '';
    beforeAll(async () => {
      const directive = await issue({ title: 'Kế hoạch tuyên truyền phòng chống thiên tai năm 2027' }, [
        {
          title: 'Tuyên truyền phòng chống bão lũ trong hội viên',
          leadUnitId: world.p.unit('HND-GL'),
          deadlineWorkingDays: 5,
        },
      ]);
      directives.push(directive.id);
      taskId = directive.tasks[0].id;
    });

    it('keeps each provider’s report beside the message it names', async () => {
      const receipts = await eventually(
        'two receipts',
        async () => {
          const rows = (await rowsOf(taskId)).filter((r) => r.channel === 'sms' || r.channel === 'zalo');
          return world.db.query(
            `SELECT r.channel, r.status, r.delivery_id FROM delivery_receipts r
              JOIN deliveries d ON d.channel = r.channel AND d.provider_message_id = r.provider_message_id
             WHERE d.id = ANY($1::uuid[]) ORDER BY r.channel`,
            [rows.map((r) => r.id)],
          );
        },
        (rows: unknown[]) => rows.length === 2,
      );
      const sms = (await rowsOf(taskId)).find((r) => r.channel === 'sms')!;
      // Zalo's report names no delivery of ours (OA messages carry no tracking id): it meets
      // its message by the provider's id alone, whichever of the two was written first.
      expect(receipts).toMatchObject([
        { channel: 'sms', status: 'delivered', delivery_id: sms.id },
        { channel: 'zalo', status: 'delivered' },
      ]);
    });

    it('shows the notice delivered on SMS and Zalo, sent by e-mail, in the reader’s language', async () => {
      const vi = (await inboxOf('hnd.tinh')).items.find((n: { taskId: string }) => n.taskId === taskId);
      const byChannel = Object.fromEntries(
        vi.deliveries.map((d: { channel: string; state: string }) => [d.channel, d.state]),
      );
      expect(byChannel).toEqual({ email: 'sent', sms: 'delivered', zalo: 'delivered' });
      for (const d of vi.deliveries) expect(d.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+07:00$/);
      // The states are codes the dashboard words from its catalogues; the API's answer is the same in English.
      const en = (await inboxOf('hnd.tinh', 'en')).items.find((n: { taskId: string }) => n.taskId === taskId);
      expect(en.deliveries).toEqual(vi.deliveries);
    });

    it('shows another person nothing of these deliveries', async () => {
      const other = (await inboxOf('mttq.tinh')).items.find((n: { taskId: string }) => n.taskId === taskId);
      expect(other).toBeUndefined();
    });

    it('refuses a report that is not the gateway’s: an unknown delivery, a wrong message id, an unsigned Zalo event', async () => {
      // This task's SMS: the delivery world's database is shared by the files a jest worker runs.
      const sms = (await rowsOf(taskId)).find((r) => r.channel === 'sms');
      expect(sms).toBeDefined();
      const forged = {
        SMSID: sms!.providerMessageId!,
        SendStatus: '4',
        RequestId: '0b7e0000-0000-4000-8000-000000000001',
      };
      expect(await receiptGet(forged)).toBe(403);
      expect(await receiptGet({ ...forged, RequestId: sms!.id, SMSID: 'not-the-gateways' })).toBe(403);
      expect(await receiptGet({ SendStatus: '4' })).toBe(403);
      const unsigned = await fetch(`${world.system.baseUrl}/api/v1/channels/zalo/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-zevent-signature': 'mac=00' },
        body: JSON.stringify({ event_name: 'user_received_message', message: { msg_id: 'x' }, timestamp: '1' }),
      });
      expect(unsigned.status).toBe(403);
      // The delivered SMS is still delivered: the forged "failed" changed nothing.
      const [row] = await world.db.query(
        `SELECT status FROM delivery_receipts WHERE channel = 'sms' AND provider_message_id = $1`,
        [sms!.providerMessageId],
      );
      expect(row.status).toBe('delivered');
    });
  });

  describe('an SMS the gateway reports undelivered, with Telegram next in the person’s order', () => {
    const PHONE = SMS_MAGIC.undelivered;
    let taskId = '';
    beforeAll(async () => {
      await verifyPhone('mttq.tinh', PHONE);
      // The Telegram fake's page presses Start on the dashboard's link, as a person's phone would.
      const created = await call('mttq.tinh', 'POST', '/api/v1/me/channels/telegram');
      expect(await act(fakes.servers.telegram.url, 'start', { link: created.body.link, chat: String(CHAT) })).toMatch(
        /answered 204$/,
      );
      const saved = await call('mttq.tinh', 'PUT', '/api/v1/me/preferences', {
        channels: { task_assigned: ['in_app', 'sms'] },
        channelOrder: ['sms', 'telegram'],
      });
      expect(saved.status).toBe(200);
      const directive = await issue({ title: 'Kế hoạch giám sát việc thực hiện quy chế dân chủ ở cơ sở' }, [
        { title: 'Giám sát quy chế dân chủ tại xã', leadUnitId: world.p.unit('MTTQ-GL'), deadlineWorkingDays: 5 },
      ]);
      directives.push(directive.id);
      taskId = directive.tasks[0].id;
    });

    it('sends the notice by Telegram once the gateway reports the SMS undelivered', async () => {
      const rows = await eventually(
        'the fall-back by Telegram sent',
        () => rowsOf(taskId),
        (list) => list.some((r) => r.channel === 'telegram' && r.status === 'sent'),
      );
      const sms = rows.find((r) => r.channel === 'sms')!;
      const viaTelegram = rows.find((r) => r.channel === 'telegram')!;
      expect(sms.status).toBe('sent'); // the gateway took it; its report said it never arrived
      expect(viaTelegram).toMatchObject({ noticeId: sms.noticeId, address: String(CHAT), batchId: null });
      expect(viaTelegram.payload.fallbackOf).toBe(sms.id);
      const messages = telegram().filter((m) => m.text.includes('Giám sát quy chế dân chủ tại xã'));
      expect(messages).toHaveLength(1);
      expect(messages[0]!.text).toContain('Nhiệm vụ mới');
    });

    it('shows the SMS failed and the Telegram message sent on the notice', async () => {
      const notice = (await inboxOf('mttq.tinh')).items.find((n: { taskId: string }) => n.taskId === taskId);
      const byChannel = Object.fromEntries(
        notice.deliveries.map((d: { channel: string; state: string }) => [d.channel, d.state]),
      );
      expect(byChannel).toEqual({ sms: 'failed', telegram: 'sent' });
    });

    it('sends nothing twice when the gateway repeats its report', async () => {
      const sms = (await rowsOf(taskId)).find((r) => r.channel === 'sms')!;
      const report = { SMSID: sms.providerMessageId!, SendStatus: '4', RequestId: sms.id };
      expect(await receiptGet(report)).toBe(204);
      expect(await receiptGet(report)).toBe(204);
      // The sending workflow of the fall-back is keyed by its row: a second start is the same run.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect((await rowsOf(taskId)).filter((r) => r.channel === 'telegram')).toHaveLength(1);
      expect(telegram().filter((m) => m.text.includes('Giám sát quy chế dân chủ tại xã'))).toHaveLength(1);
    });
  });
});
