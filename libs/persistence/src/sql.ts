import type { Pool } from 'pg';
import { QueryFailedError, type DataSource, type EntityManager } from 'typeorm';

/** PostgreSQL's wire protocol allows 65,535 bind parameters per statement. */
const MAX_PARAMETERS = 60_000;

/** Inserts many rows in statements that stay under the bind-parameter limit; duplicates are ignored. */
export async function insertInChunks<T extends object>(
  manager: EntityManager,
  entity: new () => T,
  rows: object[],
): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Math.max(1, Object.keys(rows[0]!).length);
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / perRow));
  for (let i = 0; i < rows.length; i += size) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + size))
      .orIgnore()
      .execute();
  }
}

/** Lone surrogates become U+FFFD, as the driver's UTF-8 encoding makes them for a text parameter (jsonb refuses them). */
const wellFormed = (_key: string, value: unknown) =>
  typeof value === 'string' ? (value as string & { toWellFormed(): string }).toWellFormed() : value;

/** Rows per statement of `insertJson`: a few MB of JSON, one round trip. */
const JSON_CHUNK = 5_000;

/**
 * Inserts many rows as one JSON parameter per chunk (`jsonb_to_recordset`): one round
 * trip and no per-row bind parameters, an order of magnitude cheaper than the ORM's
 * multi-row insert for the thousands of rows a national directive writes at once
 * (bench/README.md, fan-out). `columns` maps each column to its SQL type; rows carry
 * the same keys. Conflicting rows are ignored (retries write nothing twice); `extra`
 * adds columns computed in SQL (e.g. `created_at: 'clock_timestamp()'`). With `count`,
 * returns how many rows were new (the insert inside a WITH that counts them; kept off
 * for tables with statement triggers); without, 0.
 */
export async function insertJson(
  manager: EntityManager,
  table: string,
  columns: Record<string, string>,
  rows: Record<string, unknown>[],
  extra: Record<string, string> = {},
  { count = false } = {},
): Promise<number> {
  const names = Object.keys(columns);
  const list = [...names, ...Object.keys(extra)].map((c) => `"${c}"`).join(', ');
  const select = [...names.map((c) => `r."${c}"`), ...Object.values(extra)].join(', ');
  const record = names.map((c) => `"${c}" ${columns[c]}`).join(', ');
  const insert = `INSERT INTO "${table}" (${list}) SELECT ${select} FROM jsonb_to_recordset($1::jsonb) AS r(${record}) ON CONFLICT DO NOTHING`;
  let inserted = 0;
  for (let i = 0; i < rows.length; i += JSON_CHUNK) {
    const json = JSON.stringify(rows.slice(i, i + JSON_CHUNK), wellFormed);
    if (!count) {
      await manager.query(insert, [json]);
      continue;
    }
    const [{ n }] = await manager.query(
      `WITH inserted AS (${insert} RETURNING 1) SELECT count(*)::int AS n FROM inserted`,
      [json],
    );
    inserted += n;
  }
  return inserted;
}

/**
 * "Every term occurs in the column": one LIKE '%term%' per term, which the column's
 * trigram index (pg_trgm) answers. FALSE when there is no term.
 */
export function allTermsLike(column: string, terms: string[], prefix = 'term') {
  if (terms.length === 0) return { sql: 'FALSE', params: {} };
  const params = Object.fromEntries(terms.map((term, i) => [`${prefix}${i}`, `%${escapeLike(term)}%`]));
  return { sql: terms.map((_, i) => `${column} LIKE :${prefix}${i}`).join(' AND '), params };
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * The database's snapshot now (`pg_current_snapshot()`, "xmin:xmax:xip,…"): what a reader
 * compares with the snapshot a kept result was read at (`nothingEndedBetween` in
 * libs/domain) to know whether any transaction has ended since.
 */
export async function databaseSnapshot(dataSource: DataSource): Promise<string> {
  const [row] = await preparedQuery<{ snapshot: string }>(
    dataSource,
    'database_snapshot',
    'SELECT pg_current_snapshot()::text AS snapshot',
    [],
  );
  return row!.snapshot;
}

/**
 * A statement every request runs (the session's read, the snapshot), as a named prepared
 * statement on the pool's connection: PostgreSQL parses it once per connection and, after
 * five executions, plans it once (its generic plan) instead of on every call. Planning was
 * most of what such a statement cost: the session's read took 0.26 ms to plan and 0.04 ms
 * to run (bench/README.md, lists, "CPU per request"; decision 66). Only for a fixed text
 * whose plan does not depend on its parameters' values (PostgreSQL may keep choosing a
 * custom plan otherwise, and a generic one could be wrong for some values); `name` is
 * unique per text. Outside any transaction (the pool's own connections). A failure is
 * logged and thrown as the ORM's would be.
 */
export async function preparedQuery<T>(
  dataSource: DataSource,
  name: string,
  text: string,
  values: unknown[],
): Promise<T[]> {
  const pool = (dataSource.driver as unknown as { master: Pool }).master;
  try {
    return (await pool.query({ name, text, values })).rows as T[];
  } catch (error) {
    dataSource.logger.logQueryError(error as Error, text, values);
    throw new QueryFailedError(text, values, error as Error);
  }
}
