import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(config.temporal).toEqual({ address: '127.0.0.1:7233', namespace: 'default', taskQueue: 'dondoc' });
    expect(config.database.url).toBe('postgres://postgres:postgres@127.0.0.1:5433/dondoc');
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['DATABASE_URL', 'not a url'],
    ['DATABASE_URL', 'postgres://u@h:5432'],
    ['TEMPORAL_ADDRESS', 'localhost'],
    ['APP_TIMEZONE', 'Mars/Olympus'],
    ['LOG_LEVEL', 'loud'],
    ['DATABASE_POOL_SIZE', '0'],
    ['DATABASE_POOL_MIN', '-1'],
    ['DATABASE_POOL_IDLE_SECONDS', '0'],
    ['JWT_SECRET', 'short'],
    ['LOGIN_FREE_ATTEMPTS', '0'],
    ['LOGIN_DELAY_MAX_SECONDS', '0'],
    ['LOGIN_WINDOW_SECONDS', '0'],
    ['LOGIN_MAX_USERNAMES_PER_ADDRESS', '-1'],
    ['REMINDER_WORKING_DAYS_BEFORE', '5;2'],
    ['REMINDER_ON_DEADLINE_DAY_AT', '8h'],
    ['ESCALATION_REPEAT_WORKING_DAYS', '0'],
    ['SMTP_PORT', '0'],
    ['SMTP_SECURE', 'yes'],
    ['MAIL_FROM', 'Đôn Đốc'],
    ['PUBLIC_URL', 'ftp://dondoc'],
    ['DELIVERY_MAX_ATTEMPTS', '0'],
    ['DIGEST_AT', '7h30'],
    ['WEBHOOK_TIMEOUT_MS', '5'],
    ['SMTP_MAX_CONNECTIONS', '0'],
    ['WEBHOOK_RATE_PER_SECOND', 'fast'],
    ['ESCALATION_UNREAD_FALLBACK_SECONDS', '0'],
    ['SMS_RATE_PER_SECOND', 'slow'],
    ['SMS_DAILY_BUDGET_PER_UNIT', '-1'],
    ['DELIVERY_BATCH_NOTICES', '0'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    const run = () => loadConfig({ [name]: value });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(name);
  });

  it('keeps 4 of the 10 connections open by default, and refuses more kept than the pool holds', () => {
    expect(loadConfig({}).database).toMatchObject({ poolSize: 10, poolMin: 4, poolIdleSeconds: 300 });
    expect(() => loadConfig({ DATABASE_POOL_SIZE: '3' })).toThrow('DATABASE_POOL_MIN');
    expect(loadConfig({ DATABASE_POOL_SIZE: '3', DATABASE_POOL_MIN: '3' }).database.poolMin).toBe(3);
  });

  it('refuses to run production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('JWT_SECRET');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).auth.jwtSecret).toBe('x'.repeat(32));
  });

  it('has no signing key of its own without JWT_SECRET: the installation makes one (signing-secret.spec.ts)', () => {
    const { auth } = loadConfig({ DONDOC_DATA_DIR: '/var/lib/dondoc' });
    expect(auth.jwtSecret).toBeNull();
    expect(auth.jwtSecretFile).toBe('/var/lib/dondoc/jwt-secret');
  });

  it('keeps attachments under the data directory by default: 50 MB a file, 20 files an object', () => {
    expect(loadConfig({ DONDOC_DATA_DIR: '/var/lib/dondoc' }).attachments).toEqual({
      store: 'embedded',
      dir: '/var/lib/dondoc/attachments',
      s3: null,
      maxFileBytes: 50 * 1024 * 1024,
      maxPerObject: 20,
      uploadTtlHours: 24,
    });
    expect(loadConfig({ ATTACHMENTS_DIR: '/srv/files', ATTACHMENTS_PER_OBJECT: '5' }).attachments).toMatchObject({
      dir: '/srv/files',
      maxPerObject: 5,
    });
    for (const [name, value] of [
      ['ATTACHMENT_MAX_BYTES', '50MB'],
      ['ATTACHMENTS_PER_OBJECT', '0'],
      ['ATTACHMENTS_STORE', 'ftp'],
    ])
      expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('reads the S3-compatible store: bucket required, keys in pairs, path-style by default with an endpoint', () => {
    const s3 = {
      ATTACHMENTS_STORE: 's3',
      ATTACHMENTS_S3_ENDPOINT: 'http://127.0.0.1:8333/',
      ATTACHMENTS_S3_BUCKET: 'dondoc-files',
      ATTACHMENTS_S3_ACCESS_KEY: 'key',
      ATTACHMENTS_S3_SECRET_KEY: 'secret',
    };
    expect(loadConfig(s3).attachments).toMatchObject({
      store: 's3',
      s3: {
        endpoint: 'http://127.0.0.1:8333',
        bucket: 'dondoc-files',
        region: 'us-east-1',
        accessKey: 'key',
        secretKey: 'secret',
        forcePathStyle: true,
        partBytes: 5 * 1024 * 1024,
      },
    });
    expect(loadConfig({ ATTACHMENTS_STORE: 's3', ATTACHMENTS_S3_BUCKET: 'files' }).attachments.s3).toMatchObject({
      endpoint: null,
      accessKey: null,
      forcePathStyle: false,
    });
    expect(loadConfig({ ...s3, ATTACHMENTS_S3_BUCKET: 'x', ATTACHMENTS_STORE: 'embedded' }).attachments.s3).toBeNull();
    for (const [name, value, named = name] of [
      ['ATTACHMENTS_S3_BUCKET', ''],
      ['ATTACHMENTS_S3_BUCKET', 'Dondoc_Files'],
      ['ATTACHMENTS_S3_ENDPOINT', 'ftp://files'],
      ['ATTACHMENTS_S3_SECRET_KEY', '', 'ATTACHMENTS_S3_SECRET_KEY'],
      ['ATTACHMENTS_S3_ACCESS_KEY', '', 'ATTACHMENTS_S3_ACCESS_KEY'],
      ['ATTACHMENTS_S3_FORCE_PATH_STYLE', 'yes'],
      ['ATTACHMENTS_S3_PART_BYTES', '1024'],
      ['ATTACHMENTS_S3_REGION', 'Mars 1'],
    ])
      expect(() => loadConfig({ ...s3, [name]: value })).toThrow(named);
  });

  it('reads the sign-in throttle: 3 free failures, 1 s doubling to 300 s, 20 user names per address in 15 min', () => {
    expect(loadConfig({}).auth.loginThrottle).toEqual({
      freeAttempts: 3,
      baseDelaySeconds: 1,
      maxDelaySeconds: 300,
      windowSeconds: 900,
      maxUsernamesPerAddress: 20,
    });
    expect(loadConfig({ LOGIN_MAX_USERNAMES_PER_ADDRESS: '0' }).auth.loginThrottle.maxUsernamesPerAddress).toBe(0);
    expect(() => loadConfig({ LOGIN_DELAY_BASE_SECONDS: '60', LOGIN_DELAY_MAX_SECONDS: '30' })).toThrow(
      'LOGIN_DELAY_MAX_SECONDS',
    );
  });

  it('reads the default policies', () => {
    expect(loadConfig({}).policies).toEqual({
      reminderWorkingDaysBefore: [5, 2, 1],
      reminderOnDeadlineDayAt: '08:00',
      escalationStepWorkingDays: 1,
      escalationRepeatWorkingDays: 3,
      reviewWorkingDays: 5,
      revisionWorkingDays: 3,
      urgeMinIntervalMinutes: 240,
    });
    expect(
      loadConfig({ REMINDER_WORKING_DAYS_BEFORE: '1, 3', REMINDER_ON_DEADLINE_DAY_AT: 'none' }).policies,
    ).toMatchObject({
      reminderWorkingDaysBefore: [3, 1],
      reminderOnDeadlineDayAt: null,
    });
  });

  it('reads the delivery settings: SMTP, sender, links, retries, digest time', () => {
    expect(loadConfig({}).delivery).toEqual({
      smtp: { host: '127.0.0.1', port: 1025, secure: false, user: null, password: null },
      from: 'Đôn Đốc <dondoc@localhost>',
      publicUrl: 'http://localhost:3000',
      maxAttempts: 6,
      retryInitialMs: 10_000,
      retryMaxMs: 3_600_000,
      webhookTimeoutMs: 10_000,
      smtpMaxConnections: 4,
      webhookRatePerSecond: 20,
      batchNotices: 2500,
      digestAtMinutes: 450,
      escalationUnreadFallbackSeconds: 3600,
      smsRatePerSecond: 10,
      smsDailyBudgetPerUnit: 0,
    });
    expect(
      loadConfig({
        SMTP_SECURE: 'true',
        SMTP_USER: 'dondoc',
        PUBLIC_URL: 'https://dondoc.gialai.vn/',
        DIGEST_AT: '06:45',
      }).delivery,
    ).toMatchObject({
      smtp: { secure: true, user: 'dondoc' },
      publicUrl: 'https://dondoc.gialai.vn',
      digestAtMinutes: 405,
    });
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ' }).port).toBe(3000);
  });
});
