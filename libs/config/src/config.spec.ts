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
    ['JWT_SECRET', 'short'],
    ['LOGIN_MAX_ATTEMPTS', '0'],
  ])('refuses %s=%s naming the variable', (name, value) => {
    const run = () => loadConfig({ [name]: value });
    expect(run).toThrow(ConfigError);
    expect(run).toThrow(name);
  });

  it('refuses to run production without a JWT secret', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow('JWT_SECRET');
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) }).auth.jwtSecret).toBe('x'.repeat(32));
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: '  ' }).port).toBe(3000);
  });
});
