import { createHash } from 'node:crypto';
import { UnprocessableError } from '@dondoc/domain';
import type { IdempotencyRepository } from '@dondoc/persistence';

/**
 * Idempotency-Key semantics (IETF draft "The Idempotency-Key HTTP Header Field", as
 * payment APIs use it): the first request creates (201); the same key with the same
 * body replays the same resource (200, `Idempotent-Replayed: true`); the same key with
 * another body is refused (422 naming Idempotency-Key). The key names the resource
 * (its id derives from caller and key); its first body's fingerprint is kept with it.
 */

/** The response header that marks a replay. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** JSON with object keys sorted at every level: equal bodies, equal text, whatever the key order sent. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function fingerprint(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body), 'utf8').digest('hex');
}

/** Claims the key's resource for this body; true for a replay, 422 for another body under the key. */
export async function claimIdempotencyKey(
  keys: IdempotencyRepository,
  resourceId: string,
  body: unknown,
): Promise<boolean> {
  const claim = await keys.claim(resourceId, fingerprint(body));
  if (claim === 'mismatch') {
    const message =
      'Idempotency-Key đã dùng cho một yêu cầu khác / this Idempotency-Key was used with a different request body';
    throw new UnprocessableError(message, [{ field: 'Idempotency-Key', message }]);
  }
  return claim === 'replay';
}
