import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import jwt from 'jsonwebtoken';
import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../support/database';
import { Http } from '../support/http';
import { PASSWORD, seedTestProvince, type TestProvince } from '../support/province';
import { startSystem, type RunningSystem } from '../support/system';

/**
 * Sign-in that cannot be turned against its users (issue 19, deliverable 5): failed
 * passwords slow down that user name from that address only (429 with Retry-After, no
 * lockout anyone can trigger), an address that sprays user names waits, a refresh token
 * is good for one exchange and its reuse revokes the session, a token without expiry is
 * refused, the signing key is the installation's own, and an admin deactivates and
 * reactivates accounts with their sessions ending at once. docs/decisions/0050.
 */
describe('sign-in that cannot be turned against its users (real PostgreSQL)', () => {
  let system: RunningSystem;
  let db: DataSource;
  let p: TestProvince;
  let http: Http;

  // Addresses of this run (IPv6 documentation prefix), told to the API as a proxy would.
  const address = () => `2001:db8:${randomBytes(2).toString('hex')}::${randomBytes(2).toString('hex')}`;
  const attacker = address();
  const office = address();
  const sprayer = address();

  beforeAll(async () => {
    [system, db] = await Promise.all([
      startSystem(
        {
          TRUST_PROXY_HOPS: '1',
          // The installation's own key, whatever the environment running the tests says.
          JWT_SECRET: '',
          // Delays long enough that no test races them; the clock is moved on in the database.
          LOGIN_DELAY_BASE_SECONDS: '30',
          LOGIN_DELAY_MAX_SECONDS: '120',
        },
        { worker: false },
      ),
      connectTestDatabase(),
    ]);
    p = await seedTestProvince(db);
    http = new Http(system.baseUrl);
  });
  afterAll(async () => {
    await system?.stop();
    await db?.destroy();
  });

  const login = (username: string, password: string, from: string) =>
    http.request('POST', '/api/v1/auth/login', { body: { username, password }, headers: { 'x-forwarded-for': from } });
  const me = (token: string) => http.request('GET', '/api/v1/users/me', { token });
  const refresh = (refreshToken: string) => http.request('POST', '/api/v1/auth/refresh', { body: { refreshToken } });
  const retryAfter = (response: { headers: Headers }) => Number(response.headers.get('retry-after'));
  /** The pair's delay has passed: what waiting Retry-After seconds would do, without the wait. */
  const delayPasses = (username: string, from: string) =>
    db.query('UPDATE login_attempts SET blocked_until = now() WHERE username = $1 AND address = $2', [username, from]);
  const audit = (userId: string, action: string): Promise<{ actor: string; after: Record<string, unknown> }[]> =>
    db.query('SELECT actor, after FROM audit_events WHERE entity_id = $1 AND action = $2', [userId, action]);
  const userId = async (username: string): Promise<string> =>
    (await db.query('SELECT id FROM users WHERE username = $1', [username]))[0].id;

  describe('wrong passwords slow down one user name from one address, never the user', () => {
    const victim = () => p.user('bdv.tinh');

    it('answers the first three wrong passwords 401 at once', async () => {
      for (let i = 0; i < 3; i++) expect((await login(victim(), 'doan-mo-mat-khau', attacker)).status).toBe(401);
    });

    it('then makes that pair wait: 429 with Retry-After and the error body naming the user name', async () => {
      const waiting = await login(victim(), 'doan-mo-mat-khau', attacker);
      expect(waiting.status).toBe(429);
      expect(retryAfter(waiting)).toBeGreaterThan(20);
      expect(retryAfter(waiting)).toBeLessThanOrEqual(30);
      expect(waiting.body).toEqual({
        statusCode: 429,
        error: 'Too Many Requests',
        message: expect.stringMatching(/^Đăng nhập sai nhiều lần, thử lại sau \d+ giây$/),
        details: [{ field: 'username', message: expect.stringMatching(/^thử lại sau \d+ giây$/) }],
      });
    });

    it('refuses even the right password from that address while it waits (no guessing in between)', async () => {
      expect((await login(victim(), PASSWORD, attacker)).status).toBe(429);
    });

    it('lets the user sign in with the right password from another address at once', async () => {
      const signedIn = await login(victim(), PASSWORD, office);
      expect(signedIn.status).toBe(200);
      expect((await me(signedIn.body.accessToken)).status).toBe(200);
      // The attacker's pair still waits: the user's success is not theirs.
      expect((await login(victim(), 'doan-mo-mat-khau', attacker)).status).toBe(429);
    });

    it('doubles the delay with each further failure, up to the cap', async () => {
      const waits: number[] = [];
      for (let i = 0; i < 3; i++) {
        await delayPasses(victim(), attacker);
        expect((await login(victim(), 'doan-mo-mat-khau', attacker)).status).toBe(401);
        const waiting = await login(victim(), 'doan-mo-mat-khau', attacker);
        expect(waiting.status).toBe(429);
        waits.push(retryAfter(waiting));
      }
      // 30 s after the third failure; then 60, 120, and the cap (LOGIN_DELAY_MAX_SECONDS=120).
      expect(waits[0]).toBeGreaterThan(50);
      expect(waits[0]).toBeLessThanOrEqual(60);
      expect(waits[1]).toBeGreaterThan(110);
      expect(waits[1]).toBeLessThanOrEqual(120);
      expect(waits[2]).toBeGreaterThan(110);
      expect(waits[2]).toBeLessThanOrEqual(120);
    });

    it('after the delay, the right password signs in and the pair starts afresh', async () => {
      await delayPasses(victim(), attacker);
      expect((await login(victim(), PASSWORD, attacker)).status).toBe(200);
      const [pair] = await db.query('SELECT failures FROM login_attempts WHERE username = $1 AND address = $2', [
        victim(),
        attacker,
      ]);
      expect(pair).toBeUndefined();
      expect((await login(victim(), 'doan-mo-mat-khau', attacker)).status).toBe(401);
    });
  });

  describe('spraying: many user names from one address', () => {
    it('answers 40 user names from one address: the first 20 with 401, the rest 429 with Retry-After', async () => {
      const statuses: number[] = [];
      const waits: number[] = [];
      for (let i = 0; i < 40; i++) {
        const response = await login(`${p.prefix.toLowerCase()}.phun-${i}`, 'DonDoc@2026', sprayer);
        statuses.push(response.status);
        if (response.status === 429) {
          waits.push(retryAfter(response));
          expect(response.body.message).toMatch(/^Quá nhiều tên đăng nhập sai từ địa chỉ này/);
        }
      }
      expect(statuses).toEqual([...Array<number>(20).fill(401), ...Array<number>(20).fill(429)]);
      // Until the oldest of the last 20 leaves the 15-minute window.
      for (const wait of waits) {
        expect(wait).toBeGreaterThan(800);
        expect(wait).toBeLessThanOrEqual(900);
      }
    });

    it('does not slow the same users from other addresses', async () => {
      expect((await login(p.user('mttq.tinh'), PASSWORD, office)).status).toBe(200);
    });
  });

  describe('refresh tokens: one exchange each; a reused one revokes its session', () => {
    let first: { accessToken: string; refreshToken: string };
    let second: { accessToken: string; refreshToken: string };
    let other: { accessToken: string; refreshToken: string };

    it('exchanges a refresh token for a new pair', async () => {
      first = (await login(p.user('hnd.tinh'), PASSWORD, office)).body;
      other = (await login(p.user('hnd.tinh'), PASSWORD, office)).body;
      const renewed = await refresh(first.refreshToken);
      expect(renewed.status).toBe(200);
      second = renewed.body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      const [a, b] = [first, second].map((pair) => jwt.decode(pair.refreshToken) as jwt.JwtPayload);
      expect(b!.fam).toBe(a!.fam);
      expect(b!.jti).not.toBe(a!.jti);
      expect((await me(second.accessToken)).status).toBe(200);
    });

    it('refuses the spent refresh token (401) and revokes its whole session', async () => {
      const reused = await refresh(first.refreshToken);
      expect(reused.status).toBe(401);
      expect(reused.body.details[0].field).toBe('refreshToken');
      expect((await refresh(second.refreshToken)).status).toBe(401);
      for (const token of [first.accessToken, second.accessToken]) expect((await me(token)).status).toBe(401);
    });

    it('leaves the user’s other sessions alone', async () => {
      expect((await me(other.accessToken)).status).toBe(200);
      expect((await refresh(other.refreshToken)).status).toBe(200);
    });

    it('writes one audit row for the revocation', async () => {
      const rows = await audit(await userId(p.user('hnd.tinh')), 'user.session_revoked');
      expect(rows).toHaveLength(1);
      expect(rows[0]!.after).toMatchObject({
        sessionId: (jwt.decode(first.refreshToken) as jwt.JwtPayload).fam,
        reason: 'refresh_token_reused',
      });
    });
  });

  describe('tokens and the signing key', () => {
    it('refuses a well-signed token without an expiry', async () => {
      const { accessToken } = (await login(p.user('ca.tinh'), PASSWORD, office)).body;
      const { exp: _exp, iat: _iat, ...claims } = jwt.decode(accessToken) as jwt.JwtPayload;
      const key = system.config.auth.jwtSecret!;
      const forever = jwt.sign(claims, key, { algorithm: 'HS256', noTimestamp: true });
      expect((jwt.decode(forever) as jwt.JwtPayload).exp).toBeUndefined();
      const refused = await me(forever);
      expect(refused.status).toBe(401);
      expect(refused.body.details[0].field).toBe('Authorization');
      // The same claims with an expiry pass: it is the missing expiry that is refused.
      const expiring = jwt.sign(claims, key, { algorithm: 'HS256', expiresIn: 60 });
      expect((await me(expiring)).status).toBe(200);
    });

    it('signs with the installation’s own key, made under the data directory and readable by its owner only', () => {
      const file = system.config.auth.jwtSecretFile;
      expect(file).toBe(`${process.env.DONDOC_DATA_DIR}/jwt-secret`);
      expect(readFileSync(file, 'utf8').trim()).toBe(system.config.auth.jwtSecret);
      expect(system.config.auth.jwtSecret).toMatch(/^[0-9a-f]{64}$/);
      expect(statSync(file).mode & 0o777).toBe(0o600);
    });
  });

  describe('an admin deactivates and reactivates an account', () => {
    const user = () => p.user('qs.tinh');
    let admin: string;
    let id: string;
    let session: { accessToken: string; refreshToken: string };
    const act = (verb: 'deactivate' | 'reactivate', target: string, body: unknown = { reason: 'Chuyển công tác' }) =>
      http.request('POST', `/api/v1/users/${target}/${verb}`, { token: admin, body });

    beforeAll(async () => {
      admin = (await login(p.user('admin'), PASSWORD, office)).body.accessToken;
      id = await userId(user());
      session = (await login(user(), PASSWORD, office)).body;
    });

    it('deactivates with a reason: the answer shows active false', async () => {
      const { status, body } = await act('deactivate', id, { reason: 'Nghỉ hưu từ 01/12/2026' });
      expect(status).toBe(200);
      expect(body).toMatchObject({ id, username: user(), active: false });
    });

    it('ends the user’s sessions at once and refuses their sign-in', async () => {
      expect((await me(session.accessToken)).status).toBe(401);
      expect((await refresh(session.refreshToken)).status).toBe(401);
      const refused = await login(user(), PASSWORD, office);
      expect(refused.status).toBe(401);
      const listed = await http.request('GET', '/api/v1/users', { token: admin });
      expect(listed.body.find((u: { id: string }) => u.id === id).active).toBe(false);
    });

    it('answers 409 when already deactivated or for one’s own account, 404 for an unknown user, 400 without a reason, 403 to others', async () => {
      expect((await act('deactivate', id)).status).toBe(409);
      const self = await act('deactivate', await userId(p.user('admin')));
      expect(self.status).toBe(409);
      expect(self.body.message).toMatch(/^Không thể tự vô hiệu hóa tài khoản của mình$/);
      expect((await act('deactivate', randomUUID())).status).toBe(404);
      const noReason = await act('deactivate', id, {});
      expect(noReason.status).toBe(400);
      expect(noReason.body.details[0].field).toBe('reason');
      const officer = (await login(p.user('vp.tu'), PASSWORD, office)).body.accessToken;
      const forbidden = await http.request('POST', `/api/v1/users/${id}/reactivate`, {
        token: officer,
        body: { reason: 'x' },
      });
      expect(forbidden.status).toBe(403);
    });

    it('reactivates: the user signs in again, the tokens from before stay refused', async () => {
      const { status, body } = await act('reactivate', id, { reason: 'Trở lại công tác' });
      expect(status).toBe(200);
      expect(body.active).toBe(true);
      expect((await act('reactivate', id)).status).toBe(409);
      const again = await login(user(), PASSWORD, office);
      expect(again.status).toBe(200);
      expect((await me(again.body.accessToken)).status).toBe(200);
      expect((await me(session.accessToken)).status).toBe(401);
    });

    it('writes one audit row per change, by the admin, with the reason', async () => {
      const deactivated = await audit(id, 'user.deactivated');
      const reactivated = await audit(id, 'user.reactivated');
      expect(deactivated).toEqual([
        {
          actor: p.user('admin'),
          after: expect.objectContaining({ active: false, reason: 'Nghỉ hưu từ 01/12/2026' }),
        },
      ]);
      expect(reactivated).toEqual([
        { actor: p.user('admin'), after: expect.objectContaining({ active: true, reason: 'Trở lại công tác' }) },
      ]);
    });
  });
});
