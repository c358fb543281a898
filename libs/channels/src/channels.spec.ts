// The configuration `npm start` gives with CHANNEL_FAKES=true, read by the real config
// loader, builds the three adapters, and each message lands on its fake.
import { loadConfig } from '@dondoc/config';
import { startChannelFakes } from '../../../test/fakes';
import { channelsFromConfig } from './channels';

describe('channels from configuration, against the fakes npm start runs', () => {
  let fakes: Awaited<ReturnType<typeof startChannelFakes>>;
  beforeAll(async () => {
    fakes = await startChannelFakes(0);
  });
  afterAll(() => fakes.stop());

  it('no variables, no channels', () => {
    expect(channelsFromConfig(loadConfig({}).channels)).toEqual({ sms: null, zalo: null, telegram: null });
  });

  it('the fakes’ environment turns every channel on, and each sends', async () => {
    const { sms, zalo, telegram } = channelsFromConfig(loadConfig(fakes.env).channels);
    expect(await sms!.send({ to: '0912345678', text: 'Nhắc việc: hạn chót 15/03', requestId: 'd-1' })).toMatchObject({
      kind: 'sent',
    });
    expect(
      await zalo!.sendTemplate({
        phone: '0912345678',
        templateId: 'tpl-1',
        templateData: { a: 'b' },
        trackingId: 'd-2',
      }),
    ).toMatchObject({ kind: 'sent' });
    expect(await telegram!.sendMessage({ chatId: '42', text: 'Có nhiệm vụ mới' })).toMatchObject({ kind: 'sent' });
    expect(fakes.servers.sms.received.map((r) => r.text)).toEqual(['[DONDOC] Nhac viec: han chot 15/03']);
    expect(fakes.servers.zalo.received.map((r) => r.path)).toEqual(['/v4/oa/access_token', '/message/template']);
    expect(fakes.servers.telegram.received.map((r) => [r.to, r.text])).toEqual([['chat 42', 'Có nhiệm vụ mới']]);
  });
});
