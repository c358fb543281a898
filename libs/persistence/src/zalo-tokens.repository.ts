import type { DataSource } from 'typeorm';
import { ZaloTokenEntity } from './entities';

/** The token pair as libs/channels' ZaloTokenStore takes it (structurally: persistence does not import channels). */
export interface StoredZaloTokens {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
}

/**
 * The Zalo OA's tokens in PostgreSQL, one row per app: what every worker reads, and a
 * refresh under a transaction-scoped advisory lock, so two processes never spend the same
 * single-use refresh token (the second finds the first's new pair and uses it).
 */
export class ZaloTokensRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A ZaloTokenStore for one app. */
  store(appId: string) {
    return {
      load: () => this.load(appId),
      save: (tokens: StoredZaloTokens) => this.save(appId, tokens),
      withRefreshLock: <T>(work: () => Promise<T>) => this.withRefreshLock(appId, work),
    };
  }

  async load(appId: string): Promise<StoredZaloTokens | null> {
    const row = await this.dataSource.getRepository(ZaloTokenEntity).findOneBy({ appId });
    return row && { accessToken: row.accessToken, refreshToken: row.refreshToken, expiresAt: row.expiresAt };
  }

  async save(appId: string, tokens: StoredZaloTokens): Promise<void> {
    await this.dataSource.getRepository(ZaloTokenEntity).upsert({ appId, ...tokens }, ['appId']);
  }

  /** Runs `work` holding the app's refresh lock (held by a transaction that only waits for it). */
  withRefreshLock<T>(appId: string, work: () => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT pg_advisory_xact_lock(hashtext('zalo-token-refresh:' || $1))`, [appId]);
      return work();
    });
  }
}
