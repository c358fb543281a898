import { inspect } from 'node:util';
import { ConfigError, loadConfig } from './config';
import { Secret } from './secret';

const SMS = {
  SMS_GATEWAY_URL: 'https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/',
  SMS_API_KEY: 'sms-api-key-value',
  SMS_SECRET_KEY: 'sms-secret-key-value',
  SMS_BRANDNAME: 'DONDOC',
};
const ZALO = {
  ZALO_APP_ID: '1234567890',
  ZALO_SECRET_KEY: 'zalo-secret-value',
  ZALO_REFRESH_TOKEN: 'zalo-refresh-value',
};
const TELEGRAM = { TELEGRAM_BOT_TOKEN: '123456789:AAH-telegram-token-value-xyz' };

describe('channel settings', () => {
  it('every channel is off unless configured', () => {
    expect(loadConfig({}).channels).toEqual({ sms: null, zalo: null, telegram: null });
  });

  it('SMS: on with a gateway URL; eSMS defaults (type 2, unaccented); SpeedSMS needs no secret key', () => {
    const { sms } = loadConfig(SMS).channels;
    expect(sms).toMatchObject({
      template: 'esms',
      url: 'https://rest.esms.vn/MainService.svc/json/SendMultipleMessage_V4_post_json/',
      brandname: 'DONDOC',
      smsType: '2',
      unaccented: true,
      callbackUrl: null,
      timeoutMs: 10_000,
    });
    expect(sms!.apiKey.reveal()).toBe('sms-api-key-value');
    const speed = loadConfig({
      SMS_GATEWAY_URL: 'https://api.speedsms.vn/index.php/sms/send',
      SMS_GATEWAY_TEMPLATE: 'speedsms',
      SMS_API_KEY: 'token',
      SMS_BRANDNAME: 'DONDOC',
      SMS_UNACCENTED: 'false',
    }).channels.sms;
    expect(speed).toMatchObject({ template: 'speedsms', secretKey: null, smsType: '3', unaccented: false });
  });

  it('Zalo: on with an app id, Zalo’s endpoints by default, a 10-minute refresh lead', () => {
    expect(loadConfig(ZALO).channels.zalo).toMatchObject({
      appId: '1234567890',
      urls: {
        oauth: 'https://oauth.zaloapp.com/v4/oa/access_token',
        zns: 'https://business.openapi.zalo.me/message/template',
        oa: 'https://openapi.zalo.me/v3.0/oa/message/cs',
      },
      refreshAheadMs: 600_000,
    });
  });

  it('Telegram: on with a bot token', () => {
    expect(loadConfig({ ...TELEGRAM, TELEGRAM_BOT_USERNAME: 'DonDocBot' }).channels.telegram).toMatchObject({
      apiUrl: 'https://api.telegram.org',
      botUsername: 'DonDocBot',
      webhookSecret: null,
    });
  });

  it('no secret is printed: JSON, inspect, String all say [secret]', () => {
    const config = loadConfig({ ...SMS, ...ZALO, ...TELEGRAM, TELEGRAM_WEBHOOK_SECRET: 'hook-secret-value' });
    const printed = [JSON.stringify(config), inspect(config, { depth: 10 }), `${config.channels.telegram!.token}`].join(
      '\n',
    );
    for (const value of [
      'sms-api-key-value',
      'sms-secret-key-value',
      'zalo-secret-value',
      'zalo-refresh-value',
      'AAH-telegram',
      'hook-secret-value',
    ]) {
      expect(printed).not.toContain(value);
    }
    expect(printed).toContain('[secret]');
    expect(new Secret('x').reveal()).toBe('x');
  });

  it.each([
    [
      { SMS_GATEWAY_URL: 'https://gw.example.vn/send', SMS_BRANDNAME: 'X', SMS_SECRET_KEY: 's' },
      'SMS_API_KEY',
      'required',
    ],
    [{ ...SMS, SMS_SECRET_KEY: '' }, 'SMS_SECRET_KEY', 'required'],
    [{ ...SMS, SMS_BRANDNAME: '' }, 'SMS_BRANDNAME', 'expected 1–11'],
    [{ ...SMS, SMS_BRANDNAME: 'A brand far too long' }, 'SMS_BRANDNAME', 'expected 1–11'],
    [{ ...SMS, SMS_GATEWAY_URL: 'ftp://x' }, 'SMS_GATEWAY_URL', 'expected an http(s) URL, got "ftp://x"'],
    [{ ...SMS, SMS_GATEWAY_TEMPLATE: 'vietguys' }, 'SMS_GATEWAY_TEMPLATE', 'expected esms or speedsms'],
    [{ ...SMS, SMS_UNACCENTED: 'yes' }, 'SMS_UNACCENTED', 'expected true or false'],
    [{ ZALO_APP_ID: '123', ZALO_SECRET_KEY: 's' }, 'ZALO_REFRESH_TOKEN', 'required'],
    [{ ...ZALO, ZALO_APP_ID: 'abc' }, 'ZALO_APP_ID', 'expected the numeric app id'],
    [{ TELEGRAM_BOT_TOKEN: 'not-a-token' }, 'TELEGRAM_BOT_TOKEN', 'expected <bot id>:<key>'],
    [{ CHANNEL_TIMEOUT_MS: '5' }, 'CHANNEL_TIMEOUT_MS', 'expected 100..600000'],
  ])('a bad setting names its variable (%#)', (env, variable, message) => {
    let error: unknown;
    try {
      loadConfig(env as Record<string, string>);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe(variable);
    expect((error as ConfigError).message).toContain(message);
  });

  it('an error about a secret never echoes it', () => {
    expect(() => loadConfig({ TELEGRAM_BOT_TOKEN: 'leaky-secret-token' })).toThrow(
      /TELEGRAM_BOT_TOKEN: expected <bot id>:<key> as BotFather gives it$/,
    );
  });
});
