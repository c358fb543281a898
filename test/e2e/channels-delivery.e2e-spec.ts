import { AuditEventEntity, DeliveryEntity } from '@dondoc/persistence';
import { DeliveryService } from '../../apps/worker/src/delivery/delivery.service';
import { unaccent } from '@dondoc/channels';
import { startChannelFakes } from '../fakes';
import { deliveryWorld, eventually } from '../support/delivery-world';

/**
 * SMS, Zalo and Telegram (issue 24, docs/decisions/0081): a person verifies a phone by the
 * code sent over SMS, links Telegram by a /start deep link and Zalo by a code sent to the
 * OA, against the providers' fakes (test/fakes); notices then go to the verified addresses
 * the person chose, through the batch delivery path, never to an unverified one; a secret
 * directive's messages say only that there is a notice to open; a removed address gets nothing.
 */
describe('notices on SMS, Zalo and Telegram, to verified addresses only (fakes, dev server)', () => {
  const env: Record<string, string> = {};
  let fakes: Awaited<ReturnType<typeof startChannelFakes>>;
  beforeAll(async () => {
    fakes = await startChannelFakes();
    Object.assign(env, fakes.env);
  });
  afterAll(() => fakes?.stop());
  const world = deliveryWorld(env);
  const { call, issue, cancel } = world;

  const HND_PHONE = '0912 345 678';
  const MTTQ_PHONE = '0987 654 321';
  const CHAT = 700_001;
  const FOLLOWER = 'zalo-follower-hnd';
  const sms = (national: string) =>
    fakes.servers.sms.received.filter((r) => r.to.replace(/\D/g, '').endsWith(national.replace(/\D/g, '').slice(1)));
  const telegram = () => fakes.servers.telegram.received.filter((r) => r.to === `chat ${CHAT}`);
  const zalo = () => fakes.servers.zalo.received.filter((r) => r.to === `follower ${FOLLOWER}`);
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${world.system.baseUrl}/api/v1${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }).then((r) => r.status);
  const auditOf = (entityId: string) =>
    world.db.getRepository(AuditEventEntity).find({ where: { entityId }, order: { seq: 'ASC' } });
  const addresses = async (user: string) => (await call(user, 'GET', '/api/v1/me/channels')).body;
  const fields = (body: { details?: { field: string }[] }) => body.details?.map((d) => d.field);

  it('says which channels are on and refuses bad input naming the field', async () => {
    const view = await addresses('hnd.tinh');
    expect(view).toEqual({ available: { sms: true, zalo: true, telegram: true }, addresses: [] });
    const landline = await call('hnd.tinh', 'POST', '/api/v1/me/channels/sms', { phone: '0269 3822 123' });
    expect([landline.status, fields(landline.body)]).toEqual([400, ['phone']]);
    const letters = await call('hnd.tinh', 'POST', '/api/v1/me/channels/sms', { phone: 'không có' });
    expect([letters.status, fields(letters.body)]).toEqual([400, ['phone']]);
    const shortCode = await call('hnd.tinh', 'POST', '/api/v1/me/channels/sms/verify', { code: '12' });
    expect([shortCode.status, fields(shortCode.body)]).toEqual([400, ['code']]);
    const nothingPending = await call('hnd.tinh', 'POST', '/api/v1/me/channels/sms/verify', { code: '123456' });
    expect([nothingPending.status, fields(nothingPending.body)]).toEqual([400, ['code']]);
    const unknown = await call('hnd.tinh', 'DELETE', '/api/v1/me/channels/0b7e0000-0000-4000-8000-000000000001');
    expect(unknown.status).toBe(404);
  });

  it('verifies a phone by the one-time code sent over SMS; a wrong code is refused', async () => {
    const added = await call('hnd.tinh', 'POST', '/api/v1/me/channels/sms', { phone: HND_PHONE });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ channel: 'sms', address: '+84912345678', verified: false });
    const message = await eventually(
      'the code by SMS',
      async () => sms(HND_PHONE),
      (l) => l.length === 1,
    );
    const code = /(\d{6})/.exec(message[0]!.text)![1]!;
    expect(message[0]!.text).toMatch(/\[Don Doc\] Ma xac nhan so dien thoai/); // unaccented, as SMS_UNACCENTED says
    const wrong = await call('hnd.tinh', 'POST', '/api/v1/me/channels/sms/verify', {
      code: code === '000000' ? '000001' : '000000',
    });
    expect([wrong.status, fields(wrong.body)]).toEqual([400, ['code']]);
    const verified = await call('hnd.tinh', 'POST', '/api/v1/me/channels/sms/verify', { code });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ id: added.body.id, address: '+84912345678', verified: true });
    expect((await auditOf(added.body.id)).map((a) => a.action)).toEqual([
      'channel_address.added',
      'channel_address.verified',
    ]);
    // The code is not stored: only its hash, and that is gone once used.
    const [row] = await world.db.query('SELECT code_hash FROM channel_addresses WHERE id = $1', [added.body.id]);
    expect(row.code_hash).toBeNull();
  });

  it('takes five wrong codes, then refuses even the right one until the number is added again', async () => {
    const added = await call('mttq.tinh', 'POST', '/api/v1/me/channels/sms', { phone: MTTQ_PHONE });
    expect(added.status).toBe(201);
    const [message] = await eventually(
      'the code by SMS',
      async () => sms(MTTQ_PHONE),
      (l) => l.length === 1,
    );
    const code = /(\d{6})/.exec(message!.text)![1]!;
    const other = code === '111111' ? '222222' : '111111';
    for (let i = 0; i < 5; i++) {
      expect((await call('mttq.tinh', 'POST', '/api/v1/me/channels/sms/verify', { code: other })).status).toBe(400);
    }
    const locked = await call('mttq.tinh', 'POST', '/api/v1/me/channels/sms/verify', { code });
    expect([locked.status, fields(locked.body)]).toEqual([400, ['code']]);
    expect(locked.body.details[0].message).toMatch(/quá nhiều/);
    expect((await addresses('mttq.tinh')).addresses).toMatchObject([{ channel: 'sms', verified: false }]);
  });

  it('links Telegram when the bot receives /start with the one-time token of the deep link', async () => {
    const created = await call('hnd.tinh', 'POST', '/api/v1/me/channels/telegram');
    expect(created.status).toBe(201);
    const link = new URL(created.body.link);
    expect(`${link.host}${link.pathname}`).toBe('t.me/dondoc_fake_bot');
    const token = link.searchParams.get('start')!;
    const update = fakes.servers.telegram.pushStart(CHAT, token);
    const secret = { 'x-telegram-bot-api-secret-token': env.TELEGRAM_WEBHOOK_SECRET! };
    expect(await post('/channels/telegram/webhook', update, { 'x-telegram-bot-api-secret-token': 'wrong' })).toBe(403);
    expect(await post('/channels/telegram/webhook', update, secret)).toBe(204);
    // A token is used once: the same /start again links nothing more (and is answered 2xx, or Telegram repeats it).
    expect(await post('/channels/telegram/webhook', fakes.servers.telegram.pushStart(CHAT + 1, token), secret)).toBe(
      204,
    );
    const telegramAddresses = (await addresses('hnd.tinh')).addresses.filter(
      (a: { channel: string }) => a.channel === 'telegram',
    );
    expect(telegramAddresses).toMatchObject([{ address: String(CHAT), verified: true }]);
  });

  it('links Zalo when the follower sends the OA the code; a follow alone or an unsigned event links nothing', async () => {
    const created = await call('hnd.tinh', 'POST', '/api/v1/me/channels/zalo');
    expect(created.status).toBe(201);
    expect(created.body.code).toMatch(/^DD-[A-Z2-9]{6}$/);
    const url = `${world.system.baseUrl}/api/v1/channels/zalo/webhook`;
    const zaloFake = fakes.servers.zalo;
    expect(await zaloFake.sendEvent(url, zaloFake.followEvent(FOLLOWER))).toBe(204);
    expect(
      (await addresses('hnd.tinh')).addresses.find((a: { channel: string }) => a.channel === 'zalo'),
    ).toMatchObject({ address: null, verified: false });
    const text = zaloFake.textEvent(FOLLOWER, `Mã liên kết của tôi: ${created.body.code}`);
    expect(await post('/channels/zalo/webhook', text, { 'x-zevent-signature': 'mac=00' })).toBe(403);
    expect(await zaloFake.sendEvent(url, text)).toBe(204);
    expect(
      (await addresses('hnd.tinh')).addresses.find((a: { channel: string }) => a.channel === 'zalo'),
    ).toMatchObject({ address: FOLLOWER, verified: true });
  });

  it('keeps channel choices per kind of notice, refusing an unknown channel or kind by field', async () => {
    const bad = await call('hnd.tinh', 'PUT', '/api/v1/me/preferences', {
      channels: { task_assigned: ['fax'] },
      urgentKinds: ['gossip'],
    });
    expect([bad.status, fields(bad.body)]).toEqual([400, ['channels.task_assigned', 'urgentKinds[0]']]);
    const all = ['in_app', 'email', 'sms', 'zalo', 'telegram'];
    for (const user of ['hnd.tinh', 'mttq.tinh']) {
      const saved = await call(user, 'PUT', '/api/v1/me/preferences', {
        channels: { task_assigned: all, cancelled: all },
        urgentKinds: ['urged'],
      });
      expect(saved.status).toBe(200);
      expect(saved.body).toMatchObject({ channels: { task_assigned: all }, urgentKinds: ['urged'] });
    }
  });

  describe('a new task reaches the verified channels chosen, and not an unverified number', () => {
    let directive: any;
    beforeAll(async () => {
      directive = await issue({ title: 'Kế hoạch tuyên truyền vận động nông dân năm 2026' }, [
        { title: 'Tổ chức đối thoại với nông dân', leadUnitId: world.p.unit('HND-GL'), deadlineWorkingDays: 5 },
        { title: 'Phối hợp giám sát đối thoại', leadUnitId: world.p.unit('MTTQ-GL'), deadlineWorkingDays: 5 },
      ]);
    });

    it('sends it by SMS, Telegram and Zalo to the verified person, each once, recorded as sent', async () => {
      const taskId = directive.tasks[0].id;
      await eventually(
        'the new task on three channels',
        async () => [sms(HND_PHONE).length, telegram().length, zalo().length],
        (counts) => counts.every((n) => n >= 1) && counts[0] >= 2,
      );
      expect(sms(HND_PHONE)[1]!.text).toContain('Nhiem vu moi: To chuc doi thoai voi nong dan');
      expect(telegram()[0]!.text).toContain('Nhiệm vụ mới: Tổ chức đối thoại với nông dân');
      expect(telegram()[0]!.text).toContain(directive.documentNumber);
      expect(zalo()[0]!.text).toBe(telegram()[0]!.text);
      const rows = await eventually(
        'the rows sent',
        () => world.db.getRepository(DeliveryEntity).findBy({ taskId }),
        (list) =>
          list.filter((r) => ['sms', 'zalo', 'telegram'].includes(r.channel) && r.status === 'sent').length === 3,
      );
      const channelRows = rows.filter((r) => ['sms', 'zalo', 'telegram'].includes(r.channel));
      expect(channelRows.map((r) => [r.channel, r.address, r.attempts]).sort()).toEqual([
        ['sms', '+84912345678', 1],
        ['telegram', String(CHAT), 1],
        ['zalo', FOLLOWER, 1],
      ]);
      expect(channelRows.every((r) => r.providerMessageId)).toBe(true);
    });

    it('sends nothing to the number still waiting for its code', async () => {
      const rows = await world.db.getRepository(DeliveryEntity).findBy({ taskId: directive.tasks[1].id });
      expect(rows.some((r) => r.channel === 'email')).toBe(true); // the notice went, by e-mail
      expect(rows.filter((r) => ['sms', 'zalo', 'telegram'].includes(r.channel))).toEqual([]);
      expect(sms(MTTQ_PHONE)).toHaveLength(1); // the code, nothing else
    });
  });

  it('says nothing of a secret directive by SMS, Zalo or Telegram: only that there is a notice to open', async () => {
    const spies = ['MẬT-TIÊU-ĐỀ-7731', 'MẬT-TÓM-TẮT-7731', 'MẬT-NHIỆM-VỤ-7731', 'MẬT-MÔ-TẢ-7731'];
    const before = fakes.servers.sms.received.length + fakes.servers.zalo.received.length + telegram().length;
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
      'the secret task on three channels',
      () => world.db.getRepository(DeliveryEntity).findBy({ taskId }),
      (rows) => rows.filter((r) => ['sms', 'zalo', 'telegram'].includes(r.channel) && r.status === 'sent').length === 3,
    );
    await cancel(directive.id);
    await eventually(
      'the cancellation on three channels',
      () => world.db.getRepository(DeliveryEntity).findBy({ taskId }),
      (rows) => rows.filter((r) => ['sms', 'zalo', 'telegram'].includes(r.channel) && r.status === 'sent').length === 6,
    );
    const received = [
      ...fakes.servers.sms.received,
      ...fakes.servers.zalo.received,
      ...fakes.servers.telegram.received,
    ];
    const bodies = received.map((r) => `${r.text}\n${JSON.stringify(r.request)}`);
    expect(received.length - before).toBeGreaterThanOrEqual(6);
    for (const body of bodies)
      for (const spy of spies) {
        expect(body).not.toContain(spy);
        expect(body).not.toContain(unaccent(spy));
      }
    expect(telegram().at(-1)!.text).toMatch(/văn bản mật.*đăng nhập ứng dụng để xem/);
    expect(telegram().at(-1)!.text).not.toContain(directive.documentNumber);
  });

  it('removes an address at once: the next notice does not go there', async () => {
    const chat = (await addresses('hnd.tinh')).addresses.find((a: { channel: string }) => a.channel === 'telegram');
    expect((await call('hnd.tinh', 'DELETE', `/api/v1/me/channels/${chat.id}`)).status).toBe(204);
    expect((await call('hnd.tinh', 'DELETE', `/api/v1/me/channels/${chat.id}`)).status).toBe(404);
    expect((await auditOf(chat.id)).map((a) => a.action)).toEqual([
      'channel_address.link_requested',
      'channel_address.verified',
      'channel_address.removed',
    ]);
    const sentToChat = telegram().length;
    const directive = await issue({ title: 'Kế hoạch kiểm tra sau khi gỡ Telegram' }, [
      { title: 'Kiểm tra việc gỡ kênh', leadUnitId: world.p.unit('HND-GL'), deadlineWorkingDays: 5 },
    ]);
    const rows = await eventually(
      'the new task by SMS and Zalo',
      () => world.db.getRepository(DeliveryEntity).findBy({ taskId: directive.tasks[0].id }),
      (list) => list.filter((r) => ['sms', 'zalo'].includes(r.channel) && r.status === 'sent').length === 2,
    );
    expect(rows.filter((r) => r.channel === 'telegram')).toEqual([]);
    expect(telegram()).toHaveLength(sentToChat);
    await cancel(directive.id);
  });

  it('sends the daily digest on Zalo when the person chose it there: the day, the counts and the link', async () => {
    const saved = await call('hnd.tinh', 'PUT', '/api/v1/me/preferences', {
      digest: true,
      channels: { digest: ['zalo'] },
    });
    expect(saved.status).toBe(200);
    const refused = await call('hnd.tinh', 'PUT', '/api/v1/me/preferences', { channels: { digest: ['in_app'] } });
    expect([refused.status, fields(refused.body)]).toEqual([400, ['channels.digest']]);
    const directive = await issue({ title: 'Kế hoạch kiểm tra bản tin' }, [
      { title: 'Báo cáo nhanh tình hình nông dân', leadUnitId: world.p.unit('HND-GL'), deadlineWorkingDays: 1 },
    ]);
    const before = zalo().length;
    const service = world.system.worker!.get(DeliveryService);
    expect((await service.sendDigests({ date: world.today })).sent).toBeGreaterThanOrEqual(1);
    const [digest] = await eventually(
      'the digest on Zalo',
      async () => zalo().slice(before),
      (l) => l.length === 1,
    );
    expect(digest!.text).toMatch(
      /^\[Đôn Đốc\] Tổng hợp nhiệm vụ ngày \d{2}\/\d{2}\/\d{4}: .*sắp đến hạn.* https:\/\/dondoc\.gialai\.example\//,
    );
    expect(digest!.text).not.toContain('Báo cáo nhanh tình hình nông dân');
    // Once a day: asked again, nothing more goes.
    await service.sendDigests({ date: world.today });
    const rows = await world.db
      .getRepository(DeliveryEntity)
      .findBy({ noticeId: `digest:${world.today}`, channel: 'zalo' });
    expect(rows).toHaveLength(1);
    expect(sms(HND_PHONE).filter((m) => m.text.includes('Tong hop'))).toEqual([]); // SMS was not chosen for it
    await cancel(directive.id);
  });
});
