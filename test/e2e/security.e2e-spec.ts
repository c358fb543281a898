import jwt from 'jsonwebtoken';
import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/** Headers, CORS, rate limits, tokens and the password policy, over HTTP (no worker needed). */
describe('API security (real PostgreSQL)', () => {
  const allowed = 'https://dondoc.example.vn';
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;

  beforeAll(async () => {
    [system, db] = await Promise.all([
      startSystem({ CORS_ORIGINS: `${allowed}, http://localhost:5173` }, { worker: false }),
      connectTestDatabase(),
    ]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const login = async (username: string, password = PASSWORD) =>
    http.request('POST', '/api/v1/auth/login', { body: { username, password } });

  describe('headers', () => {
    it('sends a CSP that allows only the app’s own scripts and styles, and the other helmet headers', async () => {
      const { headers } = await http.request('GET', '/health/live');
      const csp = headers.get('content-security-policy')!;
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      // The app's own styles, and the print view's one stylesheet by its hash (exports/print-view.writer.ts): no inline style else.
      expect(csp).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/]+=*' 'sha256-[A-Za-z0-9+/]+=*'(;|$)/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(headers.get('x-content-type-options')).toBe('nosniff');
      expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(headers.get('referrer-policy')).toBe('no-referrer');
      expect(headers.get('strict-transport-security')).toContain('max-age=');
      expect(headers.get('x-powered-by')).toBeNull();
    });

    it('lets only the OpenAPI page keep inline styles', async () => {
      const { status, headers } = await http.request('GET', '/docs');
      expect(status).toBe(200);
      expect(headers.get('content-security-policy')).toContain("style-src 'self' 'unsafe-inline'");
      expect(headers.get('content-security-policy')).toContain("script-src 'self'");
    });
  });

  describe('CORS', () => {
    const preflight = (origin: string) =>
      http.request('OPTIONS', '/api/v1/directives', {
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization' },
      });

    it('answers a listed origin', async () => {
      const { headers } = await preflight(allowed);
      expect(headers.get('access-control-allow-origin')).toBe(allowed);
      expect(headers.get('access-control-allow-headers')).toContain('Authorization');
    });

    it('gives any other origin no CORS header, so its browser refuses the response', async () => {
      const { headers } = await preflight('https://evil.example.com');
      expect(headers.get('access-control-allow-origin')).toBeNull();
      const get = await http.request('GET', '/health/live', { headers: { origin: 'https://evil.example.com' } });
      expect(get.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('tokens', () => {
    it('issues HS256 access tokens of 15 minutes with issuer and audience, and a refresh token', async () => {
      const { status, body } = await login(p.user('vp.tu'));
      expect(status).toBe(200);
      const access = jwt.decode(body.accessToken, { complete: true })!;
      expect(access.header.alg).toBe('HS256');
      expect(access.payload).toMatchObject({ iss: 'dondoc', aud: 'dondoc-api', typ: 'access' });
      const claims = access.payload as jwt.JwtPayload;
      expect(claims.exp! - claims.iat!).toBe(900);
      expect(body.expiresIn).toBe(900);
      expect((jwt.decode(body.refreshToken) as jwt.JwtPayload).typ).toBe('refresh');
    });

    it('refuses an unsigned token, another audience or issuer, and a refresh token used as a bearer', async () => {
      const { body } = await login(p.user('vp.tu'));
      const claims = jwt.decode(body.accessToken) as jwt.JwtPayload;
      const unsigned = jwt.sign({ ...claims }, '', { algorithm: 'none' });
      const secret = system.config.auth.jwtSecret!;
      const otherAudience = jwt.sign({ ...claims, aud: 'another-app' }, secret, { algorithm: 'HS256' });
      const otherIssuer = jwt.sign({ ...claims, iss: 'another-issuer' }, secret, { algorithm: 'HS256' });
      for (const token of [unsigned, otherAudience, otherIssuer, body.refreshToken]) {
        expect((await http.request('GET', '/api/v1/users/me', { token })).status).toBe(401);
      }
      expect((await http.request('GET', '/api/v1/users/me', { token: body.accessToken })).status).toBe(200);
    });

    it('renews with the refresh token, and not with an access token', async () => {
      const { body } = await login(p.user('vp.tu'));
      const renewed = await http.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: body.refreshToken } });
      expect(renewed.status).toBe(200);
      expect((await http.request('GET', '/api/v1/users/me', { token: renewed.body.accessToken })).status).toBe(200);
      const wrong = await http.request('POST', '/api/v1/auth/refresh', { body: { refreshToken: body.accessToken } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.details[0].field).toBe('refreshToken');
    });

    it('revokes every token of the user at logout', async () => {
      const first = (await login(p.user('hnd.tinh'))).body;
      const second = (await login(p.user('hnd.tinh'))).body;
      expect((await http.request('POST', '/api/v1/auth/logout', { token: first.accessToken })).status).toBe(204);
      for (const token of [first.accessToken, second.accessToken]) {
        expect((await http.request('GET', '/api/v1/users/me', { token })).status).toBe(401);
      }
      const refresh = await http.request('POST', '/api/v1/auth/refresh', {
        body: { refreshToken: second.refreshToken },
      });
      expect(refresh.status).toBe(401);
      const again = (await login(p.user('hnd.tinh'))).body;
      expect((await http.request('GET', '/api/v1/users/me', { token: again.accessToken })).status).toBe(200);
    });

    it('changes a password under the policy and revokes the tokens issued before', async () => {
      const user = p.user('ca.tinh');
      const { accessToken } = (await login(user)).body;
      const change = (currentPassword: string, newPassword: string) =>
        http.request('POST', '/api/v1/me/password', { token: accessToken, body: { currentPassword, newPassword } });

      const wrong = await change('not-the-password', 'Một-mật-khẩu-mới-2026');
      expect(wrong.status).toBe(400);
      expect(wrong.body.details[0].field).toBe('currentPassword');
      for (const weak of ['ngan-qua', user, 'Password123', 'matkhau@123']) {
        const refused = await change(PASSWORD, weak);
        expect(refused.status).toBe(400);
        expect(refused.body.details[0].field).toBe('newPassword');
        expect(refused.body.details[0].message).toMatch(/^mật khẩu|^Mật khẩu/);
      }
      expect((await change(PASSWORD, 'Một-mật-khẩu-mới-2026')).status).toBe(204);
      expect((await http.request('GET', '/api/v1/users/me', { token: accessToken })).status).toBe(401);
      expect((await login(user)).status).toBe(401);
      expect((await login(user, 'Một-mật-khẩu-mới-2026')).status).toBe(200);
    });
  });

  it('lets a read-only auditor sign out and change its own password', async () => {
    const admin = (await login(p.user('admin'))).body.accessToken;
    const username = `${p.prefix.toLowerCase()}.kiemtra`;
    const created = await http.request('POST', '/api/v1/users', {
      token: admin,
      body: { username, password: PASSWORD, fullName: 'Kiểm Tra Viên', role: 'auditor', unitId: p.unit('TU-GL') },
    });
    expect(created.status).toBe(201);
    const first = (await login(username)).body.accessToken;
    expect((await http.request('POST', '/api/v1/units', { token: first, body: {} })).status).toBe(403);
    const changed = await http.request('POST', '/api/v1/me/password', {
      token: first,
      body: { currentPassword: PASSWORD, newPassword: 'Kiểm-tra-viên-2026' },
    });
    expect(changed.status).toBe(204);
    const second = (await login(username, 'Kiểm-tra-viên-2026')).body.accessToken;
    expect((await http.request('POST', '/api/v1/auth/logout', { token: second })).status).toBe(204);
    expect((await http.request('GET', '/api/v1/users/me', { token: second })).status).toBe(401);
  });

  describe('password policy for new users', () => {
    it('refuses short, username-equal and common passwords naming the field; accepts the demo password', async () => {
      const admin = (await login(p.user('admin'))).body.accessToken;
      const create = (username: string, password: string) =>
        http.request('POST', '/api/v1/users', {
          token: admin,
          body: { username, password, fullName: 'Người Kiểm Thử', role: 'officer', unitId: p.unit('VP-TU') },
        });
      const name = `${p.prefix.toLowerCase()}.policy`;
      for (const [password, message] of [
        ['Ngan-2026', /10/],
        [name, /trùng tên đăng nhập/],
        ['qwertyuiop', /phổ biến/],
      ] as const) {
        const { status, body } = await create(name, password);
        expect(status).toBe(400);
        expect(body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'password' })]));
        expect(JSON.stringify(body.details)).toMatch(message);
      }
      expect((await create(name, 'DonDoc@2026')).status).toBe(201);
    });
  });
});

describe('API rate limits (real PostgreSQL)', () => {
  let db: DataSource;
  let p: TestProvince;
  beforeAll(async () => {
    db = await connectTestDatabase();
    p = await seedTestProvince(db);
  });
  afterAll(async () => {
    await db?.destroy();
  });

  it('limits each signed-in user on their own, whatever the address', async () => {
    const system = await startSystem({ RATE_LIMIT_PER_USER: '3', RATE_LIMIT_PER_ADDRESS: '1000' }, { worker: false });
    try {
      const http = new Http(system.baseUrl);
      const a = await http.login(p.user('vp.tu'), PASSWORD);
      const b = await http.login(p.user('bdv.tinh'), PASSWORD);
      const me = (token: string) => http.request('GET', '/api/v1/users/me', { token });
      for (let i = 0; i < 3; i++) expect((await me(a)).status).toBe(200);
      const limited = await me(a);
      expect(limited.status).toBe(429);
      expect(limited.body.message).toMatch(/Quá nhiều yêu cầu/);
      expect(Number(limited.headers.get('retry-after-user'))).toBeGreaterThan(0);
      expect((await me(b)).status).toBe(200);
      // Probes are never limited.
      expect((await http.request('GET', '/health/live')).status).toBe(200);
    } finally {
      await system.stop();
    }
  });

  it('limits each address, signed in or not, and leaves health and metrics alone', async () => {
    const system = await startSystem({ RATE_LIMIT_PER_ADDRESS: '5', RATE_LIMIT_PER_USER: '0' }, { worker: false });
    try {
      const http = new Http(system.baseUrl);
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await http.request('GET', '/api/v1/units')).status);
      expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
      expect(
        (await http.request('POST', '/api/v1/auth/login', { body: { username: 'x', password: 'y' } })).status,
      ).toBe(429);
      expect((await http.request('GET', '/health/live')).status).toBe(200);
      expect((await http.request('GET', '/metrics')).status).toBe(200);
    } finally {
      await system.stop();
    }
  });
});
