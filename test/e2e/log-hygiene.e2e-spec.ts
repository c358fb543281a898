import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { todayInVietnam } from '../support/dates';
import { Http } from '../support/http';
import { captureLogs, type CapturedLogs } from '../support/log-capture';
import { PASSWORD, seed000Body, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * Logs hold no secrets (docs/operations.md, "Logs"): the unique-violation paths are
 * driven over HTTP with spy values in every field, while everything the API and the
 * worker log (at every level) is captured; no spy value, password hash, SQL parameter
 * or PostgreSQL detail may appear, and the failed statement is told by its constraint,
 * SQLSTATE and the request's id.
 */
describe('logs hold no secrets (real PostgreSQL and Temporal, every log level)', () => {
  let logs: CapturedLogs;
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;
  const tokens: Record<string, string> = {};
  const tag = randomUUID().slice(0, 8);
  const spy = {
    password: `Spy-Password-${tag}-long`,
    fullName: `Spyfullname Nguyễn ${tag}`,
    email: `spy.${tag}@spy-mail.example`,
    headName: `Spyhead Trần ${tag}`,
    headEmail: `spyhead.${tag}@spy-mail.example`,
    headPhone: `0909${tag.replace(/\D/g, '0').slice(0, 6).padEnd(6, '7')}`,
    title: `Spytitle kế hoạch ${tag}`,
  };
  const requestIds: string[] = [];

  async function call(method: string, path: string, as: string, body?: unknown, headers?: Record<string, string>) {
    const response = await http.request(method, path, { token: tokens[as], body, headers });
    requestIds.push(response.headers.get('x-request-id') ?? '');
    return response;
  }

  beforeAll(async () => {
    logs = captureLogs();
    [system, db] = await Promise.all([startSystem({ LOG_LEVEL: 'verbose' }), connectTestDatabase()]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
    for (const name of ['admin', 'thuongtruc.tu']) tokens[name] = await http.login(p.user(name), PASSWORD);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
    logs?.stop();
  });

  it('answers each request with its id', async () => {
    const response = await http.request('GET', '/api/v1/units?limit=1', { token: tokens.admin });
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const own = await http.request('GET', '/api/v1/units?limit=1', {
      token: tokens.admin,
      headers: { 'x-request-id': `trace-${tag}` },
    });
    expect(own.headers.get('x-request-id')).toBe(`trace-${tag}`);
  });

  it('a user name that exists: 409', async () => {
    const user = {
      username: `${p.prefix.toLowerCase()}.spy`,
      password: spy.password,
      fullName: spy.fullName,
      email: spy.email,
      role: 'officer',
      unitId: p.unit('VP-TU'),
    };
    expect((await call('POST', '/api/v1/users', 'admin', user)).status).toBe(201);
    const again = await call('POST', '/api/v1/users', 'admin', user);
    expect(again.status).toBe(409);
  });

  it('a document number that exists: 409, one after the other and racing', async () => {
    const body = { ...seed000Body(p, todayInVietnam(), `${Math.floor(Math.random() * 90_000) + 10_000}-KH/TU`) };
    body.title = spy.title;
    body.summary = `${spy.title} — tóm tắt`;
    expect((await call('POST', '/api/v1/directives', 'thuongtruc.tu', body)).status).toBe(201);
    expect((await call('POST', '/api/v1/directives', 'thuongtruc.tu', body)).status).toBe(409);
    const raced = { ...body, documentNumber: `${Math.floor(Math.random() * 90_000) + 10_000}-KH/TU` };
    const statuses = await Promise.all(
      [1, 2, 3, 4].map(() => call('POST', '/api/v1/directives', 'thuongtruc.tu', raced).then((r) => r.status)),
    );
    expect(statuses.sort()).toEqual([201, 409, 409, 409]);
  });

  it('a unit code that exists, and a unit re-coded onto another’s code: 409', async () => {
    const heads = {
      headName: spy.headName,
      headTitle: `Spyheadtitle ${tag}`,
      headEmail: spy.headEmail,
      headPhone: spy.headPhone,
    };
    const created = await call('POST', '/api/v1/units', 'admin', {
      code: `${p.prefix}-VP-TU`,
      name: `Spyunit ${tag}`,
      kind: 'other',
      parentId: p.unit('TU-GL'),
      ...heads,
    });
    expect(created.status).toBe(409);
    const patched = await call('PATCH', `/api/v1/units/${p.unit('HNB-GL')}`, 'admin', {
      code: `${p.prefix}-SYT-GL`,
      ...heads,
    });
    expect(patched.status).toBe(409);
  });

  it('logged the failures by constraint, SQLSTATE and request id', () => {
    const text = logs.text();
    expect(text).toMatch(/database error 23505 unique_violation, constraint ux_users_username/);
    expect(text).toMatch(/constraint ux_units_code/);
    // The line names the request that failed (its X-Request-Id), so the two can be joined.
    const failed = text.split('\n').filter((line) => line.includes('database error 23505'));
    expect(failed.some((line) => requestIds.some((id) => id && line.includes(id)))).toBe(true);
  });

  it('logged no secret, no personal data, no SQL parameter at any level', () => {
    const text = logs.text();
    expect(text.length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(spy))
      expect({ name, found: text.includes(value) }).toEqual({ name, found: false });
    expect(text).not.toMatch(/\$2[aby]\$\d\d\$/); // a bcrypt hash
    expect(text).not.toMatch(/PARAMETERS:|Key \(/); // TypeORM's parameters, PostgreSQL's detail
  });
});
