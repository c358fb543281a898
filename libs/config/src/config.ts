/**
 * Environment schema for every process of Đôn Đốc. Each app calls loadConfig()
 * at boot; a bad value stops it with a message naming the variable.
 */
import { loadObservabilityConfig, type ObservabilityConfig } from './observability.config';
import { loadSecurityConfig, type SecurityConfig } from './security.config';

export interface DatabaseConfig {
  url: string;
  /** Connection pool size per process. */
  poolSize: number;
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
  jwtSecret: string;
  /** Failed logins allowed per username and address within the window. */
  loginMaxAttempts: number;
  loginWindowSeconds: number;
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
  /** Local time of the daily digest, in minutes after midnight. */
  digestAtMinutes: number;
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
}

export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`Cấu hình không hợp lệ / invalid configuration: ${variable}: ${message}`);
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
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  TEMPORAL_NAMESPACE: 'default',
  TEMPORAL_TASK_QUEUE: 'dondoc',
  JWT_SECRET: '',
  LOGIN_MAX_ATTEMPTS: '5',
  LOGIN_WINDOW_SECONDS: '900',
  REMINDER_WORKING_DAYS_BEFORE: '5,2,1',
  REMINDER_ON_DEADLINE_DAY_AT: '08:00',
  ESCALATION_STEP_WORKING_DAYS: '1',
  ESCALATION_REPEAT_WORKING_DAYS: '3',
  REVIEW_WORKING_DAYS: '5',
  REVISION_WORKING_DAYS: '3',
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
  DIGEST_AT: '07:30',
} as const;

/** Used only outside production when JWT_SECRET is unset; production refuses to start without one. */
const DEVELOPMENT_JWT_SECRET = 'dondoc-development-secret-not-for-production';

function read(env: Env, name: keyof typeof DEFAULTS): string {
  const value = env[name];
  return value === undefined || value.trim() === '' ? DEFAULTS[name] : value.trim();
}

function int(env: Env, name: keyof typeof DEFAULTS, min: number, max: number): number {
  const raw = read(env, name);
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `expected an integer, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `expected ${min}..${max}, got ${value}`);
  return value;
}

function databaseUrl(env: Env): string {
  const raw = read(env, 'DATABASE_URL');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'expected a URL such as postgres://user:pass@host:5432/db');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `expected the postgres:// scheme, got "${url.protocol}"`);
  }
  if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL', 'names no database');
  return raw;
}

function temporalAddress(env: Env): string {
  const raw = read(env, 'TEMPORAL_ADDRESS');
  if (!/^[\w.\-[\]:]+:\d{1,5}$/.test(raw)) {
    throw new ConfigError('TEMPORAL_ADDRESS', `expected host:port, got "${raw}"`);
  }
  return raw;
}

function timezone(env: Env): string {
  const raw = read(env, 'APP_TIMEZONE');
  try {
    new Intl.DateTimeFormat('en', { timeZone: raw });
  } catch {
    throw new ConfigError('APP_TIMEZONE', `unknown IANA time zone "${raw}"`);
  }
  return raw;
}

function policyDefaults(env: Env): PolicyDefaults {
  const offsets = read(env, 'REMINDER_WORKING_DAYS_BEFORE');
  if (!/^(\d{1,2}(,\d{1,2})*)?$/.test(offsets.replace(/\s/g, ''))) {
    throw new ConfigError(
      'REMINDER_WORKING_DAYS_BEFORE',
      'expected working days as a comma-separated list, e.g. 5,2,1',
    );
  }
  const at = read(env, 'REMINDER_ON_DEADLINE_DAY_AT');
  if (at !== 'none' && !/^([01]\d|2[0-3]):[0-5]\d$/.test(at)) {
    throw new ConfigError('REMINDER_ON_DEADLINE_DAY_AT', 'expected HH:mm or "none"');
  }
  return {
    reminderWorkingDaysBefore: offsets
      .replace(/\s/g, '')
      .split(',')
      .filter(Boolean)
      .map(Number)
      .sort((a, b) => b - a),
    reminderOnDeadlineDayAt: at === 'none' ? null : at,
    escalationStepWorkingDays: int(env, 'ESCALATION_STEP_WORKING_DAYS', 0, 60),
    escalationRepeatWorkingDays: int(env, 'ESCALATION_REPEAT_WORKING_DAYS', 1, 60),
    reviewWorkingDays: int(env, 'REVIEW_WORKING_DAYS', 1, 60),
    revisionWorkingDays: int(env, 'REVISION_WORKING_DAYS', 1, 60),
  };
}

