/**
 * The channel fakes together, as `npm start` runs them with CHANNEL_FAKES=true: one server a
 * provider, each with its page of received messages, and the environment that points the
 * channels at them (scripts/start.mjs sets it for the worker and the API).
 */
import type { FakeServer } from './fake-server';
import { ESMS_PATH, startSmsGatewayFake } from './sms-gateway.fake';
import { startTelegramFake, type TelegramFake } from './telegram.fake';
import { startReceiptRelay } from './receipt-relay';
import { startZaloFake, ZALO_PATHS, type ZaloFake } from './zalo.fake';

export * from './fake-server';
export * from './sms-gateway.fake';
export * from './zalo.fake';
export * from './telegram.fake';

/** Credentials the fakes accept: fixed, local, not secrets of anything real. */
export const FAKE_CREDENTIALS = {
  sms: { apiKey: 'fake-sms-key', secretKey: 'fake-sms-secret' },
  zalo: {
    appId: '1000000000000000001',
    secretKey: 'fake-zalo-secret',
    refreshToken: 'fake-refresh-0',
    oaSecretKey: 'fake-zalo-oa-secret',
  },
  telegram: {
    token: '1000000001:fake-telegram-token-for-local-use',
    username: 'dondoc_fake_bot',
    webhookSecret: 'fake-telegram-webhook-secret',
  },
} as const;

/** The API's paths the providers call back: eSMS's delivery reports, the Zalo OA's events. */
export const CALLBACK_PATHS = {
  smsReceipts: '/api/v1/channels/sms/receipts',
  zaloWebhook: '/api/v1/channels/zalo/webhook',
  telegramWebhook: '/api/v1/channels/telegram/webhook',
} as const;

/**
 * The three fakes; `apiUrl` is where their receipts and events go (the API's base URL).
 * Without it they go through a relay until `receiptsTo` names the API (a test's API
 * listens on a port known only after its settings, which name the fakes, are read).
 */
export async function startChannelFakes(
  basePort = 0,
  apiUrl?: string,
): Promise<{
  servers: { sms: FakeServer; zalo: ZaloFake; telegram: TelegramFake };
  env: Record<string, string>;
  receiptsTo(apiBaseUrl: string): void;
  stop(): Promise<void>;
}> {
  const port = (offset: number) => (basePort ? basePort + offset : 0);
  const relay = apiUrl ? null : await startReceiptRelay();
  const callbacks = apiUrl ?? relay!.url;
  const sms = await startSmsGatewayFake(FAKE_CREDENTIALS.sms, port(0));
  const zalo = await startZaloFake(
    { ...FAKE_CREDENTIALS.zalo, forgetful: true, webhookUrl: `${callbacks}${CALLBACK_PATHS.zaloWebhook}` },
    port(1),
  );
  const telegram = await startTelegramFake(
    {
      ...FAKE_CREDENTIALS.telegram,
      webhookUrl: `${callbacks}${CALLBACK_PATHS.telegramWebhook}`,
      webhookSecret: FAKE_CREDENTIALS.telegram.webhookSecret,
    },
    port(2),
  );
  return {
    servers: { sms, zalo, telegram },
    env: {
      SMS_GATEWAY_URL: `${sms.url}${ESMS_PATH}`,
      SMS_GATEWAY_TEMPLATE: 'esms',
      SMS_API_KEY: FAKE_CREDENTIALS.sms.apiKey,
      SMS_SECRET_KEY: FAKE_CREDENTIALS.sms.secretKey,
      SMS_BRANDNAME: 'DONDOC',
      SMS_CALLBACK_URL: `${callbacks}${CALLBACK_PATHS.smsReceipts}`,
      ZALO_APP_ID: FAKE_CREDENTIALS.zalo.appId,
      ZALO_SECRET_KEY: FAKE_CREDENTIALS.zalo.secretKey,
      ZALO_REFRESH_TOKEN: FAKE_CREDENTIALS.zalo.refreshToken,
      ZALO_OA_SECRET_KEY: FAKE_CREDENTIALS.zalo.oaSecretKey,
      ZALO_OAUTH_URL: `${zalo.url}${ZALO_PATHS.oauth}`,
      ZALO_ZNS_URL: `${zalo.url}${ZALO_PATHS.zns}`,
      ZALO_OA_URL: `${zalo.url}${ZALO_PATHS.oa}`,
      TELEGRAM_BOT_TOKEN: FAKE_CREDENTIALS.telegram.token,
      TELEGRAM_API_URL: telegram.url,
      TELEGRAM_BOT_USERNAME: FAKE_CREDENTIALS.telegram.username,
      TELEGRAM_WEBHOOK_SECRET: FAKE_CREDENTIALS.telegram.webhookSecret,
    },
    receiptsTo: (apiBaseUrl) => relay?.forwardTo(apiBaseUrl),
    async stop() {
      await Promise.all([sms.close(), zalo.close(), telegram.close(), relay?.close()]);
    },
  };
}
export * from './receipt-catcher';
export * from './receipt-relay';
