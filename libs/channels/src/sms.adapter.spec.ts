// The SMS adapter against the fake gateway over real HTTP: both request templates, every
// error answer to its outcome, the delivery report to CallbackUrl.
import { Secret } from '@dondoc/config';
import {
  ESMS_PATH,
  type FakeServer,
  SMS_MAGIC,
  SMS_RETRY_AFTER_SECONDS,
  SMS_TEMPLATE_REJECTED_MARK,
  SPEEDSMS_PATH,
  startReceiptCatcher,
  startSmsGatewayFake,
} from '../../../test/fakes';
import { eventually } from '../../../test/support/eventually';
import { parseEsmsReceipt, SmsGateway, type SmsGatewaySettings } from './sms';

const KEYS = { apiKey: 'key-123', secretKey: 'secret-456' };

describe('SMS gateway adapter against the fake gateway', () => {
  let fake: FakeServer;
  let catcher: Awaited<ReturnType<typeof startReceiptCatcher>>;
  const settings = (over: Partial<SmsGatewaySettings> = {}): SmsGatewaySettings => ({
    template: 'esms',
    url: `${fake.url}${ESMS_PATH}`,
    apiKey: new Secret(KEYS.apiKey),
    secretKey: new Secret(KEYS.secretKey),
    brandname: 'DONDOC',
    smsType: '2',
    unaccented: true,
    callbackUrl: `${catcher.url}/sms-receipts`,
    timeoutMs: 2000,
    ...over,
  });

  beforeAll(async () => {
    fake = await startSmsGatewayFake({ ...KEYS, slowMs: 1500 });
    catcher = await startReceiptCatcher();
  });
  afterAll(async () => {
    await fake.close();
    await catcher.close();
  });

  it('eSMS: sends the documented body (unaccented, national number, brand name) and is sent with the SMSID', async () => {
    const outcome = await new SmsGateway(settings()).send({
      to: '+84 912 345 678',
      text: 'Đôn Đốc: nhiệm vụ đến hạn',
      requestId: 'delivery-1',
    });
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: expect.stringMatching(/^esms-\d+$/) });
    const got = fake.received.at(-1)!;
    expect(got.request).toEqual({
      ApiKey: KEYS.apiKey,
      SecretKey: KEYS.secretKey,
      Phone: '0912345678',
      Content: 'Don Doc: nhiem vu den han',
      Brandname: 'DONDOC',
      SmsType: '2',
      IsUnicode: '0',
      RequestId: 'delivery-1',
      CallbackUrl: `${catcher.url}/sms-receipts`,
    });
  });

  it('eSMS: the delivery report comes to CallbackUrl and reads as delivered, or failed', async () => {
    const ok = await new SmsGateway(settings()).send({ to: '0987654321', text: 'hello', requestId: 'delivery-2' });
    const bad = await new SmsGateway(settings()).send({
      to: SMS_MAGIC.undelivered,
      text: 'hello',
      requestId: 'delivery-3',
    });
    const receipts = await eventually(
      'two receipts',
      () => catcher.caught.map((c) => parseEsmsReceipt(c.url.searchParams)),
      (r) => r.length >= 2,
      10_000,
    );
    expect(receipts).toEqual(
      expect.arrayContaining([
        {
          providerMessageId: (ok as { providerMessageId: string }).providerMessageId,
          status: 'delivered',
          requestId: 'delivery-2',
        },
        {
          providerMessageId: (bad as { providerMessageId: string }).providerMessageId,
          status: 'failed',
          requestId: 'delivery-3',
        },
      ]),
    );
    expect(catcher.caught.every((c) => c.method === 'GET' && c.url.pathname === '/sms-receipts')).toBe(true);
  });

  it('eSMS: with diacritics kept, Unicode is asked for', async () => {
    await new SmsGateway(settings({ unaccented: false })).send({ to: '0912345678', text: 'Đôn Đốc', requestId: 'd-4' });
    expect(fake.received.at(-1)!.request).toMatchObject({ Content: 'Đôn Đốc', IsUnicode: '1' });
  });

  it.each([
    ['wrong keys', { to: '0912345678' }, { apiKey: new Secret('wrong') }, 'permanent', 'invalid_credentials'],
    ['a blocked number', { to: SMS_MAGIC.blocked }, {}, 'permanent', 'recipient_unreachable'],
    ['a number the gateway refuses', { to: SMS_MAGIC.invalidPhone }, {}, 'permanent', 'unknown_recipient'],
    ['no balance', { to: SMS_MAGIC.noBalance }, {}, 'permanent', 'quota_exhausted'],
    ['a text matching no template', { text: `x ${SMS_TEMPLATE_REJECTED_MARK}` }, {}, 'permanent', 'template_rejected'],
    ['a 503', { to: SMS_MAGIC.serverError }, {}, 'retryable', 'provider_error'],
    ['no answer in time', { to: SMS_MAGIC.slow }, { timeoutMs: 200 }, 'retryable', 'timeout'],
  ] as const)('eSMS: %s → %s %s', async (_what, message, over, kind, cause) => {
    const outcome = await new SmsGateway(settings(over as Partial<SmsGatewaySettings>)).send({
      to: '0912345678',
      text: 'hello',
      requestId: 'd-x',
      ...message,
    });
    expect(outcome).toMatchObject({ kind, cause });
    expect(JSON.stringify(outcome)).not.toContain(KEYS.secretKey);
    expect(JSON.stringify(outcome)).not.toContain(KEYS.apiKey);
  });

  it('eSMS: rate limited → retryable after the gateway’s Retry-After', async () => {
    const outcome = await new SmsGateway(settings()).send({ to: SMS_MAGIC.rateLimited, text: 'hi', requestId: 'd-5' });
    expect(outcome).toEqual({
      kind: 'retryable',
      cause: 'rate_limited',
      reason: 'eSMS: rate limited (HTTP 429)',
      retryAfterMs: SMS_RETRY_AFTER_SECONDS * 1000,
    });
  });

  it('eSMS: a repeated request (our retry after a lost answer) counts as sent', async () => {
    const outcome = await new SmsGateway(settings()).send({ to: SMS_MAGIC.duplicate, text: 'hi', requestId: 'd-6' });
    expect(outcome).toEqual({ kind: 'sent', providerMessageId: 'RequestId:d-6' });
  });

  it('a landline or a malformed number never reaches the gateway', async () => {
    const before = fake.received.length;
    const outcome = await new SmsGateway(settings()).send({ to: '024 3812 3456', text: 'hi', requestId: 'd-7' });
    expect(outcome).toEqual({
      kind: 'permanent',
      cause: 'unknown_recipient',
      reason: 'phone number: a landline number (02…) cannot receive these messages',
    });
    expect(fake.received.length).toBe(before);
  });

  it('a gateway that is down is a retryable network error', async () => {
    const outcome = await new SmsGateway(settings({ url: 'http://127.0.0.1:9/nothing' })).send({
      to: '0912345678',
      text: 'hi',
      requestId: 'd-8',
    });
    expect(outcome).toMatchObject({ kind: 'retryable', cause: 'network' });
  });

  describe('SpeedSMS template', () => {
    const speed = (over: Partial<SmsGatewaySettings> = {}) =>
      new SmsGateway(
        settings({ template: 'speedsms', url: `${fake.url}${SPEEDSMS_PATH}`, secretKey: null, smsType: '3', ...over }),
      );

    it('sends {to: [84…], content, sms_type, sender} with the token as Basic user and is sent with the tranId', async () => {
      const outcome = await speed().send({ to: '0912 345 678', text: 'Nhắc việc', requestId: 'd-9' });
      expect(outcome).toEqual({ kind: 'sent', providerMessageId: expect.stringMatching(/^\d+$/) });
      expect(fake.received.at(-1)!.request).toEqual({
        to: ['84912345678'],
        content: 'Nhac viec',
        sms_type: 3,
        sender: 'DONDOC',
      });
    });

    it.each([
      ['a wrong token', '0912345678', { apiKey: new Secret('nope') }, 'permanent', 'invalid_credentials'],
      ['a locked account', SMS_MAGIC.blocked, {}, 'permanent', 'invalid_credentials'],
      ['a number listed invalid', SMS_MAGIC.invalidPhone, {}, 'permanent', 'unknown_recipient'],
      ['no balance', SMS_MAGIC.noBalance, {}, 'permanent', 'quota_exhausted'],
      ['its internal error', SMS_MAGIC.serverError, {}, 'retryable', 'provider_error'],
      ['rate limited', SMS_MAGIC.rateLimited, {}, 'retryable', 'rate_limited'],
    ] as const)('%s → %s %s', async (_what, to, over, kind, cause) => {
      const outcome = await speed(over as Partial<SmsGatewaySettings>).send({ to, text: 'hi', requestId: 'd-10' });
      expect(outcome).toMatchObject({ kind, cause });
    });
  });

  it('the fake lists what it received on its page', async () => {
    const page = await (await fetch(fake.url)).text();
    expect(page).toContain('SMS gateway (fake eSMS / SpeedSMS)');
    expect(page).toContain('Don Doc: nhiem vu den han');
    expect(page).toContain('0900000429: rateLimited');
  });
});
