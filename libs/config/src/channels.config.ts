import { z } from 'zod';
import { ConfigError } from './config';
import type { Env } from './env-read';
import { Secret } from './secret';

/**
 * SMS, Zalo and Telegram (docs/decisions/0076). Each channel is off unless its key variable
 * is set (SMS_GATEWAY_URL, ZALO_APP_ID, TELEGRAM_BOT_TOKEN); once on, the others it needs
 * are required. Secrets are Secret values: they print as "[secret]", and an error about
 * one never echoes it.
 */
export interface ChannelsConfig {
  sms: {
    template: 'esms' | 'speedsms';
    url: string;
    apiKey: Secret;
    secretKey: Secret | null;
    brandname: string;
    smsType: string;
    unaccented: boolean;
    callbackUrl: string | null;
    timeoutMs: number;
  } | null;
  zalo: {
    appId: string;
    secretKey: Secret;
    refreshToken: Secret;
    /** The OA's secret key: checks the OA webhook's events (linking a follower); null: no linking. */
    oaSecretKey: Secret | null;
    /** The OA's page (https://zalo.me/<oa id>) shown to a person who links Zalo. */
    oaUrl: string | null;
    urls: { oauth: string; zns: string; oa: string };
    refreshAheadMs: number;
    timeoutMs: number;
  } | null;
  telegram: {
    token: Secret;
    apiUrl: string;
    botUsername: string | null;
    webhookSecret: Secret | null;
    timeoutMs: number;
  } | null;
}

const blank = (v: string | undefined) => v === undefined || v.trim() === '';
const isHttp = (v: string) => URL.canParse(v) && ['http:', 'https:'].includes(new URL(v).protocol);
/** A base URL, its trailing slashes dropped. */
const httpUrl = z
  .string()
  .transform((v) => v.replace(/\/+$/, ''))
  .refine(isHttp, 'expected an http(s) URL');
/** An endpoint taken whole: eSMS's documented path ends with a slash. */
const endpointUrl = z.string().refine(isHttp, 'expected an http(s) URL');
const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected an integer')
    .transform(Number)
    .pipe(z.number().min(min, `expected ${min}..${max}`).max(max, `expected ${min}..${max}`));
const bool = z.enum(['true', 'false'], 'expected true or false').transform((v) => v === 'true');
const text = z.string().min(1, 'required');

const DEFAULTS: Record<string, string> = {
  CHANNEL_TIMEOUT_MS: '10000',
  SMS_GATEWAY_TEMPLATE: 'esms',
  SMS_UNACCENTED: 'true',
  ZALO_OAUTH_URL: 'https://oauth.zaloapp.com/v4/oa/access_token',
  ZALO_ZNS_URL: 'https://business.openapi.zalo.me/message/template',
  ZALO_OA_URL: 'https://openapi.zalo.me/v3.0/oa/message/cs',
  ZALO_TOKEN_REFRESH_AHEAD_SECONDS: '600',
  TELEGRAM_API_URL: 'https://api.telegram.org',
};

/** Values never echoed in an error message. */
const SECRETS = new Set([
  'SMS_API_KEY',
  'SMS_SECRET_KEY',
  'ZALO_SECRET_KEY',
  'ZALO_REFRESH_TOKEN',
  'ZALO_OA_SECRET_KEY',
  'TELEGRAM_BOT_TOKEN',
  'TELEGRAM_WEBHOOK_SECRET',
]);

/** One variable through its schema; a ConfigError names it (and shows the value unless it is a secret). */
function read<T>(env: Env, name: string, schema: z.ZodType<T, string>): T {
  const raw = blank(env[name]) ? (DEFAULTS[name] ?? '') : env[name]!.trim();
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const message = result.error.issues[0]!.message;
  throw new ConfigError(name, SECRETS.has(name) || raw === '' ? message : `${message}, got "${raw}"`);
}

const optional = (env: Env, name: string): string | null => (blank(env[name]) ? null : env[name]!.trim());

