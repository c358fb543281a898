import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { connectTestDatabase } from '../../../test/support/database';
import { IdempotencyRepository } from './idempotency.repository';

/**
 * Idempotency-Keys expire (issue 10): within the window a key replays or refuses another
 * body; after it the key is forgotten and names a new resource; expired rows are
 * deleted as keyed requests come in. Real PostgreSQL, real migrations, the app's role
 * (which must be allowed to delete them).
 */
describe('Idempotency-Key expiry (real PostgreSQL, app role)', () => {
  let db: DataSource;
  let owner: DataSource;
  let keys: IdempotencyRepository;
  const DAY = 86_400;

  beforeAll(async () => {
    [db, owner] = await Promise.all([connectTestDatabase('app'), connectTestDatabase('owner')]);
    keys = new IdempotencyRepository(db);
  });
  afterAll(async () => {
    await Promise.all([db?.destroy(), owner?.destroy()]);
  });

  /** Moves a key's row back in time (the owner may; the app's clock is PostgreSQL's now()). */
  const age = (keyId: string, seconds: number) =>
    owner.query(`UPDATE idempotency_keys SET created_at = now() - make_interval(secs => $2) WHERE id = $1`, [
      keyId,
      seconds,
    ]);
  const rows = async (keyId: string): Promise<number> =>
    Number((await owner.query('SELECT count(*) AS n FROM idempotency_keys WHERE id = $1', [keyId]))[0].n);

  it('within the window: the first claim names the resource, a repeat replays it, another body is a mismatch', async () => {
    const keyId = randomUUID();
    const resource = randomUUID();
    expect(await keys.claim(keyId, 'a'.repeat(64), DAY, resource)).toEqual({ claim: 'first', resourceId: resource });
    expect(await keys.claim(keyId, 'a'.repeat(64), DAY, randomUUID())).toEqual({
      claim: 'replay',
      resourceId: resource,
    });
    expect(await keys.claim(keyId, 'b'.repeat(64), DAY, randomUUID())).toEqual({
      claim: 'mismatch',
      resourceId: resource,
    });
  });

  it('after the window: the key is forgotten and names a new resource, whatever the body', async () => {
    const keyId = randomUUID();
    const first = randomUUID();
    await keys.claim(keyId, 'a'.repeat(64), DAY, first);
    await age(keyId, DAY + 60);
    const later = randomUUID();
    expect(await keys.claim(keyId, 'b'.repeat(64), DAY, later)).toEqual({ claim: 'first', resourceId: later });
    expect(await keys.claim(keyId, 'b'.repeat(64), DAY, randomUUID())).toEqual({ claim: 'replay', resourceId: later });
    expect(await rows(keyId)).toBe(1);
  });

  it('deletes expired keys as keyed requests come in, and only those', async () => {
    const old = [randomUUID(), randomUUID(), randomUUID()];
    const fresh = randomUUID();
    for (const keyId of [...old, fresh]) await keys.claim(keyId, 'c'.repeat(64), DAY, randomUUID());
    for (const keyId of old) await age(keyId, 2 * DAY);
    // Any keyed write purges a batch of expired keys (other files' old keys may go too).
    await keys.claim(randomUUID(), 'd'.repeat(64), DAY, randomUUID());
    expect(await Promise.all(old.map(rows))).toEqual([0, 0, 0]);
    expect(await rows(fresh)).toBe(1);
    expect(await keys.purgeExpired(DAY)).toBe(0);
  });

  it('purges in bounded batches', async () => {
    const old = Array.from({ length: 5 }, () => randomUUID());
    for (const keyId of old) await keys.claim(keyId, 'e'.repeat(64), DAY, randomUUID());
    for (const keyId of old) await age(keyId, 3 * DAY);
    expect(await keys.purgeExpired(DAY, 2)).toBe(2);
    expect(await keys.purgeExpired(DAY, 10)).toBe(3);
    expect(await keys.purgeExpired(DAY, 10)).toBe(0);
  });
});
