import type { DataSource } from 'typeorm';
import { appendAudit } from './audit/audit-append';

/** What presenting a refresh token did. */
export type RotationOutcome =
  /** First use: marked used, its successor stored in the same family. */
  | 'rotated'
  /** Second use of a used token: the whole family is revoked now (and audited). */
  | 'reused'
  /** Unknown, expired, of another user, or of a family already revoked. */
  | 'refused';

/** Expired families deleted per sign-in, at most. */
const PURGE_BATCH = 100;

/**
 * Sign-ins (session families) and their refresh tokens (docs/decisions/0050): every
 * exchange of a refresh token marks it used and issues the next of the family; a used
 * token presented again means it was copied, so the family is revoked: its refresh and
 * access tokens all stop working. Rows of expired families are deleted as new sign-ins come.
 */
export class SessionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** A new sign-in: its family and first refresh token (ids chosen by the caller, who signs them). */
  async start(userId: string, familyId: string, tokenId: string, expiresAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `DELETE FROM session_families WHERE id IN (
           SELECT id FROM session_families WHERE expires_at < now()
            ORDER BY expires_at LIMIT $1 FOR UPDATE SKIP LOCKED)`,
        [PURGE_BATCH],
      );
      await manager.query('INSERT INTO session_families (id, user_id, expires_at) VALUES ($1, $2, $3)', [
        familyId,
        userId,
        expiresAt,
      ]);
      await manager.query('INSERT INTO refresh_tokens (id, family_id, expires_at) VALUES ($1, $2, $3)', [
        tokenId,
        familyId,
        expiresAt,
      ]);
    });
  }

  /**
   * Exchanges refresh token `tokenId` of `familyId` (user `userId`) for `next`. Of two
   * concurrent exchanges of the same token one rotates and the other finds it used,
   * which revokes the family: a refresh token is good for one exchange, never two.
   */
  async rotate(
    userId: string,
    familyId: string,
    tokenId: string,
    next: { tokenId: string; expiresAt: Date },
    actor: string,
  ): Promise<RotationOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const [token]: { used_at: Date | null; revoked_at: Date | null }[] = await manager.query(
        `SELECT t.used_at, f.revoked_at
           FROM refresh_tokens t JOIN session_families f ON f.id = t.family_id
          WHERE t.id = $1 AND t.family_id = $2 AND f.user_id = $3 AND t.expires_at > now()
          FOR UPDATE OF t, f`,
        [tokenId, familyId, userId],
      );
      if (!token || token.revoked_at) return 'refused';
      if (token.used_at) {
        await manager.query(
          `UPDATE session_families SET revoked_at = now(), revoked_reason = 'refresh_token_reused' WHERE id = $1`,
          [familyId],
        );
        await appendAudit(manager, [
          {
            eventId: `session:${familyId}#revoked`,
            entityType: 'user',
            entityId: userId,
            action: 'user.session_revoked',
            actor,
            after: { sessionId: familyId, reason: 'refresh_token_reused', reusedTokenId: tokenId },
          },
        ]);
        return 'reused';
      }
      await manager.query('UPDATE refresh_tokens SET used_at = now() WHERE id = $1', [tokenId]);
      await manager.query('INSERT INTO refresh_tokens (id, family_id, expires_at) VALUES ($1, $2, $3)', [
        next.tokenId,
        familyId,
        next.expiresAt,
      ]);
      await manager.query('UPDATE session_families SET expires_at = $2 WHERE id = $1', [familyId, next.expiresAt]);
      return 'rotated';
    });
  }
}
