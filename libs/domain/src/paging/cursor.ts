import { ValidationError, msg } from '../errors';

/**
 * Keyset pages (docs/decisions/0055-keyset-lists.md): a list sorted on a key of several
 * columns, the last of them an id, continues after the key of the last row shown. The
 * key travels to the client as an opaque cursor (base64url of a JSON array of strings)
 * and comes back as `after`; nothing in it is a secret, it is only a position.
 */

/** One component of a cursor: its name (for the message) and how to check it. */
export interface CursorPart {
  name: string;
  valid(value: string): boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar instant or day: `2026-02-30` matches the pattern but is no date. */
const realDate = (text: string) => {
  const date = new Date(`${text.slice(0, 10)}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text.slice(0, 10);
};

/** An id of ours. */
export const UUID_PART = (name = 'id'): CursorPart => ({ name, valid: (v) => UUID.test(v) });

/**
 * An instant as PostgreSQL stores it, to the microsecond, in UTC
 * (`2026-12-14T10:00:00.000000Z`): a JavaScript Date would drop the last three digits
 * and a page would then repeat or skip rows sharing the millisecond.
 */
export const INSTANT_PART = (name: string): CursorPart => ({
  name,
  valid: (v) =>
    INSTANT.test(v) &&
    realDate(v) &&
    Number(v.slice(11, 13)) < 24 &&
    Number(v.slice(14, 16)) < 60 &&
    Number(v.slice(17, 19)) < 60,
});

/**
 * A text sort key (a unit's name, a document number), compared in the "C" collation:
 * any string of 1 to 500 characters without control characters.
 */
export const TEXT_PART = (name: string): CursorPart => ({
  name,
  // eslint-disable-next-line no-control-regex
  valid: (v) => v.length > 0 && v.length <= 500 && !/[\u0000-\u001f]/.test(v),
});

/** A fixed word: the sort a cursor belongs to, so a page of one sort never continues another's. */
export const LITERAL_PART = (word: string): CursorPart => ({ name: 'sort', valid: (v) => v === word });

/** A non-negative whole number (a rank, a document's number), as decimal text. */
export const RANK_PART = (name: string): CursorPart => ({ name, valid: (v) => /^\d{1,10}$/.test(v) });

/** A civil date, YYYY-MM-DD. */
export const DATE_PART = (name: string): CursorPart => ({ name, valid: (v) => DATE.test(v) && realDate(v) });

/** The SQL format giving an instant as INSTANT_PART reads it (to_char of `… AT TIME ZONE 'UTC'`). */
export const CURSOR_INSTANT_SQL_FORMAT = 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"';

/** The cursor of a row's key: base64url of the JSON's UTF-8 (a unit's name is Vietnamese). */
export function encodeCursor(values: readonly string[]): string {
  const bytes = new TextEncoder().encode(JSON.stringify(values));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const BASE64URL = /^[A-Za-z0-9_-]{1,3000}$/;

/** The text of base64url UTF-8; throws on bad base64 or bytes that are not UTF-8. */
const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

/**
 * The key inside a cursor, each part checked; anything else is a ValidationError naming
 * `field` (a 400 naming `after`), never a query that fails in PostgreSQL.
 */
export function decodeCursor(text: string, parts: readonly CursorPart[], field = 'after'): string[] {
  const refuse = (why: string) =>
    new ValidationError([{ field, message: msg('cursor.notACursorOfThisList', { why }) }]);
  if (!BASE64URL.test(text)) throw refuse('base64url');
  let values: unknown;
  try {
    values = JSON.parse(fromBase64Url(text));
  } catch {
    throw refuse('base64url JSON');
  }
  if (!Array.isArray(values) || values.length !== parts.length) throw refuse(`${parts.length} parts`);
  values.forEach((value, i) => {
    const part = parts[i]!;
    if (typeof value !== 'string' || !part.valid(value)) throw refuse(part.name);
  });
  return values as string[];
}