function authConfig(env: Env): AuthConfig {
  let jwtSecret = read(env, 'JWT_SECRET');
  if (!jwtSecret) {
    if (env.NODE_ENV === 'production') throw new ConfigError('JWT_SECRET', 'required in production');
    jwtSecret = DEVELOPMENT_JWT_SECRET;
  } else if (jwtSecret.length < 32) {
    throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
  }
  return {
    jwtSecret,
    loginMaxAttempts: int(env, 'LOGIN_MAX_ATTEMPTS', 1, 1000),
    loginWindowSeconds: int(env, 'LOGIN_WINDOW_SECONDS', 1, 86_400),
  };
}

function deliveryConfig(env: Env): DeliveryConfig {
  const secure = read(env, 'SMTP_SECURE');
  if (secure !== 'true' && secure !== 'false') throw new ConfigError('SMTP_SECURE', 'expected true or false');
  const publicUrl = read(env, 'PUBLIC_URL').replace(/\/+$/, '');
  try {
    const url = new URL(publicUrl);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
  } catch {
    throw new ConfigError('PUBLIC_URL', `expected an http(s) URL, got "${publicUrl}"`);
  }
  const digestAt = read(env, 'DIGEST_AT');
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(digestAt);
  if (!match) throw new ConfigError('DIGEST_AT', `expected HH:mm, got "${digestAt}"`);
  const from = read(env, 'MAIL_FROM');
  if (!/@/.test(from)) throw new ConfigError('MAIL_FROM', `expected an address such as "Đôn Đốc <dondoc@example.vn>"`);
  return {
    smtp: {
      host: read(env, 'SMTP_HOST'),
      port: int(env, 'SMTP_PORT', 1, 65535),
      secure: secure === 'true',
      user: read(env, 'SMTP_USER') || null,
      password: read(env, 'SMTP_PASSWORD') || null,
    },
    from,
    publicUrl,
    maxAttempts: int(env, 'DELIVERY_MAX_ATTEMPTS', 1, 100),
    retryInitialMs: int(env, 'DELIVERY_RETRY_INITIAL_MS', 1, 86_400_000),
    retryMaxMs: int(env, 'DELIVERY_RETRY_MAX_MS', 1, 7 * 86_400_000),
    webhookTimeoutMs: int(env, 'WEBHOOK_TIMEOUT_MS', 100, 600_000),
    digestAtMinutes: Number(match[1]) * 60 + Number(match[2]),
  };
}

export function loadConfig(env: Env = process.env): AppConfig {
  const logLevel = read(env, 'LOG_LEVEL');
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `expected one of ${LOG_LEVELS.join(', ')}`);
  }
  return {
    nodeEnv: env.NODE_ENV ?? 'development',
    port: int(env, 'PORT', 1, 65535),
    host: read(env, 'HOST'),
    timezone: timezone(env),
    logLevel: logLevel as AppConfig['logLevel'],
    database: { url: databaseUrl(env), poolSize: int(env, 'DATABASE_POOL_SIZE', 1, 200) },
    auth: authConfig(env),
    policies: policyDefaults(env),
    delivery: deliveryConfig(env),
    observability: loadObservabilityConfig(env),
    security: loadSecurityConfig(env),
    temporal: {
      address: temporalAddress(env),
      namespace: read(env, 'TEMPORAL_NAMESPACE'),
      taskQueue: read(env, 'TEMPORAL_TASK_QUEUE'),
    },
  };
}

/** Nest log levels enabled at and above the configured one. */
export function enabledLogLevels(level: AppConfig['logLevel']): AppConfig['logLevel'][] {
  return LOG_LEVELS.slice(0, LOG_LEVELS.indexOf(level) + 1) as AppConfig['logLevel'][];
}
