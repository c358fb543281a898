import type { DataSource } from 'typeorm';

/** What a request with an Idempotency-Key is: the first, a replay of it, or another body under the same key. */
export type IdempotencyClaim = 'first' | 'replay' | 'mismatch';

/** Idempotency-Keys and the fingerprints of their bodies (IETF draft "The Idempotency-Key HTTP Header Field"). */
export class IdempotencyRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims the key's resource id for this body. Of concurrent first requests exactly one
   * inserts (the primary key decides); the others wait for it and see a replay.
   */
  async claim(id: string, fingerprint: string): Promise<IdempotencyClaim> {
    const inserted: unknown[] = await this.dataSource.query(
      'INSERT INTO idempotency_keys (id, fingerprint) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id',
      [id, fingerprint],
    );
    if (inserted.length > 0) return 'first';
    const [row]: { fingerprint: string }[] = await this.dataSource.query(
      'SELECT fingerprint FROM idempotency_keys WHERE id = $1',
      [id],
    );
    return row?.fingerprint === fingerprint ? 'replay' : 'mismatch';
  }
}
