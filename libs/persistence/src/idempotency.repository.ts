import type { DataSource } from 'typeorm';

/** What a request with an Idempotency-Key is: the first, a replay of it, or another body under the same key. */
export type IdempotencyClaim = 'first' | 'replay' | 'mismatch';

/** The claim and the resource the key names (the same for the first request and its replays). */
export interface IdempotencyOutcome {
  claim: IdempotencyClaim;
  resourceId: string;
}

/** Expired keys deleted per keyed write, at most: the cleanup keeps pace without a long statement. */
export const PURGE_BATCH = 100;

/**
 * Idempotency-Keys and the fingerprints of their bodies (IETF draft "The Idempotency-Key
 * HTTP Header Field"), remembered for a window (the API's IDEMPOTENCY_KEY_TTL_SECONDS,
 * 24 h by default). Within it the key names one resource; after it the key is forgotten
 * and names a new one. Expired keys are deleted as keyed requests come in (a bounded
 * batch each time), so the table holds about one window of keys.
 */
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims the key (`keyId`, derived from caller and key) for this body. Of concurrent
   * first requests exactly one inserts (the primary key decides) and its `resourceId`
   * (a fresh id) becomes the resource the key names; the others find that row and
   * replay. A key whose window ended is forgotten first, so it names a new resource.
   */
  async claim(keyId: string, fingerprint: string, ttlSeconds: number, resourceId: string): Promise<IdempotencyOutcome> {
    await this.purgeExpired(ttlSeconds);
    // The key's own row, if its window ended since: forgotten now, whatever the batch took.
    await this.dataSource.query(
      'DELETE FROM idempotency_keys WHERE id = $1 AND created_at < now() - make_interval(secs => $2)',
      [keyId, ttlSeconds],
    );
    const inserted: { resource_id: string }[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys (id, resource_id, fingerprint) VALUES ($1, $2, $3)
         ON CONFLICT (id) DO NOTHING RETURNING resource_id`,
      [keyId, resourceId, fingerprint],
    );
    if (inserted[0]) return { claim: 'first', resourceId: inserted[0].resource_id };
    const [row]: { fingerprint: string; resource_id: string }[] = await this.dataSource.query(
      'SELECT fingerprint, resource_id FROM idempotency_keys WHERE id = $1',
      [keyId],
    );
    // Deleted between the insert and the read (its window just ended): claim again.
    if (!row) return this.claim(keyId, fingerprint, ttlSeconds, resourceId);
    return { claim: row.fingerprint === fingerprint ? 'replay' : 'mismatch', resourceId: row.resource_id };
  }

  /** Deletes up to `limit` keys older than the window; returns how many. */
  async purgeExpired(ttlSeconds: number, limit = PURGE_BATCH): Promise<number> {
    // Counted by a SELECT around the DELETE: the driver answers a bare DELETE with [rows, count].
    const [row]: { n: number }[] = await this.dataSource.query(
      `WITH gone AS (
         DELETE FROM idempotency_keys WHERE id IN (
           SELECT id FROM idempotency_keys WHERE created_at < now() - make_interval(secs => $1)
            ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED)
         RETURNING 1)
       SELECT count(*)::int AS n FROM gone`,
      [ttlSeconds, limit],
    );
    return row?.n ?? 0;
  }
}
