import { createHash } from 'node:crypto';
import { ValidationError, msg } from '@dondoc/domain';

/**
 * A UUID (version 8, RFC 9562) derived from a business key, so the same key always
 * names the same resource: the basis of idempotent creation.
 */
export function uuidFromKey(key: string): string {
  const bytes = createHash('sha256').update(key, 'utf8').digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;

/** Refuses an Idempotency-Key header that is not 1–200 printable ASCII characters (400 naming the header). */
export function checkIdempotencyKey(key: string | undefined): void {
  if (key !== undefined && !IDEMPOTENCY_KEY.test(key)) {
    throw new ValidationError([
      {
        field: 'Idempotency-Key',
        message: msg('common.1To200PrintableAsciiCharacters'),
      },
    ]);
  }
}
