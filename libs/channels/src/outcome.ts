/**
 * What a channel's send answers, in the terms the delivery path needs (docs/decisions/0076):
 * - sent: the provider took the message; its id is kept to match a delivery receipt later.
 * - retryable: try again later (rate limit, the provider's 5xx, a timeout, the network);
 *   `retryAfterMs` is the provider's own delay when it gave one (Telegram's retry_after,
 *   Retry-After), else null and the delivery path's backoff decides.
 * - permanent: this message will never go on this channel as it is (a bad credential, an
 *   unknown recipient, a rejected template); the delivery path dead-letters it at once or
 *   falls back to the person's next channel. `cause` is a closed set so that rule needs no
 *   string matching; `reason` is for people (the dead letter's error), never holds a secret.
 */
export type RetryCause = 'rate_limited' | 'provider_error' | 'timeout' | 'network';
export type PermanentCause =
  | 'invalid_credentials'
  | 'unknown_recipient'
  | 'recipient_unreachable'
  | 'template_rejected'
  | 'quota_exhausted'
  | 'invalid_request';

export type ChannelOutcome =
  | { kind: 'sent'; providerMessageId: string }
  | { kind: 'retryable'; cause: RetryCause; reason: string; retryAfterMs: number | null }
  | { kind: 'permanent'; cause: PermanentCause; reason: string };

export const sent = (providerMessageId: string): ChannelOutcome => ({ kind: 'sent', providerMessageId });
export const retryable = (cause: RetryCause, reason: string, retryAfterMs: number | null = null): ChannelOutcome => ({
  kind: 'retryable',
  cause,
  reason,
  retryAfterMs,
});
export const permanent = (cause: PermanentCause, reason: string): ChannelOutcome => ({
  kind: 'permanent',
  cause,
  reason,
});

/** Retry-After as seconds or an HTTP date, in milliseconds from `now`; null when absent or unreadable. */
export function retryAfterMs(header: string | null | undefined, now: Date): number | null {
  if (!header) return null;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime());
}

/** An HTTP status that carries no answer of the provider's own: 429 and 5xx are retryable, the rest not. */
export function httpStatusOutcome(provider: string, status: number, retryAfter: number | null): ChannelOutcome {
  if (status === 429) return retryable('rate_limited', `${provider}: rate limited (HTTP 429)`, retryAfter);
  if (status >= 500) return retryable('provider_error', `${provider}: HTTP ${status}`, retryAfter);
  if (status === 401 || status === 403) return permanent('invalid_credentials', `${provider}: HTTP ${status}`);
  return permanent('invalid_request', `${provider}: HTTP ${status}`);
}

/**
 * A fetch that threw: a timeout or the network. The reason names the provider and the
 * kind of failure only (never the URL: Telegram's carries the bot token).
 */
export function thrownOutcome(provider: string, error: unknown): ChannelOutcome {
  const name = (error as { name?: string })?.name;
  if (name === 'TimeoutError' || name === 'AbortError') return retryable('timeout', `${provider}: no answer in time`);
  const code = (error as { cause?: { code?: string } })?.cause?.code;
  return retryable('network', `${provider}: network error${code ? ` (${code})` : ''}`);
}

/** POSTs and reads the answer as JSON (null when it is not JSON); failures of the transport come back as outcomes. */
export async function postForJson(
  provider: string,
  url: string,
  init: { headers: Record<string, string>; body: string; timeoutMs: number },
): Promise<{ status: number; json: unknown; retryAfter: string | null } | { failed: ChannelOutcome }> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: init.headers,
      body: init.body,
      signal: AbortSignal.timeout(init.timeoutMs),
    });
  } catch (error) {
    return { failed: thrownOutcome(provider, error) };
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    return { failed: thrownOutcome(provider, error) };
  }
  return { status: response.status, json: parseJson(text), retryAfter: response.headers.get('retry-after') };
}

function parseJson(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
