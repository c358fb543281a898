// The Zalo OA adapter against the fake over real HTTP: ZNS and follower messages, every
// error answer to its outcome, the token refreshed before it expires and after a rejection,
// a refused refresh as a permanent failure, the ZNS delivery receipt.
import { Secret } from '@dondoc/config';
import { startReceiptCatcher, startZaloFake, ZALO_MAGIC, ZALO_PATHS, type ZaloFake } from '../../../test/fakes';
import { eventually } from '../../../test/support/eventually';
import { MemoryZaloTokenStore, parseZaloReceipt, ZaloOa, type ZaloSettings } from './zalo';

const APP = { appId: '4242424242', secretKey: 'zalo-app-secret', refreshToken: 'first-refresh-token' };
const HOUR = 3600_000;

describe('Zalo OA adapter against the fake', () => {
  let fake: ZaloFake;
  let catcher: Awaited<ReturnType<typeof startReceiptCatcher>>;
  let clock: Date;
  const now = () => clock;
  const settings = (): ZaloSettings => ({
    appId: APP.appId,
    secretKey: new Secret(APP.secretKey),
    refreshToken: new Secret(APP.refreshToken),
    urls: {
      oauth: `${fake.url}${ZALO_PATHS.oauth}`,
      zns: `${fake.url}${ZALO_PATHS.zns}`,
      oa: `${fake.url}${ZALO_PATHS.oa}`,
    },
    refreshAheadMs: 10 * 60_000,
    timeoutMs: 2000,
  });
  const zns = (over: Partial<{ phone: string; templateId: string; trackingId: string }> = {}) => ({
    phone: '0912345678',
    templateId: 'tpl-reminder',
    templateData: { task: 'Báo cáo quý I', deadline: '15/03/2027' },
    trackingId: 'delivery-1',
    ...over,
  });
  let store: MemoryZaloTokenStore;
  let zalo: ZaloOa;

  beforeAll(async () => {
    catcher = await startReceiptCatcher();
    fake = await startZaloFake({ ...APP, expiresInSeconds: 90_000, webhookUrl: `${catcher.url}/zalo-events` });
    clock = new Date('2027-03-01T08:00:00Z');
    store = new MemoryZaloTokenStore();
    zalo = new ZaloOa(settings(), store, now);
  });
  afterAll(async () => {
    await fake.close();
    await catcher.close();
  });

  it('first send: refreshes from the configured refresh token, keeps both new tokens, sends the documented ZNS body', async () => {
    const outcome = await zalo.sendTemplate(zns());
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: expect.stringMatching(/^zns-\d+$/) });
    expect(fake.refreshes).toBe(1);
    const tokens = await store.load();
    expect(tokens).toEqual({
      accessToken: 'fake-access-1',
      refreshToken: fake.currentRefreshToken(),
      expiresAt: new Date(clock.getTime() + 90_000_000),
    });
    const [refresh, sent] = fake.received.slice(-2);
    expect(refresh!.request).toEqual({
      app_id: APP.appId,
      refresh_token: APP.refreshToken,
      grant_type: 'refresh_token',
    });
    expect(sent!.request).toEqual({
      phone: '84912345678',
      template_id: 'tpl-reminder',
      template_data: { task: 'Báo cáo quý I', deadline: '15/03/2027' },
      tracking_id: 'delivery-1',
    });
  });

  it('the delivery receipt (user_received_message) names the message and our tracking id', async () => {
    const events = await eventually(
      'a receipt',
      () => catcher.caught.map((c) => parseZaloReceipt(JSON.parse(c.body))),
      (r) => r.length >= 1,
      10_000,
    );
    expect(events[0]).toEqual({
      providerMessageId: expect.stringMatching(/^zns-/),
      status: 'delivered',
      requestId: 'delivery-1',
    });
  });

  it('no refresh while the token has more than the lead time left; a refresh within it, before it expires', async () => {
    clock = new Date(clock.getTime() + 20 * HOUR);
    expect(await zalo.sendTemplate(zns())).toMatchObject({ kind: 'sent' });
    expect(fake.refreshes).toBe(1);
    // 25 h after the first refresh minus 5 min: inside the 10-minute lead, before expiry.
    clock = new Date(clock.getTime() + 5 * HOUR - 5 * 60_000);
    expect(await zalo.sendTemplate(zns())).toMatchObject({ kind: 'sent' });
    expect(fake.refreshes).toBe(2);
    expect((await store.load())!.accessToken).toBe('fake-access-2');
    expect((await store.load())!.refreshToken).toBe(fake.currentRefreshToken());
  });

  it('sends that race for an expiring token share one refresh (a refresh token is single-use)', async () => {
    clock = new Date(clock.getTime() + 25 * HOUR);
    const outcomes = await Promise.all([zalo.sendTemplate(zns()), zalo.sendTemplate(zns()), zalo.sendTemplate(zns())]);
    expect(outcomes.map((o) => o.kind)).toEqual(['sent', 'sent', 'sent']);
    expect(fake.refreshes).toBe(3);
  });

  it('a rejected access token (-124) is refreshed and the message sent', async () => {
    fake.revokeAccessTokens();
    expect(await zalo.sendTemplate(zns())).toMatchObject({ kind: 'sent' });
    expect(fake.refreshes).toBe(4);
  });

  it('a token still rejected right after a refresh is permanent (one refresh, no loop)', async () => {
    fake.refuseAllAccessTokens(true);
    const before = fake.refreshes;
    try {
      expect(await zalo.sendTemplate(zns())).toEqual({
        kind: 'permanent',
        cause: 'invalid_credentials',
        reason: 'Zalo: the access token was rejected right after a refresh',
      });
      expect(fake.refreshes).toBe(before + 1);
    } finally {
      fake.refuseAllAccessTokens(false);
    }
    expect(await zalo.sendTemplate(zns())).toMatchObject({ kind: 'sent' });
  });

  it('OA message to a follower: the documented body; -216 refreshes too', async () => {
    fake.revokeAccessTokens();
    const outcome = await zalo.sendToFollower({ userId: 'follower-1', text: 'Có nhiệm vụ mới' });
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: expect.stringMatching(/^oa-\d+$/) });
    expect(fake.refreshes).toBe(6);
    expect(fake.received.at(-1)!.request).toEqual({
      recipient: { user_id: 'follower-1' },
      message: { text: 'Có nhiệm vụ mới' },
    });
  });

  it.each([
    ['phone invalid (-108)', { phone: '+84 900 000 108' }, 'permanent', 'unknown_recipient'],
    ['no Zalo account (-118)', { phone: '0900000118' }, 'permanent', 'unknown_recipient'],
    ['cannot receive ZNS (-119)', { phone: '0900000119' }, 'permanent', 'recipient_unreachable'],
    ['inactive or refusing (-114)', { phone: '0900000114' }, 'permanent', 'recipient_unreachable'],
    ['out of quota (-115)', { phone: '0900000115' }, 'permanent', 'quota_exhausted'],
    ['template not approved (-117)', { templateId: ZALO_MAGIC.templateNotApproved }, 'permanent', 'template_rejected'],
    ['template unknown (-109)', { templateId: ZALO_MAGIC.templateUnknown }, 'permanent', 'template_rejected'],
    ['unknown error (-100)', { phone: '0900000100' }, 'retryable', 'provider_error'],
    ['rate limited (HTTP 429)', { phone: '0900000429' }, 'retryable', 'rate_limited'],
  ] as const)('ZNS %s → %s %s', async (_what, over, kind, cause) => {
    const outcome = await zalo.sendTemplate(zns(over));
    expect(outcome).toMatchObject({ kind, cause });
    expect(JSON.stringify(outcome)).not.toContain(APP.secretKey);
  });

  it('rate limited: the Retry-After delay is kept', async () => {
    expect(await zalo.sendTemplate(zns({ phone: '0900000429' }))).toMatchObject({ retryAfterMs: 5000 });
  });

  it.each([
    ['not a follower (-213)', ZALO_MAGIC.notFollower, 'unknown_recipient'],
    ['no interaction in 7 days (-230)', ZALO_MAGIC.noRecentInteraction, 'recipient_unreachable'],
  ] as const)('OA %s → permanent %s', async (_what, userId, cause) => {
    expect(await zalo.sendToFollower({ userId, text: 'x' })).toMatchObject({ kind: 'permanent', cause });
  });

  it('a landline is refused before any call', async () => {
    const before = fake.received.length;
    expect(await zalo.sendTemplate(zns({ phone: '02438123456' }))).toMatchObject({
      kind: 'permanent',
      cause: 'unknown_recipient',
    });
    expect(fake.received.length).toBe(before);
  });

  it('a refresh Zalo refuses (a used or revoked refresh token) is a permanent failure with its reason', async () => {
    const stale = new MemoryZaloTokenStore({
      accessToken: 'revoked',
      refreshToken: 'already-used-refresh-token',
      expiresAt: new Date(clock.getTime() - 1000),
    });
    const outcome = await new ZaloOa(settings(), stale, now).sendTemplate(zns());
    expect(outcome).toEqual({
      kind: 'permanent',
      cause: 'invalid_credentials',
      reason: 'Zalo: the token refresh was refused (-14014 Invalid refresh token refresh token invalid or used)',
    });
    expect(JSON.stringify(outcome)).not.toContain('already-used-refresh-token');
  });

  it('a wrong app secret is refused at the refresh', async () => {
    const wrong = { ...settings(), secretKey: new Secret('not-the-secret') };
    const outcome = await new ZaloOa(wrong, new MemoryZaloTokenStore(), now).sendToFollower({ userId: 'u', text: 'x' });
    expect(outcome).toMatchObject({ kind: 'permanent', cause: 'invalid_credentials' });
    expect(JSON.stringify(outcome)).not.toContain('not-the-secret');
  });

  it('an OAuth server that is down is retryable, not a permanent failure', async () => {
    const down = { ...settings(), urls: { ...settings().urls, oauth: 'http://127.0.0.1:9/oauth' } };
    const outcome = await new ZaloOa(down, new MemoryZaloTokenStore(), now).sendTemplate(zns());
    expect(outcome).toMatchObject({ kind: 'retryable', cause: 'network' });
  });
});