export function loadChannelsConfig(env: Env): ChannelsConfig {
  const timeoutMs = read(env, 'CHANNEL_TIMEOUT_MS', int(100, 600_000));
  return { sms: loadSms(env, timeoutMs), zalo: loadZalo(env, timeoutMs), telegram: loadTelegram(env, timeoutMs) };
}

function loadSms(env: Env, timeoutMs: number): ChannelsConfig['sms'] {
  if (blank(env.SMS_GATEWAY_URL)) return null;
  const template = read(env, 'SMS_GATEWAY_TEMPLATE', z.enum(['esms', 'speedsms'], 'expected esms or speedsms'));
  const callback = optional(env, 'SMS_CALLBACK_URL');
  return {
    template,
    url: read(env, 'SMS_GATEWAY_URL', endpointUrl),
    apiKey: new Secret(read(env, 'SMS_API_KEY', text)),
    secretKey: template === 'esms' ? new Secret(read(env, 'SMS_SECRET_KEY', text)) : null,
    brandname: read(
      env,
      'SMS_BRANDNAME',
      z.string().regex(/^[A-Za-z0-9 ._-]{1,11}$/, 'expected 1–11 letters, digits, spaces, . _ -'),
    ),
    smsType: blank(env.SMS_TYPE)
      ? template === 'esms'
        ? '2'
        : '3'
      : read(env, 'SMS_TYPE', z.string().regex(/^\d{1,2}$/, 'expected a number')),
    unaccented: read(env, 'SMS_UNACCENTED', bool),
    callbackUrl: callback === null ? null : read(env, 'SMS_CALLBACK_URL', endpointUrl),
    timeoutMs,
  };
}

function loadZalo(env: Env, timeoutMs: number): ChannelsConfig['zalo'] {
  if (blank(env.ZALO_APP_ID)) return null;
  return {
    appId: read(env, 'ZALO_APP_ID', z.string().regex(/^\d+$/, 'expected the numeric app id')),
    secretKey: new Secret(read(env, 'ZALO_SECRET_KEY', text)),
    refreshToken: new Secret(read(env, 'ZALO_REFRESH_TOKEN', text)),
    oaSecretKey:
      optional(env, 'ZALO_OA_SECRET_KEY') === null ? null : new Secret(read(env, 'ZALO_OA_SECRET_KEY', text)),
    oaUrl: optional(env, 'ZALO_OA_PAGE_URL') === null ? null : read(env, 'ZALO_OA_PAGE_URL', endpointUrl),
    urls: {
      oauth: read(env, 'ZALO_OAUTH_URL', endpointUrl),
      zns: read(env, 'ZALO_ZNS_URL', endpointUrl),
      oa: read(env, 'ZALO_OA_URL', endpointUrl),
    },
    refreshAheadMs: read(env, 'ZALO_TOKEN_REFRESH_AHEAD_SECONDS', int(0, 86_400)) * 1000,
    timeoutMs,
  };
}

function loadTelegram(env: Env, timeoutMs: number): ChannelsConfig['telegram'] {
  if (blank(env.TELEGRAM_BOT_TOKEN)) return null;
  const webhookSecret = optional(env, 'TELEGRAM_WEBHOOK_SECRET');
  return {
    token: new Secret(
      read(
        env,
        'TELEGRAM_BOT_TOKEN',
        z.string().regex(/^\d+:[A-Za-z0-9_-]{20,}$/, 'expected <bot id>:<key> as BotFather gives it'),
      ),
    ),
    apiUrl: read(env, 'TELEGRAM_API_URL', httpUrl),
    botUsername: optional(env, 'TELEGRAM_BOT_USERNAME'),
    webhookSecret:
      webhookSecret === null
        ? null
        : new Secret(
            read(
              env,
              'TELEGRAM_WEBHOOK_SECRET',
              z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, 'expected 1–256 of A–Z a–z 0–9 _ -'),
            ),
          ),
    timeoutMs,
  };
}
