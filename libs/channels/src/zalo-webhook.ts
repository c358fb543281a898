/**
 * The OA webhook's events (docs/decisions/0081): how a person links their Zalo account.
 * Zalo's `follow` event names the follower (`follower.id`, the id OA messages go to) but
 * carries nothing that says which person of ours followed; so linking is a code: the person
 * asks the application for a short code, follows the OA and sends the code as a message;
 * the `user_send_text` event brings the sender's id and the code. A follow alone links
 * nothing. Events are signed: header X-ZEvent-Signature = `mac=` + hex SHA-256 of
 * appId + the raw body + the event's timestamp + the OA secret key (Zalo's "Xác thực
 * webhook" page, developers.zalo.me/docs/official-account/webhook; re-check when wiring to
 * a real OA).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { Secret } from '@dondoc/config';

/** The signature Zalo puts in X-ZEvent-Signature for this raw body. */
export function zaloEventSignature(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return `mac=${createHash('sha256').update(`${appId}${rawBody}${timestamp}${oaSecretKey}`, 'utf8').digest('hex')}`;
}

/** Whether a webhook request is Zalo's: the signature over its raw body, compared in constant time. */
export function zaloWebhookAuthentic(
  rawBody: string,
  header: string | string[] | undefined,
  appId: string,
  oaSecretKey: Secret,
): boolean {
  if (typeof header !== 'string') return false;
  let timestamp: string;
  try {
    timestamp = String((JSON.parse(rawBody) as { timestamp?: unknown }).timestamp ?? '');
  } catch {
    return false;
  }
  const expected = Buffer.from(zaloEventSignature(appId, rawBody, timestamp, oaSecretKey.reveal()));
  const given = Buffer.from(header.startsWith('mac=') ? header : `mac=${header}`);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** A link code: 8 characters without look-alikes (0/O, 1/I/L), shown as DD-XXXXXX. */
export const ZALO_CODE = /\bDD-?([ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6})\b/i;

export function zaloLinkCode(random: (n: number) => number): string {
  const alphabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
  let code = '';
  for (let i = 0; i < 6; i++) code += alphabet[random(alphabet.length)];
  return `DD-${code}`;
}

/** The form a code is hashed in: upper case, without the dash. */
export const normalizeZaloCode = (code: string): string => code.replace('-', '').toUpperCase();

/**
 * The follower id and the link code of a `user_send_text` event whose text holds a code;
 * null for any other event (a follow, an unfollow, a message without a code).
 */
export function parseZaloLinkMessage(event: unknown): { followerId: string; code: string } | null {
  const e = event as { event_name?: unknown; sender?: { id?: unknown }; message?: { text?: unknown } } | null;
  if (e?.event_name !== 'user_send_text') return null;
  if (typeof e.sender?.id !== 'string' || typeof e.message?.text !== 'string') return null;
  const match = ZALO_CODE.exec(e.message.text);
  return match ? { followerId: e.sender.id, code: normalizeZaloCode(`DD${match[1]}`) } : null;
}
