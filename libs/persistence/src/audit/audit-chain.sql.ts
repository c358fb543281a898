import { createHash } from 'node:crypto';

/** The application's database role: reads and appends, never rewrites history. */
export const APP_ROLE = 'dondoc_app';

/** Where the chain starts: the hash before the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * The canonical text of an audit row, as the database computes it in the chain
 * trigger. Each field is written `<length in characters>:<text>` (a null as `-1:`)
 * and the fields are joined by newlines, so no choice of values can make two rows
 * read the same. The instant is UTC with microseconds; jsonb is PostgreSQL's own
 * normalised text form. docs/decisions/0010-audit-hash-chain.md gives the recipe for
 * recomputing it outside the system.
 */
const FIELDS = [
  'r.seq::text',
  'r.event_id',
  'r.entity_type',
  'r.entity_id::text',
  'r.action',
  'r.actor',
  `to_char(r.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
  'r.before::text',
  'r.after::text',
];
export const AUDIT_CANONICAL_SQL = FIELDS.map(
  (field) => `coalesce(length(${field})::text || ':' || ${field}, '-1:')`,
).join(` || E'\\n' || `);

/** The same fields as text, for reading rows back to verify them (aliased f0…f8). */
export const AUDIT_FIELDS_SQL = FIELDS.map((field, i) => `${field.replace(/\br\./g, 'e.')} AS f${i}`).join(', ');

/** The canonical text of a row read with AUDIT_FIELDS_SQL. */
export function canonicalAuditText(fields: (string | null)[]): string {
  return fields.map((value) => (value === null ? '-1:' : `${[...value].length}:${value}`)).join('\n');
}

/** One link of the chain: the previous hash, the position and the row's canonical text. */
export function chainHash(previous: string, pos: string | number, canonical: string): string {
  return createHash('sha256').update(`${previous}\n${pos}\n${canonical}`, 'utf8').digest('hex');
}
