import type { DataSource } from 'typeorm';
import { Secret } from '@dondoc/config';
import { ZaloOa, type ZaloSettings } from '@dondoc/channels';
import { ZaloTokensRepository } from '@dondoc/persistence';
import { startZaloFake, ZALO_PATHS, type ZaloFake } from '../../../../test/fakes';
import { connectTestDatabase } from '../../../../test/support/database';

/**
 * Zalo's single-use refresh token in PostgreSQL (decision 81): two workers (two connections,
 * two adapters) needing a token at once refresh once between them, and a worker that starts
 * later (a restart) uses the stored pair instead of the configured refresh token, which is
 * spent. Real PostgreSQL, the app's role, the Zalo fake.
 */
describe('the Zalo token pair shared by every worker (real PostgreSQL, Zalo fake)', () => {
  const app = { appId: String(5_000_000_000 + Math.floor(Math.random() * 1e9)), secretKey: 's', refreshToken: 'r-0' };
  let fake: ZaloFake;
  let dbs: DataSource[] = [];
  const settings = (): ZaloSettings => ({
    appId: app.appId,
    secretKey: new Secret(app.secretKey),
    refreshToken: new Secret(app.refreshToken),
    urls: {
      oauth: `${fake.url}${ZALO_PATHS.oauth}`,
      zns: `${fake.url}${ZALO_PATHS.zns}`,
      oa: `${fake.url}${ZALO_PATHS.oa}`,
    },
    refreshAheadMs: 60_000,
    timeoutMs: 2000,
  });
  const worker = async () => {
    const db = await connectTestDatabase('app');
    dbs.push(db);
    return new ZaloOa(settings(), new ZaloTokensRepository(db).store(app.appId));
  };

  beforeAll(async () => {
    fake = await startZaloFake(app);
  });
  afterAll(async () => {
    await Promise.all(dbs.map((db) => db.destroy()));
    dbs = [];
    await fake?.close();
  });

  it('refreshes once for two workers sending at the same moment', async () => {
    const [a, b] = await Promise.all([worker(), worker()]);
    const outcomes = await Promise.all([
      a.sendToFollower({ userId: 'f-1', text: 'một' }),
      b.sendToFollower({ userId: 'f-2', text: 'hai' }),
      a.sendToFollower({ userId: 'f-3', text: 'ba' }),
      b.sendToFollower({ userId: 'f-4', text: 'bốn' }),
    ]);
    expect(outcomes.map((o) => o.kind)).toEqual(['sent', 'sent', 'sent', 'sent']);
    expect(fake.refreshes).toBe(1);
  });

  it('uses the stored pair after a restart: the configured refresh token is spent', async () => {
    const restarted = await worker();
    expect((await restarted.sendToFollower({ userId: 'f-5', text: 'năm' })).kind).toBe('sent');
    expect(fake.refreshes).toBe(1);
    fake.revokeAccessTokens();
    // A revoked token: one refresh with the stored (rotated) refresh token, not the configured one.
    expect((await restarted.sendToFollower({ userId: 'f-6', text: 'sáu' })).kind).toBe('sent');
    expect(fake.refreshes).toBe(2);
    const stored = await new ZaloTokensRepository(dbs[0]!).load(app.appId);
    expect(stored?.refreshToken).toBe(fake.currentRefreshToken());
  });
});
