import type { DataSource } from 'typeorm';
import {
  loginDelaySeconds,
  nextFailureCount,
  secondsUntil,
  sprayRetryAfterSeconds,
  type LoginThrottlePolicy,
} from '@dondoc/domain';

/** What an attempt to sign in may do: go ahead, or wait (which limit, how long). */
export type LoginAdmission = { allowed: true } | { allowed: false; limit: 'username' | 'address'; retryAfter: number };

/** Rows past the window deleted per attempt, at most. */
const PURGE_BATCH = 100;

/**
 * Failed sign-ins per (user name, address), shared by every API process
 * (docs/decisions/0050). An attempt is counted before its password is checked, under a
 * transaction lock per address, so a burst of parallel guesses gets no more free tries
 * than one after the other; a correct password then forgets the pair (`succeeded`). The
 * rules are libs/domain's (login-throttle.ts), the clock is PostgreSQL's.
 */
export class LoginThrottleRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Admits an attempt of `username` from `address` and counts it as a failure until
   * `succeeded` says otherwise; or says how long to wait (the pair's delay, or the
   * address's when it has tried too many other user names), counting nothing.
   */
  async admit(username: string, address: string, policy: LoginThrottlePolicy): Promise<LoginAdmission> {
    return this.dataSource.transaction(async (manager) => {
      // One attempt of an address at a time (a few milliseconds: no password is checked here).
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('login:' || $1, 0))`, [address]);
      const [{ now }]: { now: Date }[] = await manager.query('SELECT now() AS now');
      await manager.query(
        `DELETE FROM login_attempts WHERE (username, address) IN (
           SELECT username, address FROM login_attempts
            WHERE last_attempt_at < $1::timestamptz - make_interval(secs => $2) AND blocked_until < $1
            ORDER BY last_attempt_at LIMIT $3 FOR UPDATE SKIP LOCKED)`,
        [now, policy.windowSeconds, PURGE_BATCH],
      );
      const [pair]: { failures: number; last_attempt_at: Date; blocked_until: Date }[] = await manager.query(
        'SELECT failures, last_attempt_at, blocked_until FROM login_attempts WHERE username = $1 AND address = $2',
        [username, address],
      );
      const pairWait = pair ? secondsUntil(pair.blocked_until, now) : 0;
      if (pairWait > 0) return { allowed: false, limit: 'username', retryAfter: pairWait } as const;
      if (policy.maxUsernamesPerAddress > 0) {
        const others: { last_attempt_at: Date }[] = await manager.query(
          `SELECT last_attempt_at FROM login_attempts
            WHERE address = $1 AND username <> $2 AND last_attempt_at > $3::timestamptz - make_interval(secs => $4)
            ORDER BY last_attempt_at DESC LIMIT $5`,
          [address, username, now, policy.windowSeconds, policy.maxUsernamesPerAddress],
        );
        const addressWait = sprayRetryAfterSeconds(
          others.map((row) => row.last_attempt_at),
          now,
          policy,
        );
        if (addressWait > 0) return { allowed: false, limit: 'address', retryAfter: addressWait } as const;
      }
      const failures = nextFailureCount(
        pair ? { failures: pair.failures, lastAttemptAt: pair.last_attempt_at } : null,
        now,
        policy,
      );
      const blockedUntil = new Date(now.getTime() + loginDelaySeconds(failures, policy) * 1000);
      await manager.query(
        `INSERT INTO login_attempts (username, address, failures, last_attempt_at, blocked_until)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (username, address) DO UPDATE
           SET failures = EXCLUDED.failures, last_attempt_at = EXCLUDED.last_attempt_at,
               blocked_until = EXCLUDED.blocked_until`,
        [username, address, failures, now, blockedUntil],
      );
      return { allowed: true } as const;
    });
  }

  /** The right password: the pair's failures are forgotten (other addresses' are theirs). */
  async succeeded(username: string, address: string): Promise<void> {
    await this.dataSource.query('DELETE FROM login_attempts WHERE username = $1 AND address = $2', [username, address]);
  }
}
