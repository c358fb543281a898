/**
 * How sign-in slows down guessing without letting anyone lock anyone out
 * (docs/decisions/0050-sign-in-state-in-postgresql.md). Pure: the API's repository reads
 * the recorded attempts and the database's clock, and these rules decide.
 *
 * - Per (user name, address): the first `freeAttempts` failures cost nothing; from then on
 *   each failure makes that pair wait, `baseDelaySeconds` after the first such failure,
 *   doubling with every further one up to `maxDelaySeconds`. Only that pair waits: the
 *   same user from another address is never slowed by someone else's failures.
 * - Per address (spraying): once `maxUsernamesPerAddress` other user names have failed
 *   from the address within the window, a new user name from it waits until enough of
 *   them leave the window.
 * Failures older than `windowSeconds` are forgotten; a correct password forgets the pair's.
 */
export interface LoginThrottlePolicy {
  freeAttempts: number;
  baseDelaySeconds: number;
  maxDelaySeconds: number;
  windowSeconds: number;
  /** 0: no limit per address. */
  maxUsernamesPerAddress: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottlePolicy = {
  freeAttempts: 3,
  baseDelaySeconds: 1,
  maxDelaySeconds: 300,
  windowSeconds: 900,
  maxUsernamesPerAddress: 20,
};

/** Seconds the pair waits after its `failures`-th failure in a row (1-based); 0 while failures are free. */
export function loginDelaySeconds(failures: number, policy: LoginThrottlePolicy): number {
  if (failures < policy.freeAttempts || policy.baseDelaySeconds === 0) return 0;
  // 2^30 s is already past any cap; the bound keeps the power finite.
  const doublings = Math.min(failures - policy.freeAttempts, 30);
  return Math.min(policy.maxDelaySeconds, policy.baseDelaySeconds * 2 ** doublings);
}

/** Whole seconds from `now` until `until` (at least 1 when in the future), 0 when it has passed. */
export function secondsUntil(until: Date, now: Date): number {
  const ms = until.getTime() - now.getTime();
  return ms > 0 ? Math.max(1, Math.ceil(ms / 1000)) : 0;
}

/**
 * The failure count of a pair after one more attempt: its earlier count while its last
 * attempt is within the window, else a fresh start.
 */
export function nextFailureCount(
  previous: { failures: number; lastAttemptAt: Date } | null,
  now: Date,
  policy: LoginThrottlePolicy,
): number {
  if (!previous) return 1;
  const remembered = now.getTime() - previous.lastAttemptAt.getTime() < policy.windowSeconds * 1000;
  return remembered ? previous.failures + 1 : 1;
}

/**
 * Seconds a new user name from an address waits, given the last failure instants of the
 * other user names that failed from it (any order): 0 while fewer than the limit are
 * within the window, else until the oldest of the newest `limit` leaves it.
 */
export function sprayRetryAfterSeconds(otherFailures: Date[], now: Date, policy: LoginThrottlePolicy): number {
  const limit = policy.maxUsernamesPerAddress;
  if (limit === 0) return 0;
  const windowMs = policy.windowSeconds * 1000;
  const recent = otherFailures
    .filter((at) => now.getTime() - at.getTime() < windowMs)
    .sort((a, b) => b.getTime() - a.getTime());
  if (recent.length < limit) return 0;
  return secondsUntil(new Date(recent[limit - 1]!.getTime() + windowMs), now);
}
