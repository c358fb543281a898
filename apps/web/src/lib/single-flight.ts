/**
 * One run at a time, shared by every caller who asks while it runs: many requests that
 * meet an expired access token at once cause one refresh, not one each. A refresh token is
 * spent by its first exchange and a second exchange of it revokes the whole sign-in
 * (decision 50), so a refresh must never run twice for one token. Once the run settles,
 * the next call starts a new one.
 */
export function singleFlight<T>(run: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () => {
    pending ??= Promise.resolve()
      .then(run)
      .finally(() => {
        pending = null;
      });
    return pending;
  };
}

/**
 * How long after receiving an access token that lives `expiresInSeconds` to renew it:
 * a minute before it ends, or at three quarters of its life when it lives less than four
 * minutes (the tests' 60-second tokens), so a request never carries an expired token
 * while the page is awake.
 */
export function refreshDelayMs(expiresInSeconds: number): number {
  const seconds = Math.max(expiresInSeconds - 60, expiresInSeconds * 0.75);
  return Math.max(0, Math.round(seconds * 1000));
}
