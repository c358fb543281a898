/**
 * Environment schema (zod) for every process of Đôn Đốc. Each app calls loadConfig()
 * at boot; a bad value stops it with a message naming the variable.
 */
import { resolve } from 'node:path';
import { z } from 'zod';
import { type ChannelsConfig, loadChannelsConfig } from './channels.config';
import { loadObservabilityConfig, type ObservabilityConfig } from './observability.config';
import { loadSecurityConfig, type SecurityConfig } from './security.config';
import { loadAttachmentsConfig, type AttachmentsConfig } from './attachments.config';

export interface DatabaseConfig {
  url: string;
  /** Connection pool size per process. */
  poolSize: number;
  /**
   * Connections opened at start and never closed for being idle: a connection opened in a
   * burst is a cold backend (its catalog caches and prepared statements empty), and
   * opening them while requests wait made the lists' slow seconds (bench/README.md, lists).
   */
  poolMin: number;
  /** Seconds an idle connection above `poolMin` stays open. */
  poolIdleSeconds: number;
}

export interface TemporalConfig {
  address: string;
  namespace: string;
  taskQueue: string;
}

/**
 * The validated configuration. An abstract class rather than an interface so that
 * Nest can inject it by type (no string tokens); loadConfig() returns a plain object.
 */
export interface AuthConfig {
  /**
   * The HS256 key: JWT_SECRET when configured; else null until the API reads (or, on its
   * first start, generates) the installation's own under the data directory
   * (ensureSigningSecret). Never a value written in the repository.
   */
  jwtSecret: string | null;
  /** Where the generated key is kept: `<DONDOC_DATA_DIR>/jwt-secret` (mode 0600). */
  jwtSecretFile: string;
  /** Sign-in throttling (libs/domain's LoginThrottlePolicy; docs/decisions/0050). */
  loginThrottle: {
    /** Failures per user name and address answered at once, before the delays start. */
    freeAttempts: number;
    /** The first delay, doubling with each further failure, up to the cap. */
    baseDelaySeconds: number;
    maxDelaySeconds: number;
    /** How long failures are remembered, per pair and for the address's count of user names. */
    windowSeconds: number;
    /** Distinct user names failing from one address within the window before new ones wait (0: off). */
    maxUsernamesPerAddress: number;
  };
}

/** Default reminder and escalation policies for tasks that give none (in working days). */
export interface PolicyDefaults {
  reminderWorkingDaysBefore: number[];
  /** HH:mm local on the deadline day, or null for none. */
  reminderOnDeadlineDayAt: string | null;
  escalationStepWorkingDays: number;
  escalationRepeatWorkingDays: number;
  /** Working days the assigning side has to review a report, and the lead unit to revise a returned one. */
  reviewWorkingDays: number;
  revisionWorkingDays: number;
  /** A leader urges the same task at most once in this many minutes (429 before then). */
  urgeMinIntervalMinutes: number;
}

/** Where notices go beyond the in-app inbox. */
export interface DeliveryConfig {
  smtp: { host: string; port: number; secure: boolean; user: string | null; password: string | null };
  /** The sender, e.g. "Đôn Đốc <dondoc@localhost>". */
  from: string;
  /** Base of the links in messages: `${publicUrl}/api/v1/tasks/<id>`. */
  publicUrl: string;
  /** Attempts per delivery before it is dead-lettered, and the first retry delay (doubling after). */
  maxAttempts: number;
  retryInitialMs: number;
  retryMaxMs: number;
  webhookTimeoutMs: number;
  /** SMTP connections in the pool of each worker process. */
  smtpMaxConnections: number;
  /**
   * Webhook calls per second to one endpoint (scheme, host and port of its URL: the
   * receiving server), across every batch and worker process (docs/decisions/0060).
   */
  webhookRatePerSecond: number;
  /** Notices per batch workflow when a cohort's notices are planned at once. */
  batchNotices: number;
  /** Local time of the daily digest, in minutes after midnight. */
  digestAtMinutes: number;
  /** An escalation still unread this long after it was planned goes on the person's next channel (0083). */
  escalationUnreadFallbackSeconds: number;
  /** SMS per second to the gateway, across every batch and worker (0083). */
  smsRatePerSecond: number;
  /** SMS a unit may send per local day; 0: no budget. Past it, messages wait for the next day (0083). */
  smsDailyBudgetPerUnit: number;
}

