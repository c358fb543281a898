import { ConfigError, loadConfig } from './config';

describe('observability and security settings', () => {
  it('defaults: no traces exported, pretty logs outside production, JSON in it, limits on, 15-minute tokens', () => {
    const config = loadConfig({});
    expect(config.observability).toEqual({
      otlpEndpoint: null,
      serviceName: null,
      logFormat: 'pretty',
      workerMetricsPort: 9464,
      workerMetricsHost: '0.0.0.0',
      temporalMetricsPort: 9465,
    });
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).observability.logFormat).toBe('json');
    expect(config.security).toMatchObject({
      corsOrigins: [],
      rateLimitWindowSeconds: 60,
      jwtIssuer: 'dondoc',
      jwtAudience: 'dondoc-api',
      accessTokenTtlSeconds: 900,
      refreshTokenTtlSeconds: 28_800,
      idempotencyKeyTtlSeconds: 86_400,
    });
    expect(loadConfig({ IDEMPOTENCY_KEY_TTL_SECONDS: '3600' }).security.idempotencyKeyTtlSeconds).toBe(3600);
    expect(config.security.rateLimitPerAddress).toBeGreaterThan(1000);
    expect(config.security.rateLimitPerUser).toBeGreaterThan(1000);
  });

  it('reads an OTLP endpoint and a CORS allow-list', () => {
    const config = loadConfig({
      OTEL_EXPORTER_OTLP_ENDPOINT: 'http://otel-collector:4318/',
      CORS_ORIGINS: 'https://dondoc.example.vn, http://localhost:5173',
      LOG_FORMAT: 'json',
    });
    expect(config.observability.otlpEndpoint).toBe('http://otel-collector:4318');
    expect(config.observability.logFormat).toBe('json');
    expect(config.security.corsOrigins).toEqual(['https://dondoc.example.vn', 'http://localhost:5173']);
  });

  it.each([
    ['OTEL_EXPORTER_OTLP_ENDPOINT', 'otel-collector:4318'],
    ['LOG_FORMAT', 'xml'],
    ['WORKER_METRICS_PORT', '70000'],
    ['TEMPORAL_METRICS_PORT', 'abc'],
    ['CORS_ORIGINS', 'https://dondoc.example.vn/app'],
    ['CORS_ORIGINS', '*'],
    ['RATE_LIMIT_PER_USER', '-1'],
    ['RATE_LIMIT_WINDOW_SECONDS', '0'],
    ['JWT_ACCESS_TTL_SECONDS', '10'],
    ['JWT_REFRESH_TTL_SECONDS', '120'],
    ['TRUST_PROXY_HOPS', '99'],
    ['IDEMPOTENCY_KEY_TTL_SECONDS', '0'],
    ['IDEMPOTENCY_KEY_TTL_SECONDS', 'a day'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    const run = () => loadConfig({ [name]: value });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(name);
  });
});
