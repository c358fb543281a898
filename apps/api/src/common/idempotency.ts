import { createHash, randomUUID } from 'node:crypto';
import { msg, UnprocessableError } from '@dondoc/domain';
import type { IdempotencyRepository } from '@dondoc/persistence';

/**
 * Idempotency-Key semantics (IETF draft "The Idempotency-Key HTTP Header Field", as
 * payment APIs use it): the first request creates (201); the same key with the same
 * body replays the same resource (200, `Idempotent-Replayed: true`); the same key with
 * another body is refused (422 naming Idempotency-Key). The key (its id derived from
 * caller and key) names the resource its first request created; its first body's
 * fingerprint is kept with it. Keys are remembered for IDEMPOTENCY_KEY_TTL_SECONDS
 * (24 h by default): after that the key is forgotten (its row deleted) and a request
 * with it is a new request, naming a new resource.
 */

/** The OpenAPI description of the header, the same on every keyed endpoint. */
export function idempotencyKeyDescription(what: string, ttlSeconds = 86_400): string {
  const hours = Math.round(ttlSeconds / 3600);
  return (
    `${capitalized(what)}: 1–200 printable ASCII characters. Within ${hours} h (IDEMPOTENCY_KEY_TTL_SECONDS, default 24 h) a repeat with the same body replays ` +
    '(200, Idempotent-Replayed: true) and another body is refused (422); after that the key is forgotten ' +
    'and a request with it is new.'
  );
}

const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

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

/** Claims the key for this body: the resource it names and whether this is a replay; 422 for another body. */
export async function claimIdempotencyKey(
  keys: IdempotencyRepository,
  keyId: string,
  body: unknown,
  ttlSeconds: number,
): Promise<{ replayed: boolean; resourceId: string }> {
  const { claim, resourceId } = await keys.claim(keyId, fingerprint(body), ttlSeconds, randomUUID());
  if (claim === 'mismatch') {
    const message = msg('common.idempotencyKeyReused');
    throw new UnprocessableError(message, [{ field: 'Idempotency-Key', message }]);
  }
  return { replayed: claim === 'replay', resourceId };
}