export abstract class AppConfig {
  abstract nodeEnv: string;
  abstract port: number;
  abstract host: string;
  abstract timezone: string;
  abstract logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  abstract database: DatabaseConfig;
  abstract temporal: TemporalConfig;
  abstract auth: AuthConfig;
  abstract policies: PolicyDefaults;
  abstract delivery: DeliveryConfig;
  abstract observability: ObservabilityConfig;
  abstract security: SecurityConfig;
  /** SMS, Zalo and Telegram: each null (off) unless configured (docs/decisions/0076). */
  abstract channels: ChannelsConfig;
  abstract attachments: AttachmentsConfig;
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`invalid configuration: ${variable}: ${message}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['error', 'warn', 'log', 'debug', 'verbose'] as const;

export const DEFAULTS = {
  PORT: '3000',
  HOST: '0.0.0.0',
  APP_TIMEZONE: 'Asia/Ho_Chi_Minh',
  LOG_LEVEL: 'log',
  DATABASE_URL: 'postgres://postgres:postgres@127.0.0.1:5433/dondoc',
  DATABASE_POOL_SIZE: '10',
  DATABASE_POOL_MIN: '4',
  DATABASE_POOL_IDLE_SECONDS: '300',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  TEMPORAL_NAMESPACE: 'default',
  TEMPORAL_TASK_QUEUE: 'dondoc',
  JWT_SECRET: '',
  DONDOC_DATA_DIR: '.data',
  LOGIN_FREE_ATTEMPTS: '3',
  LOGIN_DELAY_BASE_SECONDS: '1',
  LOGIN_DELAY_MAX_SECONDS: '300',
  LOGIN_WINDOW_SECONDS: '900',
  LOGIN_MAX_USERNAMES_PER_ADDRESS: '20',
  REMINDER_WORKING_DAYS_BEFORE: '5,2,1',
  REMINDER_ON_DEADLINE_DAY_AT: '08:00',
  ESCALATION_STEP_WORKING_DAYS: '1',
  ESCALATION_REPEAT_WORKING_DAYS: '3',
  REVIEW_WORKING_DAYS: '5',
  REVISION_WORKING_DAYS: '3',
  URGE_MIN_INTERVAL_MINUTES: '240',
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: '1025',
  SMTP_SECURE: 'false',
  SMTP_USER: '',
  SMTP_PASSWORD: '',
  MAIL_FROM: 'Đôn Đốc <dondoc@localhost>',
  PUBLIC_URL: 'http://localhost:3000',
  DELIVERY_MAX_ATTEMPTS: '6',
  DELIVERY_RETRY_INITIAL_MS: '10000',
  DELIVERY_RETRY_MAX_MS: '3600000',
  WEBHOOK_TIMEOUT_MS: '10000',
  SMTP_MAX_CONNECTIONS: '4',
  WEBHOOK_RATE_PER_SECOND: '20',
  DELIVERY_BATCH_NOTICES: '2500',
  DIGEST_AT: '07:30',
  ESCALATION_UNREAD_FALLBACK_SECONDS: '3600',
  SMS_RATE_PER_SECOND: '10',
  SMS_DAILY_BUDGET_PER_UNIT: '0',
} as const;

/** Values never echoed in an error message. */
const SECRET = new Set<string>(['JWT_SECRET', 'SMTP_PASSWORD', 'DATABASE_URL']);

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, 'expected an integer')
    .transform(Number)
    .pipe(z.number().min(min, `expected ${min}..${max}`).max(max, `expected ${min}..${max}`));
const isUrl = (value: string, schemes: string[]) => URL.canParse(value) && schemes.includes(new URL(value).protocol);
const isTimeZone = (value: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
};

/** One entry per variable, read after blanks are replaced by DEFAULTS (so every value is a trimmed string). */
const EnvSchema = z.object({
  PORT: int(1, 65535),
  HOST: z.string(),
  APP_TIMEZONE: z.string().refine(isTimeZone, 'unknown IANA time zone'),
  LOG_LEVEL: z.enum(LOG_LEVELS, `expected one of ${LOG_LEVELS.join(', ')}`),
  DATABASE_URL: z
    .string()
    .refine((v) => isUrl(v, ['postgres:', 'postgresql:']), 'expected a URL such as postgres://user:pass@host:5432/db')
    .refine((v) => !URL.canParse(v) || new URL(v).pathname.length > 1, 'names no database'),
  DATABASE_POOL_SIZE: int(1, 200),
  DATABASE_POOL_MIN: int(0, 200),
  DATABASE_POOL_IDLE_SECONDS: int(1, 86_400),
  TEMPORAL_ADDRESS: z.string().regex(/^[\w.\-[\]:]+:\d{1,5}$/, 'expected host:port'),
  TEMPORAL_NAMESPACE: z.string(),
  TEMPORAL_TASK_QUEUE: z.string(),
  JWT_SECRET: z.string().refine((v) => v === '' || v.length >= 32, 'must be at least 32 characters'),
  DONDOC_DATA_DIR: z.string(),
  LOGIN_FREE_ATTEMPTS: int(1, 1000),
  LOGIN_DELAY_BASE_SECONDS: int(0, 3600),
  LOGIN_DELAY_MAX_SECONDS: int(1, 86_400),
  LOGIN_WINDOW_SECONDS: int(1, 7 * 86_400),
  LOGIN_MAX_USERNAMES_PER_ADDRESS: int(0, 1_000_000),
  REMINDER_WORKING_DAYS_BEFORE: z
    .string()
    .transform((v) => v.replace(/\s/g, ''))
    .pipe(z.string().regex(/^(\d{1,2}(,\d{1,2})*)?$/, 'expected working days as a comma-separated list, e.g. 5,2,1'))
    .transform((v) =>
      v
        .split(',')
        .filter(Boolean)
        .map(Number)
        .sort((a, b) => b - a),
    ),
  REMINDER_ON_DEADLINE_DAY_AT: z
    .string()
    .refine((v) => v === 'none' || HH_MM.test(v), 'expected HH:mm or "none"')
    .transform((v) => (v === 'none' ? null : v)),
  ESCALATION_STEP_WORKING_DAYS: int(0, 60),
  ESCALATION_REPEAT_WORKING_DAYS: int(1, 60),
  REVIEW_WORKING_DAYS: int(1, 60),
  REVISION_WORKING_DAYS: int(1, 60),
  URGE_MIN_INTERVAL_MINUTES: int(1, 7 * 24 * 60),
  SMTP_HOST: z.string(),
  SMTP_PORT: int(1, 65535),
  SMTP_SECURE: z.enum(['true', 'false'], 'expected true or false').transform((v) => v === 'true'),
  SMTP_USER: z.string().transform((v) => v || null),
  SMTP_PASSWORD: z.string().transform((v) => v || null),
  MAIL_FROM: z.string().includes('@', { message: 'expected an address such as "Đôn Đốc <dondoc@example.vn>"' }),
  PUBLIC_URL: z
    .string()
    .transform((v) => v.replace(/\/+$/, ''))
    .refine((v) => isUrl(v, ['http:', 'https:']), 'expected an http(s) URL'),
  DELIVERY_MAX_ATTEMPTS: int(1, 100),
  DELIVERY_RETRY_INITIAL_MS: int(1, 86_400_000),
  DELIVERY_RETRY_MAX_MS: int(1, 7 * 86_400_000),
  WEBHOOK_TIMEOUT_MS: int(100, 600_000),
  SMTP_MAX_CONNECTIONS: int(1, 64),
  WEBHOOK_RATE_PER_SECOND: int(1, 10_000),
  DELIVERY_BATCH_NOTICES: int(1, 100_000),
  ESCALATION_UNREAD_FALLBACK_SECONDS: int(1, 30 * 86_400),
  SMS_RATE_PER_SECOND: int(1, 10_000),
  SMS_DAILY_BUDGET_PER_UNIT: int(0, 10_000_000),
  DIGEST_AT: z
    .string()
    .regex(HH_MM, 'expected HH:mm')
    .transform((v) => Number(v.slice(0, 2)) * 60 + Number(v.slice(3))),
});

/** The environment, blank or unset variables replaced by their defaults, validated; a ConfigError names the first bad one. */
function readEnv(env: Env): z.infer<typeof EnvSchema> {
  const names = Object.keys(DEFAULTS) as (keyof typeof DEFAULTS)[];
  const raw = Object.fromEntries(
    names.map((name) => [name, env[name] === undefined || env[name].trim() === '' ? DEFAULTS[name] : env[name].trim()]),
  );
  const result = EnvSchema.safeParse(raw);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const name = String(issue.path[0]);
  throw new ConfigError(name, SECRET.has(name) ? issue.message : `${issue.message}, got "${raw[name]}"`);
}

export function loadConfig(env: Env = process.env): AppConfig {
  const v = readEnv(env);
  if (!v.JWT_SECRET && env.NODE_ENV === 'production') throw new ConfigError('JWT_SECRET', 'required in production');
  if (v.LOGIN_DELAY_MAX_SECONDS < v.LOGIN_DELAY_BASE_SECONDS) {
    throw new ConfigError('LOGIN_DELAY_MAX_SECONDS', 'must not be smaller than LOGIN_DELAY_BASE_SECONDS');
  }
  if (v.DATABASE_POOL_MIN > v.DATABASE_POOL_SIZE) {
    throw new ConfigError('DATABASE_POOL_MIN', 'must not be larger than DATABASE_POOL_SIZE');
  }
  return {
    nodeEnv: env.NODE_ENV ?? 'development',
    port: v.PORT,
    host: v.HOST,
    timezone: v.APP_TIMEZONE,
    logLevel: v.LOG_LEVEL,
    database: {
      url: v.DATABASE_URL,
      poolSize: v.DATABASE_POOL_SIZE,
      poolMin: v.DATABASE_POOL_MIN,
      poolIdleSeconds: v.DATABASE_POOL_IDLE_SECONDS,
    },
    auth: {
      jwtSecret: v.JWT_SECRET || null,
      jwtSecretFile: resolve(v.DONDOC_DATA_DIR, 'jwt-secret'),
      loginThrottle: {
        freeAttempts: v.LOGIN_FREE_ATTEMPTS,
        baseDelaySeconds: v.LOGIN_DELAY_BASE_SECONDS,
        maxDelaySeconds: v.LOGIN_DELAY_MAX_SECONDS,
        windowSeconds: v.LOGIN_WINDOW_SECONDS,
        maxUsernamesPerAddress: v.LOGIN_MAX_USERNAMES_PER_ADDRESS,
      },
    },
    policies: {
      reminderWorkingDaysBefore: v.REMINDER_WORKING_DAYS_BEFORE,
      reminderOnDeadlineDayAt: v.REMINDER_ON_DEADLINE_DAY_AT,
      escalationStepWorkingDays: v.ESCALATION_STEP_WORKING_DAYS,
      escalationRepeatWorkingDays: v.ESCALATION_REPEAT_WORKING_DAYS,
      reviewWorkingDays: v.REVIEW_WORKING_DAYS,
      revisionWorkingDays: v.REVISION_WORKING_DAYS,
      urgeMinIntervalMinutes: v.URGE_MIN_INTERVAL_MINUTES,
    },
    delivery: {
      smtp: {
        host: v.SMTP_HOST,
        port: v.SMTP_PORT,
        secure: v.SMTP_SECURE,
        user: v.SMTP_USER,
        password: v.SMTP_PASSWORD,
      },
      from: v.MAIL_FROM,
      publicUrl: v.PUBLIC_URL,
      maxAttempts: v.DELIVERY_MAX_ATTEMPTS,
      retryInitialMs: v.DELIVERY_RETRY_INITIAL_MS,
      retryMaxMs: v.DELIVERY_RETRY_MAX_MS,
      webhookTimeoutMs: v.WEBHOOK_TIMEOUT_MS,
      smtpMaxConnections: v.SMTP_MAX_CONNECTIONS,
      webhookRatePerSecond: v.WEBHOOK_RATE_PER_SECOND,
      batchNotices: v.DELIVERY_BATCH_NOTICES,
      digestAtMinutes: v.DIGEST_AT,
      escalationUnreadFallbackSeconds: v.ESCALATION_UNREAD_FALLBACK_SECONDS,
      smsRatePerSecond: v.SMS_RATE_PER_SECOND,
      smsDailyBudgetPerUnit: v.SMS_DAILY_BUDGET_PER_UNIT,
    },
    temporal: { address: v.TEMPORAL_ADDRESS, namespace: v.TEMPORAL_NAMESPACE, taskQueue: v.TEMPORAL_TASK_QUEUE },
    observability: loadObservabilityConfig(env),
    security: loadSecurityConfig(env),
    channels: loadChannelsConfig(env),
    attachments: loadAttachmentsConfig(env, v.DONDOC_DATA_DIR),
  };
}

/** Nest log levels enabled at and above the configured one. */
export function enabledLogLevels(level: AppConfig['logLevel']): AppConfig['logLevel'][] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1) as AppConfig['logLevel'][];
}
